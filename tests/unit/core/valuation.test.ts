import { describe, expect, it } from 'vitest';
import type { CompanyState, Level } from '../../../src/core';
import { riskDiscount, type ValuationInputs, valueCompany } from '../../../src/core/model/valuation';
import { companyOf, startGame } from '../../support/game';
import { arenaLevel, tinyLevel } from '../../support/levels';

// Tiny level: labs start at 10× revenue, +1× per 10 points of growth, +0.3× per point of capability lead
// (a third of that off per point behind), at most 60×; each capability point is worth $10M on its own.

const level: Level = tinyLevel();
const labA = (): CompanyState => structuredClone(companyOf(startGame(level), 'lab-a'));

function value(edit: (company: CompanyState) => void = () => {}, inputs: Partial<ValuationInputs> = {}) {
  const company = labA();
  edit(company);
  return valueCompany(company, {
    level,
    sentimentBp: 10000,
    bestRivalCapability: company.capability,
    stakesValueM: 0,
    operatingCashFlowM: 100,
    extraRiskBp: 0,
    takeOrPayNextYearM: 0,
    ...inputs,
  });
}

describe('the valuation multiple', () => {
  it.each([
    { name: 'flat revenue', history: [500, 500, 500, 500, 500], multipleTenths: 100 },
    { name: 'revenue doubled in a year', history: [250, 300, 350, 400, 500], multipleTenths: 100 + 100 },
    { name: 'revenue halved in a year', history: [1000, 900, 800, 600, 500], multipleTenths: 100 - 50 },
  ])('moves with year-on-year growth: $name', ({ history, multipleTenths }) => {
    expect(value((c) => (c.revenueHistoryM = history)).multipleTenths).toBe(multipleTenths);
  });

  it.each([
    { rival: 100, lead: 0, multipleTenths: 100 },
    { rival: 50, lead: 50, multipleTenths: 100 + 150 },
    { rival: 150, lead: -50, multipleTenths: 100 - 50 }, // trailing costs a third of the lead weight
    { rival: -500, lead: 100, multipleTenths: 100 + 300 }, // the lead counts up to 100 points
  ])('rises with the capability lead over the best rival (lead $lead)', ({ rival, lead, multipleTenths }) => {
    const parts = value(undefined, { bestRivalCapability: rival });
    expect(parts.leadPoints).toBe(lead);
    expect(parts.multipleTenths).toBe(multipleTenths);
  });

  it("is capped at the level's maximum multiple", () => {
    const parts = value((c) => (c.revenueHistoryM = [1, 1, 1, 1, 500]), { bestRivalCapability: 0 });
    expect(parts.multipleTenths).toBe(600);
  });
});

describe('what the multiple is applied to', () => {
  it('scales operating and capability value with market sentiment', () => {
    const neutral = value();
    const hot = value(undefined, { sentimentBp: 12000 });
    const cold = value(undefined, { sentimentBp: 8000 });
    expect(hot.operatingValueM).toBe(Math.round(neutral.operatingValueM * 1.2));
    expect(cold.operatingValueM).toBe(Math.round(neutral.operatingValueM * 0.8));
    expect(hot.capabilityValueM).toBeGreaterThan(neutral.capabilityValueM);
    expect(hot.totalM).toBeGreaterThan(neutral.totalM);
    expect(cold.totalM).toBeLessThan(neutral.totalM);
  });

  it('adds value for capability itself, so a lab can be worth far more than its revenue multiple', () => {
    const parts = value();
    expect(parts.capabilityValueM).toBe(100 * 10);
    expect(parts.totalM).toBe(parts.operatingValueM + parts.capabilityValueM + parts.netCashM);
  });

  it("adds stakes in other companies at their share of the others' own value", () => {
    const state = startGame(level);
    const lab = companyOf(state, 'lab-a');
    const standalone = lab.valuation.totalM - lab.valuation.stakesValueM;
    expect(companyOf(state, 'cloud-a').valuation.stakesValueM).toBe(Math.round(standalone * 0.2));
    expect(companyOf(state, 'cloud-b').valuation.stakesValueM).toBe(0);
  });

  it('values a company that owes more than it is worth at zero, never below', () => {
    expect(
      value((c) => c.loans.push({ id: 1, principalM: 10_000_000, rateBp: 0, maturityQuarter: 9 })).totalM,
    ).toBe(0);
  });
});

describe('the risk discount', () => {
  const company = (edit: (c: CompanyState) => void) => {
    const c = labA();
    edit(c);
    return c;
  };
  it.each([
    { name: 'cash-flow positive', edit: () => {}, flowM: 100, discountBp: 0 },
    {
      name: 'under two quarters of runway',
      edit: (c: CompanyState) => (c.cashM = 1500),
      flowM: -1000,
      discountBp: 3000,
    },
    {
      name: 'under a year of runway',
      edit: (c: CompanyState) => (c.cashM = 3500),
      flowM: -1000,
      discountBp: 1500,
    },
    {
      name: 'a year of runway or more',
      edit: (c: CompanyState) => (c.cashM = 4000),
      flowM: -1000,
      discountBp: 0,
    },
    {
      name: 'debt above half of assets and cash',
      edit: (c: CompanyState) => c.loans.push({ id: 1, principalM: 6000, rateBp: 0, maturityQuarter: 9 }),
      flowM: 100,
      discountBp: 1000,
    },
    {
      name: 'debt above assets and cash',
      edit: (c: CompanyState) => c.loans.push({ id: 1, principalM: 20_000, rateBp: 0, maturityQuarter: 9 }),
      flowM: 100,
      discountBp: 2500,
    },
    {
      name: 'in distress',
      edit: (c: CompanyState) => (c.status = 'distressed'),
      flowM: 100,
      discountBp: 4000,
    },
  ])('$name: $discountBp bp', ({ edit, flowM, discountBp }) => {
    expect(riskDiscount(company(edit), flowM)).toBe(discountBp);
  });

  it('cuts value, and adds outside risk (inquiries, events) up to 80% at most', () => {
    const calm = value();
    const risky = value(undefined, { extraRiskBp: 2000 });
    expect(risky.riskDiscountBp).toBe(2000);
    expect(risky.operatingValueM).toBe(Math.round(calm.operatingValueM * 0.8));
    expect(value((c) => (c.status = 'distressed'), { extraRiskBp: 9000 }).riskDiscountBp).toBe(8000);
  });
});

describe("the arena's starting valuations match the article", () => {
  it('values the leading lab near $500B on about $13B of yearly revenue', () => {
    // Seed article: "~$500B on $13B"; FACTS.md: $500B (Aug 2025 share sale), 2025 revenue ~$13B.
    const frontier = companyOf(startGame(arenaLevel()), 'frontier');
    expect(frontier.valuation.revenueRunRateM).toBe(13_000);
    expect(frontier.valuationM).toBeGreaterThan(400_000);
    expect(frontier.valuationM).toBeLessThan(650_000);
  });
});
