import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core';
import { describeEffect, describeEffects } from '../../../src/ui/help/describe-effects';

const level = JSON.parse(
  readFileSync(new URL('../../../levels/regulators-at-the-gate.json', import.meta.url), 'utf8'),
) as Level;
const names = { regions: level.regions, partners: level.partners };

describe('event options in plain sentences', () => {
  it('says what each effect of an option does, with its amounts and units', () => {
    expect(describeEffect({ kind: 'cash', amountM: -1500 }, names)).toBe(
      'You pay $1.5B; what you cannot pay is owed at once.',
    );
    expect(describeEffect({ kind: 'scrutiny', delta: -40 }, names)).toBe(
      'Your regulatory scrutiny falls by 40 points.',
    );
    expect(describeEffect({ kind: 'riskDiscount', bp: 800, quarters: 2 }, names)).toBe(
      'Investors mark your valuation down 8% for 2 quarters.',
    );
    expect(describeEffect({ kind: 'sentiment', deltaBp: 500 }, names)).toContain('rises by 5%');
  });

  it('names regions and partners as the level does', () => {
    const region = level.regions[0];
    if (!region) throw new Error('level without regions');
    expect(describeEffect({ kind: 'regionPower', regionId: region.id, mw: 500 }, names)).toBe(
      `${region.name}’s grid gains 500 MW of power.`,
    );
  });

  it('says so when an option changes nothing', () => {
    expect(describeEffects([], names)).toEqual(['Nothing changes now.']);
  });

  it('describes every option of every event in the shipped levels', () => {
    const card = level.events.find((e) => e.choice);
    const options = card?.choice?.options ?? [];
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) {
      for (const sentence of describeEffects(option.effects, names)) expect(sentence).toMatch(/^[A-Z$].+\.$/);
    }
  });
});
