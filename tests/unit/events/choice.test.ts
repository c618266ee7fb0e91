/** An event with a choice blocks the company hit until it answers; each option has its own consequences. */
import { describe, expect, it } from 'vitest';
import { cashItem, onlyEvent, Table, terms } from '../../support/deal-fixtures';

/** test-arena with only the antitrust inquiry, fired at the start of the first quarter (it hits Frontier). */
const inquiryLevel = () => onlyEvent('antitrust-inquiry', 1);

describe('an event choice', () => {
  it('is pending for the company hit, and blocks its turn with turn/choicePending', () => {
    const t = new Table(inquiryLevel());
    const fired = t.state.events[0];
    expect(fired).toMatchObject({ eventId: 'antitrust-inquiry', targets: ['frontier'] });
    expect(fired?.effects).toEqual([
      "Frontier AI's regulatory scrutiny rises by 40 to 40.",
      'A decision is needed: How do you answer the regulators?',
    ]);
    expect(t.company('frontier').pendingChoices).toEqual([{ eventId: 'antitrust-inquiry', quarter: 0 }]);
    const blocked = {
      code: 'turn/choicePending',
      message: 'Frontier AI must first answer the event "Antitrust inquiry".',
    };
    expect(t.refused({ type: 'turn/end', seat: 'frontier' })).toEqual(blocked);
    expect(t.refused({ type: 'gov/relations', seat: 'frontier', programme: 'adviser' })).toEqual(blocked);
  });

  it('does not stop the company answering proposals, which is not a turn', () => {
    // The backlash over power use hits the largest cloud, Nimbus, which must answer before it can act.
    const t = new Table(onlyEvent('power-backlash', 1));
    expect(t.company('nimbus').pendingChoices).toHaveLength(1);
    const id = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 1000, 2500, 1)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    expect(t.deal(id).status).toBe('active');
    expect(t.company('nimbus').pendingChoices).toHaveLength(1);
  });

  it('refuses an option that does not exist: event/unknownOption', () => {
    const t = new Table(inquiryLevel());
    expect(
      t.refused({ type: 'event/choose', seat: 'frontier', eventId: 'antitrust-inquiry', optionId: 'lobby' }),
    ).toEqual({
      code: 'event/unknownOption',
      message: '"lobby" is not an option; choose one of: comply, fight, settle.',
    });
    expect(
      t.refused({ type: 'event/choose', seat: 'frontier', eventId: 'bubble-scare', optionId: 'comply' }).code,
    ).toBe('event/noPendingChoice');
  });

  it('applies the chosen option and unblocks the turn', () => {
    const t = new Table(inquiryLevel());
    const log = t.act({
      type: 'event/choose',
      seat: 'frontier',
      eventId: 'antitrust-inquiry',
      optionId: 'comply',
    });
    expect(log).toEqual([
      'Frontier AI chose "Comply and open the books" on Antitrust inquiry: Cooperation costs legal fees but calms the regulator.',
      'Frontier AI pays $200M.',
      "Frontier AI's regulatory scrutiny falls by 40 to 0.",
    ]);
    expect(t.company('frontier').pendingChoices).toEqual([]);
    expect(t.company('frontier').cashM).toBe(30000 - 200);
    expect(t.state.attentionUsed).toBe(0); // answering costs no attention
    expect(
      t.refused({ type: 'event/choose', seat: 'frontier', eventId: 'antitrust-inquiry', optionId: 'fight' })
        .code,
    ).toBe('event/noPendingChoice');
    expect(() => t.act({ type: 'gov/relations', seat: 'frontier', programme: 'adviser' })).not.toThrow();
    const report = t.finishQuarter();
    expect(cashItem(report, 'frontier', 'Antitrust inquiry')).toEqual({
      label: 'Antitrust inquiry',
      amountM: -200,
      counterparty: 'ext:government',
    });
  });

  it('each option has its own consequences', () => {
    const fight = new Table(inquiryLevel());
    fight.act({ type: 'event/choose', seat: 'frontier', eventId: 'antitrust-inquiry', optionId: 'fight' });
    expect(fight.company('frontier')).toMatchObject({
      cashM: 30000,
      scrutiny: 70,
      riskEffects: [{ bp: 800, untilQuarter: 3, reason: 'Antitrust inquiry' }],
    });
    const settle = new Table(inquiryLevel());
    settle.act({ type: 'event/choose', seat: 'frontier', eventId: 'antitrust-inquiry', optionId: 'settle' });
    expect(settle.company('frontier')).toMatchObject({ cashM: 28500, scrutiny: 0 });
  });

  it('a company hit out of turn answers in its own turn, and not before', () => {
    const t = new Table(onlyEvent('national-initiative', 1));
    for (const id of ['frontier', 'meridian', 'nimbus', 'stratus'])
      expect(t.company(id).pendingChoices).toHaveLength(1);
    expect(
      t.refused({ type: 'event/choose', seat: 'meridian', eventId: 'national-initiative', optionId: 'join' })
        .code,
    ).toBe('turn/notYourTurn');
    t.act({ type: 'event/choose', seat: 'frontier', eventId: 'national-initiative', optionId: 'decline' });
    t.act({ type: 'turn/end', seat: 'frontier' });
    expect(t.refused({ type: 'turn/end', seat: 'meridian' }).code).toBe('turn/choicePending');
    expect(
      t.act({ type: 'event/choose', seat: 'meridian', eventId: 'national-initiative', optionId: 'join' }),
    ).toEqual([
      'Meridian Labs chose "Join and contribute" on A national AI initiative: A contribution buys lasting goodwill with regulators.',
      'Meridian Labs pays $300M.',
      "Meridian Labs's government relations now relieve 10 points of scrutiny a quarter.",
    ]);
    expect(t.company('meridian').govRelations).toBe(10);
    expect(t.company('frontier').govRelations).toBe(0);
  });
});
