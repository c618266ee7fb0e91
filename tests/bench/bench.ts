/**
 * `npm run bench`: how fast the rules run, on this machine.
 * - step: µs per `step` over every move of several recorded bot games of the sandbox (four seats, all
 *   quarters, refused moves and turn ends included: the real mix), at least 10,000 moves. Every move is
 *   timed once per run, five runs after a warm-up; the figure is the median of the five runs' medians,
 *   printed with their spread (min–max), since one run's median swings with the machine's load. Also
 *   split into moves that do not resolve a quarter and the turn ends that do;
 * - replay: ms to replay a 32-quarter, 4-seat game of at least 1,000 actions from `newGame`, hashing the
 *   state after every quarter (median of several runs, with the spread).
 * It prints numbers and asserts nothing: a timed test would fail on a busy machine. `npm run bench --
 * --json` ends with one JSON line.
 */
import { existsSync } from 'node:fs';
import { runBotsUntilHuman } from '../../src/bots';
import { resolveSeats } from '../../src/cli/seats';
import { type Action, type GameState, hashState, type Level, newGame, step } from '../../src/core';
import { startGame } from '../support/game';
import { arenaLevel, arenaWithAttention } from '../support/levels';
import { playGame } from '../support/scripted-player';
import { benchLevel, fourSeats } from './bots';
import { browserBench } from './browser-bench';
import { savesBench } from './saves-bench';

const SEATS = ['frontier', 'meridian', 'nimbus', 'stratus'];
const SEED = 20250101;
const WARM_UP_RUNS = 3;
const TIMED_RUNS = 9;
const MIN_REPLAY_ACTIONS = 1000;
const MIN_STEP_SAMPLES = 10_000;
const STEP_RUNS = 5;

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

/**
 * Every move of whole bot games of the sandbox (seeds 1, 2, …) until there are at least 10,000, each with
 * the state it was made in. Refused moves are kept: a real game makes them too, and they cost a step.
 */
function botGameSamples(): { samples: Sample[]; games: number; level: string } {
  const level = benchLevel();
  const plan = fourSeats(level);
  const samples: Sample[] = [];
  let games = 0;
  while (samples.length < MIN_STEP_SAMPLES) {
    const seed = ++games;
    const started = newGame({ level, seats: resolveSeats(plan, seed).seats, seed });
    if (!started.ok) throw new Error(started.error.message);
    let state: GameState = started.state;
    for (const move of runBotsUntilHuman(state).moves) {
      const result = step(state, move.action);
      const after = result.ok ? result.state : state;
      samples.push({
        state,
        action: move.action,
        resolves: after.quarter !== state.quarter || after.phase !== state.phase,
      });
      state = after;
    }
  }
  return { samples, games, level: level.id };
}

/** One warm-up pass, then every sample timed once per run; returns each sample's duration (µs) per run. */
function timeSteps(samples: readonly Sample[]): number[][] {
  const runs: number[][] = [];
  for (let run = 0; run < 1 + STEP_RUNS; run++) {
    const durations = samples.map(({ state, action }) => {
      const start = nowNs();
      step(state, action);
      return elapsedUs(start);
    });
    if (run >= 1) runs.push(durations);
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

const spread = (values: readonly number[], digits = 1) =>
  `${round(Math.min(...values), digits)}–${round(Math.max(...values), digits)}`;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const { samples, games, level } = botGameSamples();
  const runs = timeSteps(samples);
  const pick = (filter: (s: Sample) => boolean) =>
    runs.map((run) => run.filter((_, i) => filter(samples[i] as Sample)));
  const runMedians = runs.map(median);
  const stepMedianUs = median(runMedians);
  const stepP99Us = median(runs.map((run) => quantile(run, 0.99)));
  const nonResolvingMedians = pick((s) => !s.resolves).map(median);
  const resolvingMedians = pick((s) => s.resolves).map(median);
  const resolving = samples.filter((s) => s.resolves).length;

  const game = replayGame();
  for (let i = 0; i < WARM_UP_RUNS; i++) replayOnce(game.level, game.actions);
  const replays = Array.from({ length: TIMED_RUNS }, () => replayOnce(game.level, game.actions));
  const replayMs = median(replays.map((r) => r.ms));
  const quarters = replays[0]?.quarters ?? 0;

  console.log(`Hyperscale rules benchmark (Node ${process.version})`);
  console.log(
    `step, every move of ${games} four-seat bot games of ${level}: ${samples.length} moves (${resolving} resolve a quarter), ${STEP_RUNS} runs after a warm-up`,
  );
  console.log(
    `  median ${round(stepMedianUs)} µs (the ${STEP_RUNS} runs: ${spread(runMedians)})   p99 ${round(stepP99Us)} µs   (target: median ≤ 20 µs)`,
  );
  console.log(
    `  moves that do not resolve: median ${round(median(nonResolvingMedians))} µs (${spread(nonResolvingMedians)})`,
  );
  console.log(
    `  turn ends that resolve a quarter: median ${round(median(resolvingMedians))} µs (${spread(resolvingMedians, 0)})`,
  );
  if (game.level.id !== arenaLevel().id)
    console.log(
      `replay: the scripted game makes only ${game.actionsAtLevelAttention} actions at the arena's ${arenaLevel().actionsPerQuarter} actions a quarter, so it is generated on a copy of the arena (${game.level.id}) with ${game.level.actionsPerQuarter} a quarter`,
    );
  console.log(
    `replay, 4 seats, ${quarters} quarters, ${game.actions.length} actions, a hash per quarter: ${round(replayMs)} ms (${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-ups: ${spread(replays.map((r) => r.ms))}; target: ≤ 100 ms)`,
  );

  const figures: Record<string, unknown> = {
    stepMedianUs: round(stepMedianUs),
    stepMedianMinUs: round(Math.min(...runMedians)),
    stepMedianMaxUs: round(Math.max(...runMedians)),
    stepP99Us: round(stepP99Us),
    stepNonResolvingMedianUs: round(median(nonResolvingMedians)),
    stepResolvingMedianUs: round(median(resolvingMedians)),
    stepSamples: samples.length,
    stepRuns: STEP_RUNS,
    stepGames: games,
    stepLevel: level,
    replayMs: round(replayMs),
    replayMinMs: round(Math.min(...replays.map((r) => r.ms))),
    replayMaxMs: round(Math.max(...replays.map((r) => r.ms))),
    replayActions: game.actions.length,
    replayQuarters: quarters,
    replayActionsPerQuarter: game.level.actionsPerQuarter,
  };
  // The saves' and the browser's figures (the browser's need a Chromium: --no-browser skips them).
  const saves = savesBench();
  Object.assign(figures, { shareLinkChars: saves.shareLinkChars, saveLoadMs: saves.saveLoadMs });
  if (!process.argv.includes('--no-browser'))
    Object.assign(figures, await browserBench(console.log, saves.savePath));
  if (json) {
    Object.assign(figures, await extraBenchmarks());
    console.log(JSON.stringify(figures));
  }
}

await main();
