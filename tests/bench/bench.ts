/**
 * `npm run bench`: how fast the rules run, on this machine.
 * - step: median and p99 µs per `step` over the moves a scripted 4-seat game of the arena makes in
 *   quarters 12–20 (a realistic mid-game state and mix, turn ends included), also split into moves that
 *   do not resolve a quarter and the turn ends that do;
 * - replay: ms to replay a 32-quarter, 4-seat game of at least 1,000 actions from `newGame`, hashing the
 *   state after every quarter.
 * Each figure is the median of several timed runs after warm-up runs. It prints numbers and asserts
 * nothing: a timed test would fail on a busy machine. `npm run bench -- --json` ends with one JSON line.
 */
import { existsSync } from 'node:fs';
import { type Action, type GameState, hashState, type Level, step } from '../../src/core';
import { startGame } from '../support/game';
import { arenaLevel, arenaWithAttention } from '../support/levels';
import { playGame } from '../support/scripted-player';

const SEATS = ['frontier', 'meridian', 'nimbus', 'stratus'];
const SEED = 20250101;
const WARM_UP_RUNS = 3;
const TIMED_RUNS = 9;
const MIN_REPLAY_ACTIONS = 1000;

const nowNs = () => process.hrtime.bigint();
const elapsedUs = (from: bigint) => Number(nowNs() - from) / 1000;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const median = (values: readonly number[]) => quantile(values, 0.5);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

interface Sample {
  state: GameState;
  action: Action;
  resolves: boolean;
}

/** The moves of quarters 12–20 of a scripted game, each with the state it was made in. */
function midGameSamples(): Sample[] {
  const samples: Sample[] = [];
  let before = startGame(arenaLevel(), SEATS, SEED);
  playGame(arenaLevel(), SEATS, SEED, {
    quarters: 21,
    onAccepted: (after, action) => {
      if (before.quarter >= 12)
        samples.push({
          state: before,
          action,
          resolves: after.quarter !== before.quarter || after.phase === 'over',
        });
      before = after;
    },
  });
  return samples;
}

/** Times every sample once per run; returns each sample's duration (µs) per timed run. */
function timeSteps(samples: readonly Sample[]): number[][] {
  const runs: number[][] = [];
  for (let run = 0; run < WARM_UP_RUNS + TIMED_RUNS; run++) {
    const durations = samples.map(({ state, action }) => {
      const start = nowNs();
      const result = step(state, action);
      const us = elapsedUs(start);
      if (!result.ok) throw new Error(`a sampled move was refused: ${result.error.message}`);
      return us;
    });
    if (run >= WARM_UP_RUNS) runs.push(durations);
  }
  return runs;
}

/** The smallest attention (from the level's own) at which the scripted 4-seat game makes ≥ 1,000 moves. */
function replayGame(): { level: Level; actions: Action[]; actionsAtLevelAttention: number } {
  const base = arenaLevel();
  const atLevel = playGame(base, SEATS, SEED).actions;
  if (atLevel.length >= MIN_REPLAY_ACTIONS)
    return { level: base, actions: atLevel, actionsAtLevelAttention: atLevel.length };
  for (let attention = base.actionsPerQuarter + 1; attention <= 10; attention++) {
    const level = arenaWithAttention(attention);
    const actions = playGame(level, SEATS, SEED).actions;
    if (actions.length >= MIN_REPLAY_ACTIONS)
      return { level, actions, actionsAtLevelAttention: atLevel.length };
  }
  throw new Error(`no scripted game of the arena reaches ${MIN_REPLAY_ACTIONS} actions`);
}

function replayOnce(level: Level, actions: readonly Action[]): { ms: number; quarters: number } {
  const start = nowNs();
  let state = startGame(level, SEATS, SEED);
  const hashes: string[] = [];
  for (const action of actions) {
    const result = step(state, action);
    if (!result.ok) throw new Error(`the replay was refused: ${result.error.message}`);
    state = result.state;
    if (result.report) hashes.push(hashState(state));
  }
  return { ms: elapsedUs(start) / 1000, quarters: hashes.length };
}

/** Benchmarks other layers add to the same JSON object (the bots' one, once it exists). */
async function extraBenchmarks(): Promise<Record<string, unknown>> {
  const botsModule = new URL('./bots.ts', import.meta.url);
  if (!existsSync(botsModule)) return {};
  const { botBenchmarks } = (await import(botsModule.href)) as { botBenchmarks?: () => Promise<object> };
  return botBenchmarks ? { ...(await botBenchmarks()) } : {};
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const samples = midGameSamples();
  const runs = timeSteps(samples);
  const pick = (filter: (s: Sample) => boolean) =>
    runs.map((run) => run.filter((_, i) => filter(samples[i] as Sample)));
  const stepMedianUs = median(runs.map(median));
  const stepP99Us = median(runs.map((run) => quantile(run, 0.99)));
  const nonResolvingMedianUs = median(pick((s) => !s.resolves).map(median));
  const resolvingMedianUs = median(pick((s) => s.resolves).map(median));
  const resolving = samples.filter((s) => s.resolves).length;

  const game = replayGame();
  for (let i = 0; i < WARM_UP_RUNS; i++) replayOnce(game.level, game.actions);
  const replays = Array.from({ length: TIMED_RUNS }, () => replayOnce(game.level, game.actions));
  const replayMs = median(replays.map((r) => r.ms));
  const quarters = replays[0]?.quarters ?? 0;

  console.log(
    `Hyperscale rules benchmark (Node ${process.version}; medians of ${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs)`,
  );
  console.log(
    `step, arena 4 seats, quarters 12–20: ${samples.length} moves (${resolving} resolve a quarter)`,
  );
  console.log(`  median ${round(stepMedianUs)} µs   p99 ${round(stepP99Us)} µs   (target: median ≤ 20 µs)`);
  console.log(`  moves that do not resolve: median ${round(nonResolvingMedianUs)} µs`);
  console.log(`  turn ends that resolve a quarter: median ${round(resolvingMedianUs)} µs`);
  if (game.level.id !== arenaLevel().id)
    console.log(
      `replay: the scripted game makes only ${game.actionsAtLevelAttention} actions at the arena's ${arenaLevel().actionsPerQuarter} actions a quarter, so it is generated on a copy of the arena (${game.level.id}) with ${game.level.actionsPerQuarter} a quarter`,
    );
  console.log(
    `replay, 4 seats, ${quarters} quarters, ${game.actions.length} actions, a hash per quarter: ${round(replayMs)} ms (target: ≤ 100 ms)`,
  );

  const figures: Record<string, unknown> = {
    stepMedianUs: round(stepMedianUs),
    stepP99Us: round(stepP99Us),
    stepNonResolvingMedianUs: round(nonResolvingMedianUs),
    stepResolvingMedianUs: round(resolvingMedianUs),
    stepSamples: samples.length,
    replayMs: round(replayMs),
    replayActions: game.actions.length,
    replayQuarters: quarters,
    replayActionsPerQuarter: game.level.actionsPerQuarter,
  };
  if (json) {
    Object.assign(figures, await extraBenchmarks());
    console.log(JSON.stringify(figures));
  }
}

await main();
