/**
 * The regulator's view before signing, from the rules' own functions: the review's odds (reviewOdds,
 * the same code reviewDeal draws with) and the scrutiny pressure the deal would add each quarter
 * (dealPressure on the state with the deal signed, less today's). The signed state is the rules'
 * preview of the other side accepting; when that preview does not sign, the pressure is not guessed.
 */
import { html } from 'lit-html';
import { type GameState, type StepResult, step, type Term } from '../../core';
import { type ReviewOdds, reviewOdds } from '../../core/regulation/review';
import { dealPressure } from '../../core/regulation/scrutiny';
import { companyName } from '../format';

export interface PartyScrutiny {
  id: string;
  name: string;
  scrutiny: number;
  /** Points a quarter the deal adds (stakes, exclusivity), with the rules' reasons; null if unknown. */
  added: { points: number; why: string[] } | null;
}

export interface RegulatorView {
  odds: ReviewOdds;
  parties: PartyScrutiny[];
}

/**
 * The state with the proposal signed: the preview itself when a partner accepted at once, else the
 * rules' preview of `acceptor` accepting it. Null when it would not sign (or only a block was drawn).
 */
export function signedPreview(preview: StepResult, acceptor: string, dealId: number): GameState | null {
  if (!preview.ok) return null;
  const deal = preview.state.deals.find((d) => d.id === dealId);
  if (deal?.status === 'active') return preview.state;
  if (deal?.status !== 'proposed') return null;
  const accepted = step(preview.state, { type: 'deal/accept', seat: acceptor, dealId });
  if (!accepted.ok) return null;
  return accepted.state.deals.find((d) => d.id === dealId)?.status === 'active' ? accepted.state : null;
}

export function regulatorView(
  state: GameState,
  from: string,
  to: string,
  terms: readonly Term[],
  signed: GameState | null,
): RegulatorView {
  const odds = reviewOdds(state, { from, to, terms: [...terms] });
  const parties = [from, to]
    .filter((id) => state.companies[id])
    .map((id) => {
      const before = dealPressure(state, id);
      const after = signed ? dealPressure(signed, id) : null;
      return {
        id,
        name: companyName(state, id),
        scrutiny: state.companies[id]?.scrutiny ?? 0,
        added: after
          ? { points: after.points - before.points, why: after.why.filter((w) => !before.why.includes(w)) }
          : null,
      };
    });
  return { odds, parties };
}

export function regulatorPanel(state: GameState, view: RegulatorView | null) {
  const t = state.config.regulation.thresholds;
  return html`<section class="regulator" aria-labelledby="regulator-head">
    <h3 id="regulator-head">The regulator's view</h3>
    ${
      !view
        ? html`<p class="hint">Complete the terms to see whether regulators would look at the deal.</p>`
        : html`<p class=${view.odds.reviewed ? 'problem' : ''}>
              ${
                view.odds.reviewed
                  ? `Review may block it: a ${view.odds.chanceBp / 100}% chance, at scrutiny ${view.odds.scrutiny} (review from ${view.odds.threshold}) with ${view.odds.concentrating.join(' and ')}.`
                  : view.odds.concentrating.length > 0
                    ? `Not reviewed now: scrutiny ${view.odds.scrutiny} is below the review threshold of ${view.odds.threshold}, though ${view.odds.concentrating.join(' and ')} would count.`
                    : `Not reviewed: nothing in it concentrates the market (scrutiny ${view.odds.scrutiny}; review from ${view.odds.threshold}).`
              }
            </p>
            <ul class="regulator__parties">
              ${view.parties.map(
                (p) => html`<li>
                  ${p.name}: scrutiny ${p.scrutiny}
                  ${
                    p.added === null
                      ? html`<span class="hint">— not previewed: the deal would not be signed as it stands</span>`
                      : p.added.points > 0
                        ? html`— adds <strong>+${p.added.points} a quarter</strong> while in force${p.added.why.length ? ` (${p.added.why.join('; ')})` : ''}`
                        : html`— adds no scrutiny pressure`
                  }
                </li>`,
              )}
            </ul>`
    }
    <p class="hint">Thresholds: inquiry ${t.inquiry}, deal review ${t.dealReview}, fine ${t.fine}, forced sale ${t.divestiture}.</p>
  </section>`;
}
