/**
 * The commitments objective: a cloud meets it when the take-or-pay compute it has signed to provide adds
 * up to the bar — every quarter of every commitment, counted at signing — and not on a proposal alone.
 */
import { describe, expect, it } from 'vitest';
import type { Term } from '../../../src/core';
import { commitmentsWonM } from '../../../src/core/resolve/objectives';
import { quietArena, Table } from '../../support/deal-fixtures';

// 100,000 CU a quarter at $3,000 for 8 quarters: $2,400M in all.
const commitment = (provider: string): Term[] => [
  {
    kind: 'computeCommitment',
    provider,
    buyer: 'frontier',
    cuPerQuarter: 100_000,
    pricePerCu: 3000,
    quarters: 8,
  },
];

const level = () =>
  quietArena((l) => {
    // Added after the arena's own objectives, whose figures its sources list by index.
    l.objectives.push(
      { id: 'win-2b', kind: 'commitmentsWonAtLeast', text: 'Sign $2B.', role: 'cloud', amount: 2000 },
      { id: 'win-3b', kind: 'commitmentsWonAtLeast', text: 'Sign $3B.', role: 'cloud', amount: 3000 },
    );
  });

describe('commitmentsWonAtLeast', () => {
  it('counts the whole value of a signed commitment and meets the bars it reaches', () => {
    const table = new Table(level());
    const dealId = table.propose('frontier', 'nimbus', commitment('nimbus'));
    expect(commitmentsWonM(table.state, 'nimbus')).toBe(0); // a proposal wins nothing yet
    while (table.active !== 'nimbus') table.endTurn();
    table.act({ type: 'deal/accept', seat: 'nimbus', dealId });
    expect(commitmentsWonM(table.state, 'nimbus')).toBe(2400);
    expect(commitmentsWonM(table.state, 'stratus')).toBe(0);
    table.finishQuarter();
    expect(table.company('nimbus').objectivesMet['win-2b']).toBe(0); // met in the quarter it was signed
    expect(table.company('nimbus').objectivesMet['win-3b']).toBeUndefined();
    expect(table.company('stratus').objectivesMet['win-2b']).toBeUndefined();
  });
});
