/**
 * The negotiation story: one game of the test arena, played through `step` alone, that shows every part of
 * issue 4 — a three-round negotiation ending in a compute commitment paid quarter by quarter, a circular
 * deal with Nvidia, a default and the insolvency process, an event choice, a deal blocked under scrutiny,
 * and export controls cutting a region's chip supply. The scenario test reads it; `regenerate.ts` records
 * it as the golden save.
 *
 * The level is test-arena with a short deck (the antitrust inquiry and export controls, both in quarter 3),
 * a lower regulatory ladder so the story does not take years, a poorer second lab, and clouds with the
 * cash to pay a fair price for a large stake.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GameError, GameState, Level, Term } from '../../src/core';
import { arena, firstSite, forceEvent, Table, terms } from '../support/deal-fixtures';

export const STORY_SEED = 38_000;

/** The recorded story, replayed by `golden-replay.test.ts` and rewritten by `regenerate.ts`. */
export const GOLDEN_SAVE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/negotiation-story.save.json',
);

export function storyLevel(): Level {
  return arena((l) => {
    l.id = 'negotiation-story';
    l.title = 'The negotiation story (a test-arena variant)';
    const inquiry = forceEvent(l, 'antitrust-inquiry', 3);
    const controls = forceEvent(l, 'export-controls', 3);
    controls.effects = [{ kind: 'exportControls', regionId: 'gulf', supplyBp: 2500, quarters: 2 }];
    l.events = [inquiry, controls];
    l.regulation.thresholds = { inquiry: 100, dealReview: 100, fine: 400, divestiture: 600 };
    const meridian = l.companies.find((c) => c.id === 'meridian');
    if (meridian) meridian.cashM = 4000;
    // Clouds rich enough to pay a fair price for a fifth of Frontier (a board refuses a cheap one).
    for (const cloud of l.companies) if (cloud.role === 'cloud') cloud.cashM = 150_000;
  });
}

export interface Story {
  table: Table;
  /** Deal ids, by role in the story. */
  deals: {
    opening: number;
    counter: number;
    signed: number;
    circular: number;
    overreach: number;
    blocked: number;
    letThrough: number[];
  };
  /** Nimbus's Gulf data center. */
  gulfSite: number;
  /** The log of each step the story tells, by name. */
  logs: Record<string, readonly string[]>;
  /** Refusals the story runs into on purpose, by name. */
  errors: Record<string, GameError>;
  /** The state just after each quarter resolved (index 0 = 2025 Q1); the next quarter has opened. */
  resolved: GameState[];
}

const compute = (price: number): Term => terms.compute('nimbus', 'frontier', 400_000, price, 4);

export function playStory(): Story {
  const table = new Table(storyLevel(), { seed: STORY_SEED, choices: { 'antitrust-inquiry': 'fight' } });
  const logs: Record<string, readonly string[]> = {};
  const errors: Record<string, GameError> = {};
  const resolved: GameState[] = [];
  const endQuarter = () => {
    table.finishQuarter();
    resolved.push(table.state);
  };
  const act = (name: string, ...args: Parameters<Table['act']>) => {
    logs[name] = table.act(...args);
    return table.lastDeal.id;
  };

  // 2025 Q1 — Frontier lines up chips from Nvidia, paid for with Nvidia's own investment (vendor financing).
  const circular = act('circular', {
    type: 'deal/propose',
    seat: 'frontier',
    to: 'nvidia',
    terms: [
      terms.equity('nvidia', 'frontier', 3000, 50),
      terms.chips('nvidia', 'frontier', firstSite(table, 'frontier'), {
        kPerQuarter: 25,
        priceMPerK: 30,
        quarters: 4,
        prepaymentM: 750,
      }),
    ],
  });
  // Then three rounds with Nimbus for compute: Nimbus wants more money and exclusivity; Frontier meets it half way.
  const opening = act('opening', {
    type: 'deal/propose',
    seat: 'frontier',
    to: 'nimbus',
    terms: [compute(2200)],
  });
  const counter = act('counter', {
    type: 'deal/counter',
    seat: 'nimbus',
    dealId: opening,
    terms: [compute(3000), terms.exclusivity('frontier', 'nimbus', 6)],
  });
  const signed = act('counter2', {
    type: 'deal/counter',
    seat: 'frontier',
    dealId: counter,
    terms: [compute(2600), terms.exclusivity('frontier', 'nimbus', 4)],
  });
  logs.accept = table.act({ type: 'deal/accept', seat: 'nimbus', dealId: signed });
  table.passTo('meridian');
  // Meridian, with $4B in the bank, signs up for $2.5B of Nimbus compute a quarter.
  const overreach = act('overreach', {
    type: 'deal/propose',
    seat: 'meridian',
    to: 'nimbus',
    terms: [terms.compute('nimbus', 'meridian', 450_000, 5500, 8)],
  });
  logs.overreachAccept = table.act({ type: 'deal/accept', seat: 'nimbus', dealId: overreach });
  table.passTo('nimbus');
  // Nimbus builds in the Gulf and orders chips for it, due in quarter 3.
  logs.build = table.act({ type: 'datacenter/build', seat: 'nimbus', regionId: 'gulf', mw: 200 });
  const gulfSite = table.company('nimbus').dataCenters.at(-1)?.id ?? -1;
  logs.order = table.act({
    type: 'chips/order',
    seat: 'nimbus',
    chipId: 'h100',
    k: 100,
    dataCenterId: gulfSite,
  });
  endQuarter();

  // 2025 Q2 — quiet: the obligations run.
  endQuarter();

  // 2025 Q3 — the antitrust inquiry hits Frontier, which must answer before anything else, and fights it;
  // then a large stake is put to the regulator.
  errors.choicePending = table.refused({ type: 'turn/end', seat: 'frontier' });
  logs.choice = table.act({
    type: 'event/choose',
    seat: 'frontier',
    eventId: 'antitrust-inquiry',
    optionId: 'fight',
  });
  const letThrough: number[] = [];
  let blocked = -1;
  for (const investor of ['stratus', 'nimbus', 'stratus']) {
    const id = act(`stake-${letThrough.length}`, {
      type: 'deal/propose',
      seat: 'frontier',
      to: investor,
      terms: [terms.equity(investor, 'frontier', 70_000, 2000)],
    });
    logs.blockedAccept = table.act({ type: 'deal/accept', seat: investor, dealId: id });
    if (table.deal(id).status === 'blocked') {
      blocked = id;
      break;
    }
    letThrough.push(id);
  }
  endQuarter();

  // 2025 Q4 — Meridian defaulted; it raises rescue money and clears its arrears; Nimbus ends the deal.
  table.passTo('meridian');
  const owed = table.company('meridian').arrears.reduce((sum, a) => sum + a.amountM, 0);
  logs.rescue = table.act({ type: 'finance/emergencyRaise', seat: 'meridian', amountM: owed + 500 });
  logs.recovered = table.act({ type: 'turn/end', seat: 'meridian' });
  logs.terminate = table.act({ type: 'deal/terminate', seat: 'nimbus', dealId: overreach });
  endQuarter();

  // 2026 Q1 — the export controls lapse; the held-back chips arrive.
  endQuarter();
  return {
    table,
    deals: { opening, counter, signed, circular, overreach, blocked, letThrough },
    gulfSite,
    logs,
    errors,
    resolved,
  };
}
