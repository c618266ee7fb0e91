/**
 * Holes found by hostile input (issue 10): ids named after built-in properties, a deal that sells the
 * same thing twice, refusals that echo input whole, a huge terms list, and −0. Each case is one a player
 * (or a page sending actions) could hit through `step`.
 */
import { describe, expect, it } from 'vitest';
import { newGame, parseAction, step } from '../../../src/core';
import { companyCapacity } from '../../../src/core/model/capacity';
import { clip, quote } from '../../../src/core/quote';
import { BUILT_IN_NAMES } from '../../support/arbitraries';
import { firstSite, moneyBalance, quietArena, Table, terms } from '../../support/deal-fixtures';

/** One short line: what every refusal must be, whatever the input. */
const oneBoundedLine = (message: string) => message.length <= 300 && !/[\n\r\u2028\u2029]/.test(message);

describe('ids named after built-in properties', () => {
  it.each(BUILT_IN_NAMES)('"%s" is an unknown company, chip, region or event, never a crash', (name) => {
    const t = new Table(quietArena());
    const site = firstSite(t, 'frontier');
    const attempts: unknown[] = [
      { type: 'turn/end', seat: name },
      { type: 'chips/order', seat: 'frontier', chipId: name, k: 1, dataCenterId: site },
      { type: 'chips/startProgram', seat: 'frontier', chipId: name },
      { type: 'datacenter/build', seat: 'frontier', regionId: name, mw: 1 },
      { type: 'event/choose', seat: 'frontier', eventId: name, optionId: name },
      { type: 'deal/propose', seat: 'frontier', to: name, terms: [terms.cash('frontier', name, 1)] },
      {
        type: 'deal/propose',
        seat: 'frontier',
        to: 'stratus',
        terms: [terms.stakeSale('stratus', 'frontier', name, 1, 0)],
      },
      {
        type: 'deal/propose',
        seat: 'frontier',
        to: 'nvidia',
        terms: [
          terms.chips('nvidia', 'frontier', site, {
            chipId: name,
            kPerQuarter: 1,
            priceMPerK: 1,
            quarters: 1,
          }),
        ],
      },
    ];
    for (const action of attempts) {
      const result = step(t.state, action);
      expect(result.ok, JSON.stringify(action)).toBe(false);
      if (!result.ok) {
        expect(result.error.code, result.error.message).not.toBe('internal/error');
        expect(result.error.message).toContain(quote(name));
      }
    }
    // A term between other parties than the deal's is refused as such, before any lookup.
    const stranger = step(t.state, {
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nimbus',
      terms: [terms.compute(name, 'frontier', 1, 1, 1)],
    });
    expect(stranger.ok || stranger.error.code).toBe('deal/badParties');
  });

  it('a stake sale in a company that does not exist says so', () => {
    const t = new Table(quietArena());
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'stratus',
      terms: [terms.stakeSale('stratus', 'frontier', 'constructor', 100, 0)],
    });
    expect(error).toEqual({
      code: 'deal/unknownParty',
      message: '"constructor" is not a company whose shares are held in this game.',
    });
  });
});

describe('a deal is judged on all its terms together', () => {
  it('cannot sell the same holding twice (Stratus holds 2,700 bp of Frontier)', () => {
    const t = new Table(quietArena());
    t.passTo('nimbus');
    const twice = t.refused({
      type: 'deal/propose',
      seat: 'nimbus',
      to: 'stratus',
      terms: [
        terms.stakeSale('stratus', 'nimbus', 'frontier', 2700, 100),
        terms.stakeSale('stratus', 'nimbus', 'frontier', 2700, 100),
      ],
    });
    expect(twice).toEqual({
      code: 'deal/notEnoughShares',
      message: 'Stratus Cloud holds 2700 bp of Frontier AI, not the 5400 bp the deal would sell.',
    });
  });

  it('may sell a holding in parts that add up to no more than it is, and the cap table stays whole', () => {
    // A buyer with the cash to pay the market's price for 27% of Frontier.
    const t = new Table(
      quietArena((l) => {
        const nimbus = l.companies.find((c) => c.id === 'nimbus');
        if (nimbus) nimbus.cashM = 200_000;
      }),
    );
    t.passTo('nimbus');
    const id = t.propose('nimbus', 'stratus', [
      // At the market's price, or the board's test refuses the sale (deal/unfairPrice).
      terms.stakeSale('stratus', 'nimbus', 'frontier', 1500, 82_000),
      terms.stakeSale('stratus', 'nimbus', 'frontier', 1200, 65_500),
    ]);
    t.act({ type: 'deal/accept', seat: 'stratus', dealId: id });
    const capTable = t.company('frontier').capTable;
    expect(capTable.stratus).toBeUndefined();
    expect(capTable.nimbus).toBe(2700);
    expect(Object.values(capTable).every((bp) => bp > 0)).toBe(true);
    expect(Object.values(capTable).reduce((a, b) => a + b, 0)).toBe(10000);
    expect(moneyBalance(t.state)).toBe(0);
  });

  it("cannot commit a provider's whole capacity three times over", () => {
    const t = new Table(quietArena());
    const whole = 600_000; // Orbital's maxComputeCu in the arena
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'orbital',
      terms: [1, 2, 3].map(() => terms.compute('orbital', 'frontier', whole, 3000, 4)),
    });
    expect(error.code).toBe('deal/notEnoughCapacity');
    expect(error.message).toBe(
      'Orbital Cloud has 600,000 CU a quarter not yet committed; the deal asks for 1,800,000.',
    );
    // One commitment for all of it is fine.
    expect(
      step(t.state, {
        type: 'deal/propose',
        seat: 'frontier',
        to: 'orbital',
        terms: [terms.compute('orbital', 'frontier', whole, 3000, 4)],
      }).ok,
    ).toBe(true);
  });

  it("cannot commit a seated cloud's capacity twice", () => {
    const t = new Table(quietArena());
    const capacity = companyCapacity(t.state.config, t.company('nimbus')).capacityCu;
    expect(capacity).toBeGreaterThan(0);
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nimbus',
      terms: [
        terms.compute('nimbus', 'frontier', capacity, 3000, 4),
        terms.compute('nimbus', 'frontier', capacity, 3000, 4),
      ],
    });
    expect(error.code).toBe('deal/notEnoughCapacity');
  });

  it("cannot reserve a chip's whole supply twice", () => {
    const t = new Table(quietArena());
    const site = firstSite(t, 'frontier');
    const wholeSupply = { kPerQuarter: 150, priceMPerK: 30, quarters: 2 }; // H100: 150k a quarter
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nvidia',
      terms: [
        terms.chips('nvidia', 'frontier', site, wholeSupply),
        terms.chips('nvidia', 'frontier', site, wholeSupply),
      ],
    });
    expect(error).toEqual({
      code: 'deal/cannotSupplyChip',
      message: 'Only 150,000 H100 a quarter are not yet reserved; the deal asks for 300,000.',
    });
  });
});

describe('refusals are one bounded sentence', () => {
  const t = new Table(quietArena());

  it('a 1 MB seat id is quoted in 40 characters', () => {
    const result = step(t.state, { type: 'turn/end', seat: 'x'.repeat(1_000_000) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(`No seat plays a company called "${'x'.repeat(40)}…".`);
    }
  });

  it('a newline in an id or a field name stays on one line', () => {
    for (const action of [
      { type: 'turn/end', seat: 'evil\nNext line' },
      { type: 'chips/startProgram', seat: 'frontier', chipId: 'a\r\nb\u2028c' },
      { type: 'turn/end', seat: 'frontier', [`${'k'.repeat(500)}\n`]: 1 },
    ]) {
      const result = step(t.state, action);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(oneBoundedLine(result.error.message), result.error.message).toBe(true);
    }
  });

  it('the attention refusal is one sentence', () => {
    const tiny = new Table(quietArena());
    for (const k of [1, 2, 3])
      tiny.act({
        type: 'chips/order',
        seat: 'frontier',
        chipId: 'h100',
        k,
        dataCenterId: firstSite(tiny, 'frontier'),
      });
    const error = tiny.refused({ type: 'finance/borrow', seat: 'frontier', amountM: 10 });
    expect(error.code).toBe('turn/noAttentionLeft');
    expect(error.message.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });

  it("a new game's seat problems are in the house's words, bounded", () => {
    const level = quietArena();
    const extraField = newGame({
      level,
      seats: [{ companyId: 'frontier', controller: { kind: 'human', name: 'A' }, ['z'.repeat(10_000)]: 1 }],
      seed: 1,
    });
    const badKind = newGame({
      level,
      seats: [{ companyId: 'frontier', controller: { kind: 'alien' } }],
      seed: 1,
    });
    const longId = newGame({
      level,
      seats: [{ companyId: `${'y'.repeat(100_000)}\n`, controller: { kind: 'human', name: 'A' } }],
      seed: 1,
    });
    const messages = [extraField, badKind, longId].map((r) => (r.ok ? 'accepted' : r.error.message));
    expect(messages[0]).toBe(`seats[0].${'z'.repeat(40)}…: is not a field of a seat.`);
    expect(messages[1]).toBe('seats[0].controller.kind: must be an object whose "kind" is human or bot.');
    expect(messages[2]).toBe(`seats[0].companyId: "${'y'.repeat(40)}…" is not a company of this level.`);
    for (const message of messages) {
      expect(message).not.toMatch(/Invalid|Expected|received/);
      expect(oneBoundedLine(message)).toBe(true);
    }
  });

  it('quote() cuts at 40 code points and escapes control characters', () => {
    expect(quote('abc')).toBe('"abc"');
    expect(clip('a\nb\tc\u0000')).toBe('a\\nb\\tc\\u0000');
    expect(clip('🙂'.repeat(41))).toBe(`${'🙂'.repeat(40)}…`);
    expect(clip('x'.repeat(40))).toBe('x'.repeat(40));
  });
});

describe('a huge terms list', () => {
  it('is refused by its length without reading a single term', () => {
    const t = new Table(quietArena());
    let reads = 0;
    const list = Array.from({ length: 10_000 }, () => terms.cash('frontier', 'stratus', 1));
    const watched = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const result = step(t.state, { type: 'deal/propose', seat: 'frontier', to: 'stratus', terms: watched });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'action/invalid', message: 'The action\'s field "terms" must hold at most 8 terms.' },
    });
    expect(reads).toBe(0);
  });
});

describe('−0', () => {
  it('is stored as 0 (JSON, and so a save, has no −0)', () => {
    const t = new Table(quietArena());
    t.act({ type: 'compute/allocate', seat: 'frontier', trainingBp: -0 });
    expect(Object.is(t.company('frontier').trainingShareBp, 0)).toBe(true);
    // Inside a deal's terms too: parseAction normalises the whole action, whatever field holds it.
    const parsed = parseAction({
      type: 'deal/propose',
      seat: 'nimbus',
      to: 'stratus',
      terms: [terms.stakeSale('stratus', 'nimbus', 'frontier', 100, -0)],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const term = parsed.action.type === 'deal/propose' ? parsed.action.terms[0] : undefined;
    expect(term?.kind === 'stakeSale' && Object.is(term.priceM, 0)).toBe(true);
  });
});

describe('a level partner called "constructor" (a valid level id)', () => {
  it('takes a compute commitment, is paid every quarter, and touches no built-in object', () => {
    const level = quietArena((l) => {
      Object.assign(l, JSON.parse(JSON.stringify(l).replaceAll('"orbital"', '"constructor"')));
    });
    const t = new Table(level);
    const id = t.propose('frontier', 'constructor', [
      terms.compute('constructor', 'frontier', 1000, 3000, 2),
      terms.cash('frontier', 'constructor', 5),
    ]);
    expect(t.deal(id).status).toBe('active');
    t.finishQuarter();
    t.finishQuarter();
    expect(t.deal(id).status).toBe('completed');
    // $5M at signing and $3M a quarter for two quarters, in the partner's own outside account.
    expect(t.state.external['npc:constructor']).toBe(5 + 3 + 3);
    expect(moneyBalance(t.state)).toBe(0);
    expect(Object.hasOwn(Object, 'cashM')).toBe(false);
  });
});
