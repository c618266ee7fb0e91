/**
 * Risk that bites: lenders call in loans when the assets and cash flow behind them fall away, the equity
 * window shuts in a scare, and an inquiry that still finds a company dominant after two quarters ends in a fine.
 */
import { describe, expect, it } from 'vitest';
import { lendingLimitM } from '../../../src/core/model/lending';
import { COVENANT_HEADROOM_BP, REPRICE_BP } from '../../../src/core/resolve/covenants';
import { quietArena, Table } from '../../support/deal-fixtures';
import { act, companyOf, finishQuarter, ledgerTotal, patch, refused, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

/** Lab A owes `debtM` on one loan at 8% that matures in five years. */
const indebted = (debtM: number, cashM: number) =>
  patch(startGame(tinyLevel(), ['lab-a', 'cloud-a']), (draft) => {
    const lab = draft.companies['lab-a'];
    if (!lab) return;
    lab.loans = [{ id: 900, principalM: debtM, rateBp: 800, maturityQuarter: 20 }];
    draft.external['ext:investors'] = (draft.external['ext:investors'] ?? 0) + lab.cashM - cashM;
    lab.cashM = cashM;
  });

describe('loan covenants', () => {
  it('leaves a loan alone while the debt stays within the headroom over the lending limit', () => {
    const start = indebted(1, 10_000);
    const lab = companyOf(finishQuarter(start).state, 'lab-a');
    expect(lab.loans[0]).toMatchObject({ principalM: 1, rateBp: 800 });
  });

  it('calls in the excess over the lending limit, reprices the rest, and keeps money conserved', () => {
    const start = indebted(8_000, 10_000);
    const limitM = lendingLimitM(start, companyOf(start, 'lab-a'));
    expect(8_000).toBeGreaterThan((limitM * (10000 + COVENANT_HEADROOM_BP)) / 10000);
    const { state, report } = finishQuarter(start);
    const lab = companyOf(state, 'lab-a');
    const left = lab.loans.reduce((sum, loan) => sum + loan.principalM, 0);
    expect(left).toBeLessThan(8_000);
    expect(left).toBeGreaterThanOrEqual(4_000); // at most half is called at once
    expect(lab.loans[0]?.rateBp).toBe(800 + REPRICE_BP);
    expect(report.headlines.join(' ')).toMatch(/Lenders call in \$[\d.]+[BM] of Lab A's loans\./);
    expect(ledgerTotal(state)).toBe(0);
  });

  it('puts a company that cannot pay the recall in distress', () => {
    const state = finishQuarter(indebted(8_000, 500)).state;
    const lab = companyOf(state, 'lab-a');
    expect(lab.status).toBe('distressed');
    expect(lab.arrears.some((a) => a.reason === 'Loan recalled')).toBe(true);
  });
});

describe('a scare shuts the equity window', () => {
  it('refuses an ordinary round below 75% sentiment but still allows a rescue round in distress', () => {
    const gloomy = patch(startGame(tinyLevel()), (draft) => {
      draft.market.sentimentBp = 7000;
    });
    expect(refused(gloomy, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 100 }).code).toBe(
      'finance/windowShut',
    );
    const distressed = patch(gloomy, (draft) => {
      const lab = draft.companies['lab-a'];
      if (lab) lab.status = 'distressed';
    });
    act(distressed, { type: 'finance/emergencyRaise', seat: 'lab-a', amountM: 100 });
  });
});

describe('an inquiry concludes', () => {
  /** Frontier (the leading lab of the arena) under an inquiry open for `quarters`, scrutiny below the fine threshold. */
  const underInquiry = (quarters: number) => {
    const t = new Table(quietArena());
    t.state = patch(t.state, (draft) => {
      const frontier = draft.companies.frontier;
      if (!frontier) return;
      frontier.scrutiny = 200; // above the inquiry threshold (150), below the fine threshold (300)
      frontier.inquiryOpen = true;
      frontier.inquiryQuarters = quarters;
    });
    const report = t.finishQuarter();
    return { frontier: t.company('frontier'), headlines: report.headlines.join(' ') };
  };

  it('fines a company still dominant after half a year of inquiry, below the fine threshold', () => {
    const { frontier, headlines } = underInquiry(1);
    expect(frontier.scrutiny).toBeLessThan(300);
    expect(frontier.finedThisEpisode).toBe(true);
    expect(headlines).toMatch(/Frontier AI fined \$/);
  });

  it('does not fine it while the inquiry is young', () => {
    const { frontier, headlines } = underInquiry(0);
    expect(frontier.finedThisEpisode).toBe(false);
    expect(headlines).not.toMatch(/fined/);
  });
});
