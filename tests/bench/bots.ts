/**
 * Bot and simulator benchmarks (issue 6). `botBenchmarks()` is what `npm run bench` adds to its JSON:
 * - botQuarterMedianMs: the median time one bot takes to decide a whole quarter (its `decideTurn`),
 *   over every seat and quarter of a few seeded games of the sandbox level;
 * - simGamesPerSec: full games (4 seats, every quarter) per second, on every core, as `npm run sim
 *   -- --games 1000` plays them (worker start-up included; about a minute).
 * Run alone: `npx tsx tests/bench/bots.ts` prints the same figures. Benchmarks print numbers; they do
 * not assert (a loaded machine would make a timed test flaky).
 */
import { fileURLToPath } from 'node:url';
import { botRng, decideTurn, playBotTurn } from '../../src/bots';
import { findLevel, levelIds } from '../../src/cli/levels';
import { parseSeatSpec, resolveSeats, type SeatPlan } from '../../src/cli/seats';
import { defaultWorkers, runTournament } from '../../src/cli/tournament';
import { type GameState, type Level, newGame } from '../../src/core';

export interface BotBenchmarks {
  botQuarterMedianMs: number;
  simGamesPerSec: number;
  level: string;
  decisionsTimed: number;
  gamesPlayed: number;
  workers: number;
}

/** The sandbox once it exists, else the test arena. */
export function benchLevel(): Level {
  const id = levelIds().includes('arms-race-sandbox') ? 'arms-race-sandbox' : 'test-arena';
  const found = findLevel(id);
  if (!found.ok) throw new Error(found.message);
  return found.level;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Four seats, as the throughput target states: the level's first four companies, personalities drawn from the seed. */
export function fourSeats(level: Level): SeatPlan {
  const spec = `${level.companies
    .slice(0, 4)
    .map((c) => `${c.id}=random`)
    .join(',')},others=none`;
  const plan = parseSeatSpec(spec, level);
  if (!plan.ok) throw new Error(plan.message);
  return plan.plan;
}

/** Times every bot decision of `games` seeded games (each decision repeated to rise above the timer's grain). */
export function timeBotQuarters(level: Level, games = 4, repeats = 5): number[] {
  const plan = fourSeats(level);
  const samples: number[] = [];
  for (let seed = 1; seed <= games; seed++) {
    const started = newGame({ level, seats: resolveSeats(plan, seed).seats, seed });
    if (!started.ok) throw new Error(started.error.message);
    let state: GameState = started.state;
    while (state.phase === 'acting') {
      const seat = state.seats[state.activeSeat];
      if (seat?.controller.kind !== 'bot') break;
      const personality = seat.controller.personality;
      const t0 = performance.now();
      for (let i = 0; i < repeats; i++)
        decideTurn(state, seat.companyId, botRng(state, seat.companyId), personality);
      samples.push((performance.now() - t0) / repeats);
      state = playBotTurn(state, seat.companyId).state;
    }
  }
  return samples;
}

export async function botBenchmarks(
  options: { games?: number; workers?: number } = {},
): Promise<BotBenchmarks> {
  const level = benchLevel();
  const samples = timeBotQuarters(level);
  // The target's own case: a teacher's 1,000-game tournament (worker start-up and warm-up included).
  const games = options.games ?? 1000;
  const workers = options.workers ?? defaultWorkers();
  const seeds = Array.from({ length: games }, (_, i) => 1000 + i);
  const t0 = performance.now();
  await runTournament({ level, plan: fourSeats(level), seeds, workers, fast: true });
  const seconds = (performance.now() - t0) / 1000;
  return {
    botQuarterMedianMs: Math.round(median(samples) * 1000) / 1000,
    simGamesPerSec: Math.round((games / seconds) * 10) / 10,
    level: level.id,
    decisionsTimed: samples.length,
    gamesPlayed: games,
    workers,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const games = Number(process.argv[2] ?? 40);
  botBenchmarks({ games }).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
