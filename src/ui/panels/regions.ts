/**
 * The map's DOM twin: each region, its power left and price, its export controls in words, and the
 * data centers in it (owner, size, stage, when one being built comes online). Screen readers see
 * only this; the canvas map is aria-hidden. Open by default: `open` is a static attribute, so lit
 * sets it once and a player who folds the list keeps it folded.
 */
import { html, nothing } from 'lit-html';
import { formatCount, formatMoney } from '../format';
import { tip } from '../help';
import type { View } from '../view';
import { type RegionRow, regionRows, type SiteRow, STATUS_WORDS } from './regions-rows';

const mw = (value: number) => `${formatCount(value)} MW`;

function siteItem(site: SiteRow) {
  return html`<li>
    <strong>${site.owner}</strong>: ${mw(site.mw)}, ${STATUS_WORDS[site.status]}${
      site.onlineBy ? html`, online at the end of ${site.onlineBy}` : nothing
    }
  </li>`;
}

function regionItem(row: RegionRow) {
  const headingId = `region-${row.id}`;
  return html`<li class="region-card" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${row.name}</h3>
    <p>
      <strong>${mw(row.powerLeftMw)} left</strong> of ${mw(row.powerMw)}${
        row.growthMwPerQuarter > 0 ? html`, +${mw(row.growthMwPerQuarter)} a quarter` : nothing
      };
      ${formatMoney(row.costPerMwM)} per MW
    </p>
    ${
      row.exportControls.length > 0
        ? row.exportControls.map((c) => html`<p class="region-card__controls">⊘ Export controls: ${c}</p>`)
        : html`<p class="region-card__calm">No export controls.</p>`
    }
    ${
      row.sites.length > 0
        ? html`<ul class="region-card__sites" aria-label=${`Data centers in ${row.name}`}>
            ${row.sites.map(siteItem)}
          </ul>`
        : html`<p class="region-card__calm">No data centers yet.</p>`
    }
  </li>`;
}

/**
 * Where Phaser draws the map: a transparent box the canvas shows through (the scene follows its place
 * on the page). It is decoration for screen readers, like the canvas: the regions list below says it all.
 */
export const mapSlot = () => html`<div id="map-slot" class="map-slot" aria-hidden="true"></div>`;

export const regionsPanel: View = (app) => {
  const state = app.game.state;
  if (!state) return html``;
  const rows = regionRows(state);
  const left = rows.reduce((sum, r) => sum + r.powerLeftMw, 0);
  return html`<details class="panel regions" open>
    <summary>
      <h2 id="regions-heading" class="regions__heading">Regions</h2>
      <span class="regions__summary">${rows.length} regions, ${mw(left)} of power left</span>
    </summary>
    <p class="hint">${tip('region', 'What is a region?')} Power left is what the grid can still feed new sites.</p>
    <ul class="region-list" aria-labelledby="regions-heading">
      ${rows.map(regionItem)}
    </ul>
  </details>`;
};
