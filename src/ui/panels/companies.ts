/**
 * One card per company: the figures a player weighs every quarter, each with the tooltip that says
 * what it is, and the parts the valuation is built from on demand. The viewer's own company comes first.
 */
import { html, nothing } from 'lit-html';
import type { FigurePoint } from '../../app/figures';
import {
  type CompanyState,
  companyCapacity,
  type GameState,
  type Level,
  ownersValueM,
  takeOrPayFreeTenths,
} from '../../core';
import { formatBp, formatCu, formatMoney, latestRevenueM, roleName, statusName } from '../format';
import { sparkline, tip } from '../help';
import { lazyDetails } from '../lazy-details';
import type { View } from '../view';
import { viewerOf } from '../view';

function stakesHeld(state: GameState, holder: string) {
  return Object.values(state.companies)
    .filter((c) => c.id !== holder && (c.capTable[holder] ?? 0) > 0)
    .map((c) => `${formatBp(c.capTable[holder] ?? 0)} of ${c.name}`);
}

function heldIn(state: GameState, company: CompanyState) {
  return Object.entries(company.capTable)
    .filter(([holder]) => state.companies[holder])
    .map(([holder, bp]) => `${state.companies[holder]?.name}: ${formatBp(bp)}`);
}

/** Take-or-pay due next year in years of revenue, beside what the level's market lets pass. */
function takeOrPayLoad(p: CompanyState['valuation'], level: Level): string {
  const tenths = takeOrPayFreeTenths(level);
  const free = `${tenths / 10} year${tenths === 10 ? '' : 's'}`;
  const years = p.revenueRunRateM > 0 ? (p.takeOrPayNextYearM / p.revenueRunRateM).toFixed(1) : null;
  const size = years === null ? 'with no revenue' : `${years} years of revenue`;
  return p.commitmentLoadBp > 0
    ? `${size}, beyond the ${free} the market lets pass: −${formatBp(p.commitmentLoadBp)}`
    : `${size}, within the ${free} the market lets pass`;
}

function valuationParts(c: CompanyState, level: Level) {
  const p = c.valuation;
  return html`<dl class="parts">
    <div><dt>Revenue run-rate</dt><dd>${formatMoney(p.revenueRunRateM)} a year</dd></div>
    <div><dt>Growth</dt><dd>${formatBp(p.growthBp)} a year</dd></div>
    <div><dt>Revenue multiple</dt><dd>${(p.multipleTenths / 10).toFixed(1)}×</dd></div>
    <div><dt>Operating value</dt><dd>${formatMoney(p.operatingValueM)}</dd></div>
    <div><dt>Capability lead</dt><dd>${formatMoney(p.capabilityValueM)} (${p.leadPoints} points)</dd></div>
    <div><dt>Stakes in others</dt><dd>${formatMoney(p.stakesValueM)}</dd></div>
    <div><dt>Net cash</dt><dd>${formatMoney(p.netCashM)}</dd></div>
    <div><dt>Market sentiment</dt><dd>${formatBp(p.sentimentBp)}</dd></div>
    <div><dt>${tip('risk-discount', 'Risk discount')}</dt><dd>−${formatBp(p.riskDiscountBp)}</dd></div>
    ${
      p.takeOrPayNextYearM > 0
        ? html`<div><dt>${tip('take-or-pay', 'Take-or-pay')} due next year</dt><dd>${formatMoney(p.takeOrPayNextYearM)} (${takeOrPayLoad(p, level)})</dd></div>`
        : nothing
    }
    <div class="parts__total"><dt>Valuation</dt><dd>${formatMoney(p.totalM)}</dd></div>
  </dl>`;
}

function trend(points: FigurePoint[] | undefined, pick: (p: FigurePoint) => number, label: string) {
  return points && points.length > 1 ? sparkline(points.map(pick), label) : nothing;
}

export function companyCard(app: Parameters<View>[0], c: CompanyState, mine: boolean) {
  const state = app.game.state as GameState;
  const capacity = companyCapacity(state.config, c);
  const points = app.game.figures[c.id];
  const held = stakesHeld(state, c.id);
  const holders = heldIn(state, c);
  const active = state.seats[state.activeSeat]?.companyId === c.id;
  const seat = state.seats.find((s) => s.companyId === c.id);
  const who =
    seat?.controller.kind === 'human'
      ? seat.controller.name
      : seat
        ? `bot (${seat.controller.personality})`
        : 'not seated';
  const headingId = `company-${c.id}`;
  return html`<article
    class=${`company-card ${mine ? 'company-card--mine' : ''} ${active ? 'company-card--active' : ''} company-card--status-${c.status}`}
    aria-labelledby=${headingId}
    data-company=${c.id}
  >
    <h3 id=${headingId}>
      ${c.name}
      <span class="company-card__who">${roleName(c.role)} · ${who}${active ? ' · to move' : ''}</span>
    </h3>
    <p class=${`badge badge--${c.status}`}>${statusName(c)}${c.inquiryOpen ? ' · under inquiry' : ''}</p>
    <dl class="figures">
      <div><dt>${tip('cash', 'Cash')}</dt><dd>${formatMoney(c.cashM)} ${trend(points, (p) => p.cashM, `${c.name} cash`)}</dd></div>
      <div>
        <dt>${tip('run-rate', 'Revenue run-rate')}</dt>
        <dd>${formatMoney(latestRevenueM(c) * 4)} a year ${trend(points, (p) => p.revenueM, `${c.name} revenue`)}</dd>
      </div>
      <div>
        <dt>${tip('valuation', 'Valuation')}</dt>
        <dd>${formatMoney(c.valuationM)} ${trend(points, (p) => p.valuationM, `${c.name} valuation`)}</dd>
      </div>
      <div>
        <dt>${tip('owners-value', 'Owners’ value')}</dt>
        <dd>${formatMoney(ownersValueM(c))} (${formatBp(Math.round(c.ownersPpm / 100))} held)</dd>
      </div>
      <div><dt>${tip('capability', 'Capability')}</dt><dd>${c.capability} points</dd></div>
      <div><dt>${tip('compute', 'Compute')}</dt><dd>${formatCu(capacity.capacityCu)} a quarter</dd></div>
      <div><dt>${tip('scrutiny', 'Scrutiny')}</dt><dd>${c.scrutiny} / 1,000</dd></div>
      ${
        c.arrears.length > 0
          ? html`<div class="figures__alert"><dt>Owes</dt><dd>${formatMoney(c.arrears.reduce((s, a) => s + a.amountM, 0))} in arrears</dd></div>`
          : nothing
      }
    </dl>
    ${held.length > 0 ? html`<p class="stakes"><strong>${tip('stake', 'Holds')}:</strong> ${held.join(', ')}</p>` : nothing}
    ${holders.length > 0 ? html`<p class="stakes"><strong>Held by:</strong> ${holders.join(', ')}</p>` : nothing}
    ${lazyDetails(`valuation-parts-${c.id}`, 'What the valuation is built from', () => valuationParts(c, state.config))}
  </article>`;
}

export const companiesPanel: View = (app) => {
  const state = app.game.state;
  if (!state) return html``;
  const viewer = viewerOf(app);
  const companies = Object.values(state.companies).sort(
    (a, b) => Number(b.id === viewer) - Number(a.id === viewer),
  );
  return html`<section class="panel companies" aria-labelledby="companies-heading">
    <h2 id="companies-heading">Companies</h2>
    ${companies.map((c) => companyCard(app, c, c.id === viewer))}
  </section>`;
};
