/**
 * One quarter's report as the rules wrote it: headlines, the events that fired, the market, and for each
 * company every figure that changed with the reasons, its cash in and out, and notes — with sparklines
 * of its key figures up to that quarter. Nothing here computes a figure; it only lays the report out.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { FigureHistory, FigurePoint } from '../../app/figures';
import type { CompanyReport, FiredEvent, QuarterReport, ReportLine } from '../../core';
import { formatBp, formatCount, formatMoney } from '../../core/report';
import { formatCu } from '../format';
import { lazyDetails } from '../lazy-details';
import { sparkline } from './sparkline';
import { tip } from './tip';

export function formatUnit(value: number, unit: ReportLine['unit']): string {
  switch (unit) {
    case '$M':
      return formatMoney(value);
    case 'CU':
      return formatCu(value);
    case 'points':
      return `${formatCount(value)} points`;
    case 'bp':
      return formatBp(value);
    case 'MW':
      return `${formatCount(value)} MW`;
  }
}

/** The change with its sign written out, so a rise and a fall differ in text, not only in colour. */
export function changeText(line: Pick<ReportLine, 'before' | 'after' | 'unit'>): string {
  const delta = line.after - line.before;
  if (delta === 0) return 'no change';
  const size = formatUnit(Math.abs(delta), line.unit);
  return delta > 0 ? `up ${size}` : `down ${size}`;
}

/** Glossary entries for the report's figure keys, where one exists. */
const FIGURE_TIPS: Record<string, string> = {
  cash: 'cash',
  revenue: 'revenue',
  valuation: 'valuation',
  capability: 'capability',
  capacity: 'compute',
  debt: 'debt',
  compute: 'compute',
  scrutiny: 'scrutiny',
  hhiCompute: 'hhi',
  hhiModel: 'hhi',
  sentiment: 'sentiment',
};

function lineItem(line: ReportLine): TemplateResult {
  const change = line.after - line.before;
  const key = FIGURE_TIPS[line.figure];
  return html`<li class=${`report-line report-line--${change > 0 ? 'up' : change < 0 ? 'down' : 'flat'}`}>
    <span class="report-line__figure">${key ? tip(key, line.label) : line.label}</span>
    <span class="report-line__values">
      ${formatUnit(line.before, line.unit)} → ${formatUnit(line.after, line.unit)}
      <span class="report-line__change">(${changeText(line)})</span>
    </span>
    ${line.why.length > 0 ? html`<ul class="report-line__why">${line.why.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
  </li>`;
}

export function firedEvent(event: FiredEvent, names: (id: string) => string): TemplateResult {
  return html`<article class="fired-event">
    <h4>${event.title}</h4>
    <p>${event.text}</p>
    ${event.targets.length > 0 ? html`<p class="hint">Affects: ${event.targets.map(names).join(', ')}</p>` : nothing}
    ${event.effects.length > 0 ? html`<ul>${event.effects.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
    <p class="source"><span class="source__label">Source:</span> ${event.source}</p>
  </article>`;
}

const TRENDS: { pick: (p: FigurePoint) => number; name: string }[] = [
  { pick: (p) => p.cashM, name: 'cash' },
  { pick: (p) => p.revenueM, name: 'revenue' },
  { pick: (p) => p.valuationM, name: 'valuation' },
  { pick: (p) => p.capability, name: 'capability' },
  { pick: (p) => p.capacityCu, name: 'compute' },
];

function trends(company: CompanyReport, points: FigurePoint[]): TemplateResult | typeof nothing {
  if (points.length < 2) return nothing;
  return html`<ul class="report-trends" aria-label=${`${company.name}: figures so far`}>
    ${TRENDS.map(
      (t) => html`<li><span class="report-trends__name">${t.name}</span>
        ${sparkline(points.map(t.pick), `${company.name} ${t.name}`)}</li>`,
    )}
  </ul>`;
}

/** Which other companies' sections are unfolded, and how to fold or unfold one. */
export interface ReportFolding {
  unfolded: ReadonlySet<string>;
  toggle: (companyId: string, open: boolean) => void;
}

/** A rival's section folded to one line: its valuation's move, and how many figures changed. */
export function foldedSummary(company: CompanyReport): string {
  const valuation = company.lines.find((l) => l.figure === 'valuation');
  const changed = company.lines.filter((l) => l.after !== l.before).length;
  const move = valuation
    ? `valuation ${formatMoney(valuation.after)} (${changeText(valuation)})`
    : 'no valuation';
  return `${move}; ${changed} ${changed === 1 ? 'figure' : 'figures'} changed`;
}

/**
 * The viewer's own company is laid out in full. Every other one is a disclosure, folded to one line
 * until opened, and its details are only built then: six companies in full were some 650 elements to
 * build and lay out in the task that opens the report (issue 9: no task of 50 ms), and a player reads
 * their own company first.
 */
function companySection(
  company: CompanyReport,
  points: FigurePoint[],
  mine: boolean,
  folding: ReportFolding,
): TemplateResult {
  const heading = html`<h3 id=${`report-${company.companyId}`}>${company.name}${mine ? ' (you)' : ''} <span class="tag">${company.status}</span></h3>`;
  if (mine)
    return html`<section class="report-company report-company--mine" aria-labelledby=${`report-${company.companyId}`}>
      ${heading} ${companyDetails(company, points)}
    </section>`;
  const open = folding.unfolded.has(company.companyId);
  return html`<details
    class="report-company report-company--rival"
    ?open=${open}
    @toggle=${(event: Event) => {
      const now = (event.currentTarget as HTMLDetailsElement).open;
      if (now !== open) folding.toggle(company.companyId, now);
    }}
  >
    <summary>${heading}<span class="report-company__summary">${foldedSummary(company)}</span></summary>
    ${open ? companyDetails(company, points) : nothing}
  </details>`;
}

function companyDetails(company: CompanyReport, points: FigurePoint[]): TemplateResult {
  const changed = company.lines.filter((l) => l.after !== l.before || l.why.length > 0);
  const net = company.cashFlow.reduce((sum, item) => sum + item.amountM, 0);
  return html`${trends(company, points)}
    ${
      changed.length > 0
        ? html`<ul class="report-lines">${changed.map(lineItem)}</ul>`
        : html`<p class="hint">No figure changed.</p>`
    }
    ${
      company.cashFlow.length > 0
        ? html`<details class="report-cash">
          <summary>Cash in and out: ${company.cashFlow.length} items, net ${net >= 0 ? '+' : ''}${formatMoney(net)}</summary>
          <ul>
            ${company.cashFlow.map(
              (item) =>
                html`<li><span>${item.label}</span> <span class="report-cash__amount">${item.amountM >= 0 ? '+' : ''}${formatMoney(item.amountM)}</span></li>`,
            )}
          </ul>
        </details>`
        : nothing
    }
    ${company.notes.length > 0 ? html`<ul class="report-notes">${company.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
}

/** The market folded to one line: each figure's move, in words. */
export function marketSummary(lines: readonly ReportLine[]): string {
  return lines.map((l) => `${l.label} ${formatUnit(l.after, l.unit)} (${changeText(l)})`).join('; ');
}

export function reportBody(
  report: QuarterReport,
  figures: FigureHistory,
  viewer: string | null,
  names: (id: string) => string,
  folding: ReportFolding,
): TemplateResult {
  const companies = [...report.companies].sort(
    (a, b) => Number(b.companyId === viewer) - Number(a.companyId === viewer),
  );
  const upTo = (id: string) => (figures[id] ?? []).filter((p) => p.quarter <= report.quarter);
  return html`<div class="report">
    ${
      report.headlines.length > 0
        ? html`<section aria-labelledby="report-headlines"><h3 id="report-headlines">Headlines</h3>
          <ul class="report-headlines">${report.headlines.map((h) => html`<li>${h}</li>`)}</ul></section>`
        : nothing
    }
    ${
      // The events were read in full when they fired (their dialog), and the market's lines are a
      // click away: folded, the report opens with less to lay out in the task that shows it.
      report.events.length > 0
        ? lazyDetails(
            'report-events',
            html`<h3 class="report-fold__title">Events this quarter</h3>
              <span class="report-company__summary">${report.events.map((e) => e.title).join('; ')}</span>`,
            () => html`${report.events.map((e) => firedEvent(e, names))}`,
            'report-fold',
          )
        : nothing
    }
    ${
      report.market.length > 0
        ? lazyDetails(
            'report-market',
            html`<h3 class="report-fold__title">The market</h3>
              <span class="report-company__summary">${marketSummary(report.market)}</span>`,
            () => html`<ul class="report-lines">${report.market.map(lineItem)}</ul>`,
            'report-fold',
          )
        : nothing
    }
    <div class="report-companies">
      ${companies.map((c) => companySection(c, upTo(c.companyId), c.companyId === viewer, folding))}
    </div>
  </div>`;
}
