/** Level partners answer at once, by the policy the level states, with a one-line reason. */
import { describe, expect, it } from 'vitest';
import { addEvent, firstSite, quietArena, Table, terms } from '../../support/deal-fixtures';

const NVIDIA_REASON = 'Nvidia invests when the money comes back as orders for its chips (vendor financing).';

describe('Nvidia (a chipmaker partner)', () => {
  it('refuses an investment that does not come back as chip orders', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nvidia', [terms.equity('nvidia', 'frontier', 2000, 30)]);
    expect(t.lastLog.at(-1)).toBe(
      'Nvidia refused: Nvidia invests only if $2B comes back as chip purchases; this deal buys $0M.',
    );
    expect(t.deal(id)).toMatchObject({ status: 'refused' });
    expect(t.company('frontier').record.refused).toBe(1);
    expect(t.company('frontier').capTable.nvidia).toBeUndefined();
    expect(t.company('frontier').cashM).toBe(30000);
  });

  it('accepts one whose chip purchases match the investment, and signs it at once', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nvidia', [
      terms.equity('nvidia', 'frontier', 2000, 30),
      terms.chips('nvidia', 'frontier', firstSite(t, 'frontier'), {
        kPerQuarter: 20,
        priceMPerK: 30,
        quarters: 4,
      }),
    ]);
    expect(t.lastLog).toContain(`Nvidia accepts: ${NVIDIA_REASON}`);
    expect(t.deal(id).status).toBe('active');
    // 30 bp issued, plus the 2 bp the other holders' rounded-down dilution leaves to the new holder.
    expect(t.company('frontier').capTable.nvidia).toBe(32);
    expect(t.company('frontier').cashM).toBe(32000);
    expect(t.state.external['npc:nvidia']).toBe(-2000);
  });

  it('keeps to list price and to its investment limits', () => {
    const t = new Table(quietArena());
    const site = firstSite(t, 'frontier');
    const cases: [Parameters<Table['propose']>[2], string][] = [
      [
        [terms.chips('nvidia', 'frontier', site, { kPerQuarter: 10, priceMPerK: 29, quarters: 1 })],
        'Nvidia sells at list price: $30M per thousand.',
      ],
      [[terms.equity('nvidia', 'frontier', 10001, 200)], 'Nvidia invests at most $10B in one deal.'],
      [[terms.exclusivity('nvidia', 'frontier', 2)], 'Nvidia does not sign exclusivity.'],
      [[terms.cash('nvidia', 'frontier', 5)], 'Nvidia does not pay fees.'],
    ];
    for (const [dealTerms, reason] of cases) {
      t.try({ type: 'deal/propose', seat: 'frontier', to: 'nvidia', terms: dealTerms });
      expect(t.lastDeal.status).toBe('refused');
      expect(t.lastDeal.reason).toBe(reason);
      t.finishQuarter(); // one proposal a quarter fits the attention budget
    }
    // A fair price for 6% of the smaller lab is within Nvidia's $10B, so its stake limit is what refuses
    // (an unfair one would not reach Nvidia: the rules refuse it first).
    t.passTo('meridian');
    const meridianSite = firstSite(t, 'meridian');
    const fairM = Math.round((t.company('meridian').valuationM * 600) / 9400);
    expect(fairM).toBeLessThan(10_000);
    const tried = t.try({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'nvidia',
      terms: [
        terms.equity('nvidia', 'meridian', fairM, 600),
        terms.chips('nvidia', 'meridian', meridianSite, { kPerQuarter: 20, priceMPerK: 30, quarters: 4 }),
      ],
    });
    expect(tried.ok ? '' : tried.error.message).toBe('');
    expect(t.lastDeal.status).toBe('refused');
    expect(t.lastDeal.reason).toBe('Nvidia takes at most 5% of a company.');
  });
});

describe('Orbital (a cloud partner)', () => {
  it('sells committed compute at or above its floor price', () => {
    const t = new Table(quietArena());
    const low = t.propose('frontier', 'orbital', [terms.compute('orbital', 'frontier', 100_000, 2799, 4)]);
    expect(t.deal(low)).toMatchObject({
      status: 'refused',
      reason: 'Orbital Cloud sells committed compute at no less than $2800 per CU.',
    });
    const fair = t.propose('frontier', 'orbital', [terms.compute('orbital', 'frontier', 100_000, 2800, 4)]);
    expect(t.deal(fair).status).toBe('active');
    expect(t.lastLog).toContain(
      'Orbital Cloud accepts: Orbital sells committed capacity to anyone who pays at least its floor price.',
    );
  });

  it('commits no more than its stated capacity', () => {
    const t = new Table(quietArena());
    t.propose('frontier', 'orbital', [terms.compute('orbital', 'frontier', 500_000, 3000, 4)]);
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'orbital',
      terms: [terms.compute('orbital', 'frontier', 100_001, 3000, 4)],
    });
    expect(error).toEqual({
      code: 'deal/notEnoughCapacity',
      message: 'Orbital Cloud has 100,000 CU a quarter not yet committed; the deal asks for 100,001.',
    });
  });

  const offered = () =>
    new Table(
      quietArena((l) => {
        addEvent(l, {
          id: 'orbital-offer',
          target: 'leadingLab',
          effects: [
            {
              kind: 'dealOffer',
              partnerId: 'orbital',
              terms: [
                {
                  kind: 'computeCommitment',
                  provider: '@partner',
                  buyer: '@target',
                  cuPerQuarter: 400_000,
                  pricePerCu: 3200,
                  quarters: 8,
                },
              ],
            },
          ],
        });
      }),
    );

  it('answers a counter to its own offer at once: below the floor it refuses', () => {
    const t = offered();
    const offer = t.lastDeal;
    expect(offer).toMatchObject({ from: 'orbital', to: 'frontier', status: 'proposed', round: 1 });
    const tooLow = t.counter('frontier', offer.id, [terms.compute('orbital', 'frontier', 400_000, 2500, 8)]);
    expect(t.deal(tooLow)).toMatchObject({ status: 'refused', parentId: offer.id, round: 2 });
    expect(t.deal(offer.id).status).toBe('countered');
    expect(t.refused({ type: 'deal/accept', seat: 'frontier', dealId: offer.id }).code).toBe('deal/notOpen');
  });

  it('answers a counter to its own offer at once: at or above the floor it signs', () => {
    const t = offered();
    const counter = t.counter('frontier', t.lastDeal.id, [
      terms.compute('orbital', 'frontier', 400_000, 2900, 8),
    ]);
    expect(t.deal(counter).status).toBe('active');
    expect(t.state.attentionUsed).toBe(0); // a counter is an answer: it costs no attention
  });
});
