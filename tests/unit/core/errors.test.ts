/**
 * Every error code the rules can produce is produced here by a real situation, and every message reads
 * as a sentence a player understands. A new code without a row in this table fails the last test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  type ErrorCode,
  type GameError,
  type GameState,
  type Level,
  newGame,
  step,
} from '../../../src/core';
import { act, finishQuarter, passUntil, patch, refused, siteIds, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

const tiny = () => startGame(tinyLevel());
const site = (state: GameState, id: string) => siteIds(state, id)[0] ?? -1;
const cash = (payer: string, payee: string, amountM: number) => [
  { kind: 'cash' as const, payer, payee, amountM },
];

/** A level whose first quarter opens with a choice for every lab. */
const withChoiceEvent = (): Level =>
  tinyLevel((level) => {
    level.events = [
      {
        id: 'hearing',
        title: 'A hearing',
        text: 'Lawmakers want answers.',
        source: 'Test card.',
        window: { from: 1, to: 1 },
        probabilityBp: 10000,
        repeatable: false,
        target: 'allLabs',
        effects: [],
        choice: {
          prompt: 'Testify?',
          options: [
            { id: 'yes', label: 'Testify', explanation: 'Go.', effects: [] },
            { id: 'no', label: 'Decline', explanation: 'Stay away.', effects: [] },
          ],
        },
      },
    ];
  });

/** Lab A proposes a $1M payment to Lab B; Lab B may answer at any time. */
const proposal = () => {
  const state = act(tiny(), {
    type: 'deal/propose',
    seat: 'lab-a',
    to: 'lab-b',
    terms: cash('lab-a', 'lab-b', 1),
  });
  return { state, dealId: state.deals.at(-1)?.id ?? -1 };
};

const SCENARIOS: Record<ErrorCode, () => GameError> = {
  'action/invalid': () => refused(tiny(), { type: 'chips/steal', seat: 'lab-a' }),
  'game/over': () =>
    refused(finishQuarter(startGame(tinyLevel((l) => (l.quarters = 1)))).state, {
      type: 'turn/end',
      seat: 'lab-a',
    }),
  'turn/notYourTurn': () => refused(tiny(), { type: 'turn/end', seat: 'lab-b' }),
  'turn/choicePending': () => refused(startGame(withChoiceEvent()), { type: 'turn/end', seat: 'lab-a' }),
  'turn/noAttentionLeft': () => {
    const state = act(startGame(tinyLevel((l) => (l.actionsPerQuarter = 1))), {
      type: 'finance/borrow',
      seat: 'lab-a',
      amountM: 1,
    });
    return refused(state, { type: 'finance/borrow', seat: 'lab-a', amountM: 1 });
  },
  'turn/distressed': () => {
    const state = patch(tiny(), (draft) => {
      const lab = draft.companies['lab-a'];
      if (lab) lab.status = 'distressed';
    });
    return refused(state, { type: 'finance/borrow', seat: 'lab-a', amountM: 1 });
  },
  'company/unknown': () => refused(tiny(), { type: 'turn/end', seat: 'nobody' }),
  'company/bankrupt': () => {
    const state = patch(tiny(), (draft) => {
      const lab = draft.companies['lab-b'];
      if (lab) lab.status = 'bankrupt';
    });
    return refused(state, { type: 'turn/end', seat: 'lab-b' });
  },
  'company/wrongRole': () =>
    refused(passUntil(tiny(), 'cloud-a'), { type: 'compute/allocate', seat: 'cloud-a', trainingBp: 1 }),
  'chips/unknownType': () => {
    const state = tiny();
    return refused(state, {
      type: 'chips/order',
      seat: 'lab-a',
      chipId: 'zeta',
      k: 1,
      dataCenterId: site(state, 'lab-a'),
    });
  },
  'chips/programNotReady': () => {
    const state = passUntil(tiny(), 'cloud-a');
    return refused(state, {
      type: 'chips/order',
      seat: 'cloud-a',
      chipId: 'gamma',
      k: 1,
      dataCenterId: site(state, 'cloud-a'),
    });
  },
  'chips/programAlreadyStarted': () => {
    const state = act(passUntil(tiny(), 'cloud-a'), {
      type: 'chips/startProgram',
      seat: 'cloud-a',
      chipId: 'gamma',
    });
    return refused(state, { type: 'chips/startProgram', seat: 'cloud-a', chipId: 'gamma' });
  },
  'chips/notInHouse': () => refused(tiny(), { type: 'chips/startProgram', seat: 'lab-a', chipId: 'gamma' }),
  'chips/notEnoughChips': () => {
    const state = tiny();
    return refused(state, {
      type: 'assets/sellChips',
      seat: 'lab-a',
      dataCenterId: site(state, 'lab-a'),
      chipId: 'alpha',
      k: 51,
    });
  },
  'datacenter/notYours': () => {
    const state = tiny();
    return refused(state, {
      type: 'chips/order',
      seat: 'lab-a',
      chipId: 'alpha',
      k: 1,
      dataCenterId: site(state, 'lab-b'),
    });
  },
  'datacenter/noPower': () =>
    refused(tiny(), { type: 'datacenter/build', seat: 'lab-a', regionId: 'north', mw: 900 }),
  'datacenter/unknownRegion': () =>
    refused(tiny(), { type: 'datacenter/build', seat: 'lab-a', regionId: 'mars', mw: 1 }),
  'money/notEnoughCash': () => {
    const state = tiny();
    return refused(state, {
      type: 'chips/order',
      seat: 'lab-a',
      chipId: 'beta',
      k: 10_000,
      dataCenterId: site(state, 'lab-a'),
    });
  },
  'finance/raiseTooLarge': () =>
    refused(tiny(), { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 1_000_000 }),
  'finance/alreadyPublic': () =>
    refused(passUntil(tiny(), 'cloud-a'), { type: 'finance/ipo', seat: 'cloud-a' }),
  'finance/ipoConditions': () => refused(tiny(), { type: 'finance/ipo', seat: 'lab-a' }),
  'finance/debtLimit': () => refused(tiny(), { type: 'finance/borrow', seat: 'lab-a', amountM: 1_000_000 }),
  'finance/unknownLoan': () =>
    refused(tiny(), { type: 'finance/repay', seat: 'lab-a', loanId: 77, amountM: 1 }),
  'finance/oneRoundPerQuarter': () => {
    const state = act(tiny(), { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 100 });
    return refused(state, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 100 });
  },
  'deal/unfairPrice': () =>
    refused(tiny(), {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'lab-b',
      terms: [{ kind: 'equity', investor: 'lab-b', investee: 'lab-a', amountM: 5, stakeBp: 4000 }],
    }),
  'finance/windowShut': () =>
    refused(
      patch(tiny(), (draft) => {
        draft.market.sentimentBp = 6000;
      }),
      { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 100 },
    ),
  'finance/notDistressed': () =>
    refused(tiny(), { type: 'finance/emergencyRaise', seat: 'lab-a', amountM: 1 }),
  'deal/unknown': () => refused(tiny(), { type: 'deal/accept', seat: 'lab-a', dealId: 999 }),
  'deal/unknownParty': () =>
    refused(tiny(), { type: 'deal/propose', seat: 'lab-a', to: 'nobody', terms: cash('lab-a', 'nobody', 1) }),
  'deal/badParties': () =>
    refused(tiny(), { type: 'deal/propose', seat: 'lab-a', to: 'lab-a', terms: cash('lab-a', 'lab-a', 1) }),
  'deal/notRecipient': () => {
    const { state, dealId } = proposal();
    return refused(state, { type: 'deal/accept', seat: 'lab-a', dealId });
  },
  'deal/notOpen': () => {
    const { state, dealId } = proposal();
    const answered = act(state, { type: 'deal/refuse', seat: 'lab-b', dealId });
    return refused(answered, { type: 'deal/accept', seat: 'lab-b', dealId });
  },
  'deal/tooManyRounds': () => {
    let { state, dealId } = proposal();
    // Lab B and Lab A counter each other until the negotiation runs out of rounds.
    for (let round = 1; ; round++) {
      const seat = round % 2 === 1 ? 'lab-b' : 'lab-a';
      const result = step(state, {
        type: 'deal/counter',
        seat,
        dealId,
        terms: cash('lab-a', 'lab-b', round + 1),
      });
      if (!result.ok) return result.error;
      state = result.state;
      dealId = state.deals.at(-1)?.id ?? -1;
    }
  },
  'deal/cannotPay': () =>
    refused(tiny(), {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'lab-b',
      terms: cash('lab-a', 'lab-b', 9_000_000),
    }),
  'deal/notEnoughShares': () =>
    refused(tiny(), {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'lab-b',
      terms: [
        { kind: 'stakeSale', seller: 'lab-a', buyer: 'lab-b', companyId: 'cloud-a', stakeBp: 100, priceM: 1 },
      ],
    }),
  'deal/notEnoughCapacity': () =>
    refused(tiny(), {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'lab-b',
      terms: [
        {
          kind: 'computeCommitment',
          provider: 'lab-b',
          buyer: 'lab-a',
          cuPerQuarter: 10,
          pricePerCu: 1,
          quarters: 1,
        },
      ],
    }),
  'deal/cannotSupplyChip': () => {
    const state = tiny();
    return refused(state, {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'lab-b',
      terms: [
        {
          kind: 'chipSupply',
          supplier: 'lab-b',
          buyer: 'lab-a',
          chipId: 'alpha',
          kPerQuarter: 1,
          priceMPerK: 1,
          quarters: 1,
          prepaymentM: 0,
          dataCenterId: site(state, 'lab-a'),
        },
      ],
    });
  },
  'deal/exclusivityConflict': () => {
    // Lab A binds itself to Cloud B, then asks Cloud A for compute.
    let state = act(tiny(), {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'cloud-b',
      terms: [{ kind: 'exclusivity', bound: 'lab-a', beneficiary: 'cloud-b', quarters: 4 }],
    });
    state = act(state, { type: 'deal/accept', seat: 'cloud-b', dealId: state.deals.at(-1)?.id ?? -1 });
    return refused(state, {
      type: 'deal/propose',
      seat: 'lab-a',
      to: 'cloud-a',
      terms: [
        {
          kind: 'computeCommitment',
          provider: 'cloud-a',
          buyer: 'lab-a',
          cuPerQuarter: 10,
          pricePerCu: 1,
          quarters: 1,
        },
      ],
    });
  },
  'deal/notTerminable': () => {
    const { state, dealId } = proposal();
    return refused(state, { type: 'deal/terminate', seat: 'lab-a', dealId });
  },
  'gov/alreadyJoined': () =>
    refused(act(tiny(), { type: 'gov/relations', seat: 'lab-a', programme: 'adviser' }), {
      type: 'gov/relations',
      seat: 'lab-a',
      programme: 'adviser',
    }),
  'event/noPendingChoice': () =>
    refused(tiny(), { type: 'event/choose', seat: 'lab-a', eventId: 'hearing', optionId: 'yes' }),
  'event/unknownOption': () =>
    refused(startGame(withChoiceEvent()), {
      type: 'event/choose',
      seat: 'lab-a',
      eventId: 'hearing',
      optionId: 'maybe',
    }),
  'setup/invalid': () => {
    const result = newGame({ level: tinyLevel(), seats: [], seed: -1 });
    if (result.ok) throw new Error('newGame accepted a game with no seats');
    return result.error;
  },
  'internal/error': () => {
    // Only a state that no game can reach gets here: step reports the failure instead of throwing.
    const broken = { ...tiny(), companies: null } as unknown as GameState;
    const result = step(broken, { type: 'turn/end', seat: 'lab-a' });
    if (result.ok) throw new Error('a broken state was accepted');
    return result.error;
  },
};

/**
 * A message a player can read: a capitalised sentence with a full stop, and no leaked programming words.
 * Setup problems use the level format's `path: what is wrong.` form instead (they name the bad field), and
 * an internal error quotes the JavaScript error it caught, so those two are checked only for the form.
 */
function readsAsSentence(code: string, message: string): boolean {
  if (code === 'setup/invalid') return /^([A-Z]|[a-z][\w.[\]]*: ).+\.$/.test(message);
  const leaks = code !== 'internal/error' && /undefined|NaN|\[object|null\b/.test(message);
  return /^["“A-Z0-9$]/.test(message) && /[.!?]$/.test(message) && !leaks;
}

describe('every error a player can meet', () => {
  it.each(Object.entries(SCENARIOS))('%s is reachable and explained in a sentence', (code, scenario) => {
    const error = scenario();
    expect(error.code).toBe(code);
    expect(readsAsSentence(code, error.message), error.message).toBe(true);
  });

  it('leaves no code untested, and declares none that nothing produces', () => {
    const source = readdirSync(new URL('../../../src/core', import.meta.url), {
      recursive: true,
      encoding: 'utf8',
    })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('result.ts'))
      .map((file) => readFileSync(new URL(`../../../src/core/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    expect(ERROR_CODES.filter((code) => !(code in SCENARIOS))).toEqual([]);
    for (const code of ERROR_CODES)
      expect(source.includes(`'${code}'`), `${code} is produced nowhere`).toBe(true);
  });

  it('changes nothing when it refuses', () => {
    const state = tiny();
    const before = JSON.stringify(state);
    const result = step(state, { type: 'finance/borrow', seat: 'lab-a', amountM: 1_000_000 });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(state)).toBe(before);
  });
});
