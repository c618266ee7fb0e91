import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  type Action,
  type GameState,
  hashState,
  newGame,
  parseLevel,
  replaySave,
  type Save,
  SaveRecorder,
  step,
} from '../../src/core/index';
import { bundleForPage, repoRoot } from './support/bundle';

/**
 * Determinism across engines: a game recorded in Node replays in Chromium to the same state hash after
 * every quarter. The rules are bundled on their own (no Phaser, no DOM) and run in a blank page.
 */

const levelJson: unknown = JSON.parse(readFileSync(resolve(repoRoot, 'levels/test-arena.json'), 'utf8'));

/** A busy 4-seat game: chip orders, builds, raises, a signed deal and event choices every quarter. */
function recordGame(): { save: Save; hashes: string[] } {
  const started = newGame({
    level: levelJson,
    seats: ['frontier', 'meridian', 'nimbus', 'stratus'].map((companyId) => ({
      companyId,
      controller: { kind: 'human', name: companyId },
    })),
    seed: 20251103,
  });
  if (!started.ok) throw new Error(started.error.message);
  let state: GameState = started.state;
  const recorder = SaveRecorder.forGame(state);
  const hashes: string[] = [];
  const play = (action: Action) => {
    const result = step(state, action);
    if (!result.ok) return;
    state = result.state;
    recorder.record(action, state, result.report);
    if (result.report) hashes.push(hashState(state));
  };
  while (state.phase !== 'over') {
    const seat = state.seats[state.activeSeat]?.companyId ?? '';
    const company = state.companies[seat];
    if (!company) break;
    for (const pending of company.pendingChoices)
      play({
        type: 'event/choose',
        seat,
        eventId: pending.eventId,
        optionId: firstOption(state, pending.eventId),
      });
    const site = company.dataCenters[0];
    if (site)
      play({ type: 'chips/order', seat, chipId: 'b200', k: 10 + (state.quarter % 7), dataCenterId: site.id });
    if (state.quarter % 4 === 1) play({ type: 'datacenter/build', seat, regionId: 'texas', mw: 100 });
    if (state.quarter === 2 && seat === 'frontier')
      play({
        type: 'deal/propose',
        seat,
        to: 'nimbus',
        terms: [
          {
            kind: 'computeCommitment',
            provider: 'nimbus',
            buyer: 'frontier',
            cuPerQuarter: 100000,
            pricePerCu: 3000,
            quarters: 6,
          },
        ],
      });
    for (const deal of state.deals)
      if (deal.status === 'proposed' && deal.to === seat)
        play({ type: 'deal/accept', seat, dealId: deal.id });
    if (company.cashM < 5000) play({ type: 'finance/raiseEquity', seat, amountM: 3000 });
    play({ type: 'turn/end', seat });
  }
  return { save: recorder.toSave(), hashes };
}

function firstOption(state: GameState, eventId: string): string {
  return state.config.events.find((e) => e.id === eventId)?.choice?.options[0]?.id ?? '';
}

test('a game recorded in Node replays in Chromium to the same hash every quarter', async ({ page }) => {
  const { save, hashes } = recordGame();
  expect(hashes.length).toBe(32);
  const level = parseLevel(levelJson);
  if (!level.ok) throw new Error('test-arena does not validate');
  const inNode = replaySave(save, level.level);
  expect(inNode.ok && inNode.quarterHashes).toEqual(hashes);

  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setContent('<!doctype html><title>determinism</title>');
  await page.addScriptTag({ content: await bundleForPage('src/core/index.ts', 'HyperscaleCore') });
  const inBrowser = await page.evaluate(
    ({ save, level }) => {
      const core = (window as unknown as { HyperscaleCore: { replaySave: typeof replaySave } })
        .HyperscaleCore;
      const result = core.replaySave(save, level);
      return result.ok ? { ok: true, hashes: result.quarterHashes } : { ok: false, message: result.message };
    },
    { save, level: level.level },
  );
  expect(pageErrors).toEqual([]);
  expect(inBrowser).toEqual({ ok: true, hashes });
});
