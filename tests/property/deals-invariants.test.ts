/**
 * Deals under random play. fast-check draws sequences of intentions — propose random terms between random
 * parties, accept, refuse, counter, end deals, answer events, and the other actions of the game — and each
 * is turned into an action against the current state (so most are legal, and the illegal ones are refused).
 * After every step: money is conserved, no cash is negative, cap tables sum to 10,000, no term runs past
 * its quarters, and `step` never fails inside. After every quarter: each running compute commitment was
 * settled exactly once, for price × CU delivered, paid or owed. After every blocked acceptance: nothing
 * changed but the deal's status and the proposer's record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  type GameState,
  type Level,
  newGame,
  type QuarterReport,
  startOffset,
  step,
  TERM_KINDS,
  type Term,
} from '../../src/core';
import { applyBp } from '../../src/core/intmath';
import { cuRevenueM } from '../../src/core/model/market';
import { BUILT_IN_NAMES } from '../support/arbitraries';
import { addEvent, arena, moneyBalance, SEATS } from '../support/deal-fixtures';

const termSeed = fc.record({
  kind: fc.constantFrom(...TERM_KINDS),
  flip: fc.boolean(),
  x: fc.nat(1000),
  y: fc.nat(1000),
  z: fc.nat(100),
  quarters: fc.integer({ min: 1, max: 6 }),
});
type TermSeed = typeof termSeed extends fc.Arbitrary<infer T> ? T : never;

const intent = fc.record({
  op: fc.nat(99),
  pick: fc.nat(1000),
  other: fc.nat(1000),
  amount: fc.nat(1000),
  terms: fc.array(termSeed, { minLength: 1, maxLength: 3 }),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

const PARTNERS = ['nvidia', 'orbital'];
const of = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

function buildTerm(state: GameState, seed: TermSeed, from: string, to: string): Term {
  const [p, q] = seed.flip ? [to, from] : [from, to];
  const { x, y, z, quarters } = seed;
  switch (seed.kind) {
    case 'equity':
      return { kind: 'equity', investor: p, investee: q, amountM: 1 + x * 20, stakeBp: 1 + y * 4 };
    case 'stakeSale': {
      const held = Object.values(state.companies).filter((c) => (c.capTable[p] ?? 0) > 0);
      // Now and then a company named after a built-in property (`constructor`…), which must be refused plainly.
      const target = z % 9 === 0 ? of(BUILT_IN_NAMES, x) : held.length > 0 ? of(held, x).id : of(SEATS, x);
      const stake = Object.hasOwn(state.companies, target)
        ? (state.companies[target]?.capTable[p] ?? 100)
        : 100;
      return {
        kind: 'stakeSale',
        seller: p,
        buyer: q,
        companyId: target,
        stakeBp: Math.max(1, Math.floor((stake * (y % 120)) / 100)),
        priceM: x * 10,
      };
    }
    case 'computeCommitment':
      return {
        kind: 'computeCommitment',
        provider: p,
        buyer: q,
        cuPerQuarter: 1 + x * 400,
        pricePerCu: 500 + y * 8,
        quarters,
        // Now and then sold forward: capacity still to be built, starting some quarters after signing.
        ...(z % 3 === 0 ? { startsInQuarters: 1 + (y % 6) } : {}),
      };
    case 'chipSupply': {
      const chip = of(state.config.chips, y);
      const perQuarter = 1 + Math.floor(x / 25);
      const price = chip.priceMPerK + (y % 4);
      const site = state.companies[q]?.dataCenters[0]?.id ?? 0;
      return {
        kind: 'chipSupply',
        supplier: p,
        buyer: q,
        chipId: chip.id,
        kPerQuarter: perQuarter,
        priceMPerK: price,
        quarters,
        prepaymentM: Math.floor((perQuarter * price * quarters * z) / 100),
        dataCenterId: site,
      };
    }
    case 'revenueShare':
      return { kind: 'revenueShare', payer: p, payee: q, shareBp: 1 + x * 4, quarters };
    case 'exclusivity':
      return { kind: 'exclusivity', bound: p, beneficiary: q, quarters };
    case 'cash':
      return { kind: 'cash', payer: p, payee: q, amountM: 1 + x * 10 };
  }
}

function buildTerms(
  state: GameState,
  seeds: readonly TermSeed[],
  from: string,
  to: string,
  has: Term[] = [],
): Term[] {
  const seen = new Set<string>(has.map((t) => t.kind));
  const out: Term[] = [...has];
  for (const seed of seeds) {
    if (seen.has(seed.kind)) continue; // one term of a kind per deal keeps the settlement readable
    seen.add(seed.kind);
    const term = buildTerm(state, seed, from, to);
    out.push(term);
    // …except now and then the same stake sale or chip supply twice: the deal must be judged as a whole.
    // (Two compute commitments in one deal share a cash-flow line, which `settleCheck` reads per deal.)
    if (seed.z % 5 === 0 && (term.kind === 'stakeSale' || term.kind === 'chipSupply')) out.push(term);
  }
  return out;
}

/** The action an intention stands for in this state. */
function actionFor(state: GameState, i: Intent): Action {
  const seat = state.seats[state.activeSeat]?.companyId ?? 'frontier';
  const company = state.companies[seat];
  const pending = company?.pendingChoices[0];
  if (pending && i.op % 4 !== 0) {
    const card = state.config.events.find((e) => e.id === pending.eventId);
    return {
      type: 'event/choose',
      seat,
      eventId: pending.eventId,
      optionId: card?.choice ? of(card.choice.options, i.pick).id : 'x',
    };
  }
  const site = company?.dataCenters[i.pick % Math.max(1, company.dataCenters.length)]?.id ?? 0;
  if (i.op < 28) return { type: 'turn/end', seat };
  const open = state.deals.filter((d) => d.status === 'proposed');
  if (i.op < 38 || (i.op >= 48 && i.op < 66 && open.length === 0)) {
    // A plausible commitment: a lab buys compute from a cloud (or a cloud sells to a lab), at a price that may ruin it.
    const isLab = company?.role === 'lab';
    const to = isLab ? of(['nimbus', 'stratus', 'orbital'], i.pick) : of(['frontier', 'meridian'], i.pick);
    const [provider, buyer] = isLab ? [to, seat] : [seat, to];
    const compute: Term = {
      kind: 'computeCommitment',
      provider,
      buyer,
      cuPerQuarter: 1 + i.amount * 300,
      pricePerCu: 2800 + (i.other % 500) * 10,
      quarters: 1 + (i.other % 6),
      // A quarter of them sold forward, starting one to four quarters after signing.
      ...(i.amount % 4 === 0 ? { startsInQuarters: 1 + (i.other % 4) } : {}),
    };
    return {
      type: 'deal/propose',
      seat,
      to,
      terms: buildTerms(state, i.terms.slice(0, 1), seat, to, [compute]),
    };
  }
  if (i.op < 48) {
    const parties = [...SEATS, ...PARTNERS].filter((p) => p !== seat);
    const to = of(parties, i.pick);
    return { type: 'deal/propose', seat, to, terms: buildTerms(state, i.terms, seat, to) };
  }
  if (i.op < 66) {
    const deal = open.length > 0 ? of(open, i.pick) : state.deals.at(-1);
    const dealId = deal?.id ?? 1;
    // Mostly the recipient answers; now and then someone else tries.
    const answerer = i.other % 10 === 0 ? of(SEATS, i.other) : (deal?.to ?? seat);
    if (i.op < 56) return { type: 'deal/accept', seat: answerer, dealId };
    if (i.op < 59) return { type: 'deal/refuse', seat: answerer, dealId, reason: 'Not now.' };
    return {
      type: 'deal/counter',
      seat: answerer,
      dealId,
      terms: buildTerms(state, i.terms, answerer, deal?.from ?? seat),
    };
  }
  if (i.op < 70) {
    const terminable = state.deals.filter((d) => d.terminableBy === seat);
    const ids = (terminable.length > 0 ? terminable : state.deals).map((d) => d.id);
    return { type: 'deal/terminate', seat, dealId: ids.length > 0 ? of(ids, i.pick) : 1 };
  }
  const chip = of(state.config.chips, i.pick);
  const others: Action[] = [
    { type: 'chips/order', seat, chipId: chip.id, k: 1 + (i.amount % 120), dataCenterId: site },
    { type: 'assets/sellChips', seat, dataCenterId: site, chipId: 'h100', k: 1 + (i.amount % 300) },
    { type: 'finance/raiseEquity', seat, amountM: 1 + i.amount * 20 },
    { type: 'finance/borrow', seat, amountM: 1 + i.amount * 20 },
    { type: 'finance/emergencyRaise', seat, amountM: 1 + i.amount * 20 },
    { type: 'gov/relations', seat, programme: i.pick % 2 === 0 ? 'adviser' : 'initiative' },
    {
      type: 'datacenter/build',
      seat,
      regionId: of(state.config.regions, i.pick).id,
      mw: 1 + (i.amount % 400),
    },
    { type: 'compute/allocate', seat, trainingBp: (i.amount * 10) % 10001 },
  ];
  return of(others, i.op + i.other);
}

/** test-arena made lively: a low scrutiny ladder, poorer labs, livelier events, a regulator's spotlight and a Nvidia offer. */
const LIVELY: Level = arena((l) => {
  l.regulation.thresholds = { inquiry: 50, dealReview: 70, fine: 110, divestiture: 160 };
  for (const c of l.companies) if (c.role === 'lab') c.cashM = Math.floor(c.cashM / 3);
  for (const e of l.events) e.probabilityBp = Math.min(10000, e.probabilityBp * 2);
  addEvent(l, {
    id: 'spotlight',
    target: 'everyone',
    repeatable: true,
    window: { from: 1, to: 32 },
    probabilityBp: 3000,
    effects: [{ kind: 'scrutiny', delta: 60 }],
  });
  addEvent(l, {
    id: 'nvidia-offer',
    target: 'randomLab',
    repeatable: true,
    window: { from: 1, to: 32 },
    probabilityBp: 2500,
    effects: [
      {
        kind: 'dealOffer',
        partnerId: 'nvidia',
        terms: [
          { kind: 'equity', investor: '@partner', investee: '@target', amountM: 1500, stakeBp: 200 },
          {
            kind: 'chipSupply',
            supplier: '@partner',
            buyer: '@target',
            chipId: 'b200',
            kPerQuarter: 10,
            priceMPerK: 38,
            quarters: 4,
            prepaymentM: 0,
            dataCenterId: 0,
          },
        ],
      },
    ],
  });
});

/** The bare level: nothing pushes the game but the actions. */
const QUIET: Level = arena((l) => {
  l.events = [];
});

function checkEveryStep(state: GameState): void {
  expect(moneyBalance(state)).toBe(0);
  for (const company of Object.values(state.companies)) {
    expect(company.cashM, `${company.id} cash`).toBeGreaterThanOrEqual(0);
    const table = Object.entries(company.capTable);
    expect(
      table.reduce((sum, [, bp]) => sum + bp, 0),
      `${company.id} cap table`,
    ).toBe(10000);
    for (const [holder, bp] of table) {
      expect(bp, `${company.id} held by ${holder}`).toBeGreaterThan(0);
      expect(holder, `${company.id} holds itself`).not.toBe(company.id);
    }
  }
  for (const deal of state.deals) {
    // A deal that ran its course, or that a party chose to end, keeps no prepayment for chips never delivered.
    const settled =
      deal.status === 'completed' || (deal.status === 'terminated' && deal.reason?.startsWith('Ended by'));
    deal.terms.forEach((term, i) => {
      if ('quarters' in term) expect(deal.progress[i]?.quartersDone ?? 0).toBeLessThanOrEqual(term.quarters);
      if (settled && term.kind === 'chipSupply')
        expect(deal.progress[i]?.prepaidLeftM, `deal #${deal.id} prepayment`).toBe(0);
    });
  }
}

/** What each compute commitment owed, paid and defaulted, quarter by quarter. */
interface Ledger {
  checked?: boolean;
  owedM: number;
  paidM: number;
  defaultedM: number;
  quarters: number;
}

/** Unpaid amount u from an arrear of u + 10% penalty. */
function unpenalised(arrearM: number): number {
  for (let u = Math.floor((arrearM * 10) / 11) - 2; u <= arrearM; u++)
    if (u + applyBp(u, 1000) === arrearM) return u;
  throw new Error(`no unpaid amount gives an arrear of ${arrearM}`);
}

let completedCommitments = 0;
let completedForward = 0;

function settleCheck(
  before: GameState,
  after: GameState,
  report: QuarterReport,
  ledgers: Map<number, Ledger>,
): void {
  for (const deal of before.deals) {
    if (deal.status !== 'active') continue;
    const now = after.deals.find((d) => d.id === deal.id);
    if (!now) throw new Error(`deal #${deal.id} vanished`);
    const failed = [deal.from, deal.to].some((id) => before.companies[id]?.status === 'bankrupt');
    deal.terms.forEach((term, i) => {
      if (!('quarters' in term)) return;
      const done = deal.progress[i]?.quartersDone ?? 0;
      const doneAfter = now.progress[i]?.quartersDone ?? 0;
      // A term sold forward runs from its first quarter (the signing quarter plus its start).
      const started = (deal.signedQuarter ?? before.quarter) + startOffset(term) <= before.quarter;
      const running = done < term.quarters && !failed && started;
      // Settled exactly once per quarter while it runs, never before its start or after its end.
      expect(doneAfter - done, `deal #${deal.id} term ${i} (${term.kind})`).toBe(running ? 1 : 0);
      if (term.kind !== 'computeCommitment' || !running) return;
      const paid = (now.progress[i]?.paidM ?? 0) - (deal.progress[i]?.paidM ?? 0);
      const buyer = report.companies.find((c) => c.companyId === term.buyer);
      const item = buyer?.cashFlow.find((c) => c.label === `Compute commitment (deal #${deal.id})`);
      expect(0 - (item?.amountM ?? 0), `cash flow of deal #${deal.id}`).toBe(paid);
      const short = buyer?.notes
        .map((n) =>
          n.match(new RegExp(`delivered only ([\\d,]+) of the [\\d,]+ CU committed under deal #${deal.id};`)),
        )
        .find((m) => m);
      const delivered = short ? Number(short[1]?.replace(/,/g, '')) : term.cuPerQuarter;
      const arrearsBefore = before.companies[term.buyer]?.arrears.length ?? 0;
      const newArrears = (after.companies[term.buyer]?.arrears ?? []).slice(arrearsBefore);
      const defaulted = newArrears
        .filter((a) => a.reason.startsWith(`Compute commitment missed under deal #${deal.id},`))
        .reduce((sum, a) => sum + unpenalised(a.amountM), 0);
      expect(paid + defaulted, `deal #${deal.id} settlement`).toBe(cuRevenueM(delivered, term.pricePerCu));
      const ledger = ledgers.get(deal.id) ?? { owedM: 0, paidM: 0, defaultedM: 0, quarters: 0 };
      ledger.owedM += cuRevenueM(delivered, term.pricePerCu);
      ledger.paidM += paid;
      ledger.defaultedM += defaulted;
      ledger.quarters++;
      ledgers.set(deal.id, ledger);
    });
  }
  for (const deal of after.deals) {
    const term = deal.terms.find((t) => t.kind === 'computeCommitment');
    const ledger = ledgers.get(deal.id);
    if (deal.status !== 'completed' || term?.kind !== 'computeCommitment' || !ledger || ledger.checked)
      continue;
    ledger.checked = true;
    completedCommitments++;
    if (startOffset(term) > 0) completedForward++;
    expect(ledger.quarters).toBe(term.quarters);
    expect(ledger.paidM + ledger.defaultedM).toBe(ledger.owedM);
    const index = deal.terms.indexOf(term);
    expect(deal.progress[index]?.paidM).toBe(ledger.paidM);
  }
}

/** The state with what a blocked acceptance may change taken out. */
function withoutBlock(state: GameState, dealId: number, proposer: string) {
  return {
    ...state,
    config: null,
    rng: null,
    deals: state.deals.map((d) => (d.id === dealId ? { ...d, status: null, reason: null } : d)),
    companies: Object.fromEntries(
      Object.entries(state.companies).map(([id, c]) => [
        id,
        id === proposer ? { ...c, record: { ...c.record, blocked: 0 } } : c,
      ]),
    ),
  };
}

interface RunStats {
  accepted: number;
  quarters: number;
  signed: number;
  blocked: number;
  defaults: number;
}

function play(level: Level, seed: number, intents: readonly Intent[], stats: RunStats): void {
  const started = newGameFor(level, seed);
  let state = started;
  const ledgers = new Map<number, Ledger>();
  for (const i of intents) {
    if (state.phase === 'over') break;
    const action = actionFor(state, i);
    const result = step(state, action);
    if (!result.ok) {
      expect(result.error.code, result.error.message).not.toBe('internal/error');
      continue;
    }
    stats.accepted++;
    checkEveryStep(result.state);
    if (result.report) {
      stats.quarters++;
      settleCheck(state, result.state, result.report, ledgers);
    }
    if (action.type === 'deal/accept') {
      const deal = result.state.deals.find((d) => d.id === action.dealId);
      if (deal?.status === 'blocked') {
        stats.blocked++;
        expect(withoutBlock(result.state, deal.id, deal.from)).toEqual(
          withoutBlock(state, deal.id, deal.from),
        );
        const record = (s: GameState) => s.companies[deal.from]?.record.blocked ?? 0;
        if (result.state.companies[deal.from]) expect(record(result.state)).toBe(record(state) + 1);
      }
    }
    state = result.state;
  }
  stats.signed += state.deals.filter((d) => d.signedQuarter !== null).length;
  stats.defaults += Object.values(state.companies).reduce((sum, c) => sum + c.record.defaults, 0);
}

function newGameFor(level: Level, seed: number): GameState {
  const started = newGame({
    level,
    seats: SEATS.map((companyId) => ({ companyId, controller: { kind: 'human', name: companyId } })),
    seed,
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.state;
}

describe('deals under random play', () => {
  const stats: RunStats = { accepted: 0, quarters: 0, signed: 0, blocked: 0, defaults: 0 };

  it('keep money, cap tables and obligations sound, and a blocked deal changes nothing else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(LIVELY, QUIET),
        fc.nat(0xffffffff),
        fc.array(intent, { minLength: 40, maxLength: 220 }),
        (level, seed, intents) => play(level, seed, intents, stats),
      ),
      { numRuns: 200, endOnFailure: true },
    );
    // The runs must actually exercise what they claim to check.
    expect(stats.quarters).toBeGreaterThan(200);
    expect(stats.signed).toBeGreaterThan(50);
    expect(stats.blocked).toBeGreaterThan(0);
    expect(stats.defaults).toBeGreaterThan(0);
    expect(completedCommitments).toBeGreaterThan(20);
    // Some of them sold forward: they ran their quarters from their start, and were paid for them.
    expect(completedForward).toBeGreaterThan(0);
  }, 60_000);
});
