/**
 * `npm run sim -- --level <id> --skill-vs-luck [--seat <company>] [--games N]`: the seat is played by
 * each personality on the same N seeds while every other seat keeps the player its seed draws, then
 * the variance of that seat's final rank and owners' value is split into player, seed and interaction.
 */
import { BOT_PERSONALITIES, type Level } from '../core';
import { decomposeVariance, type VarianceShares } from './anova';
import type { GameResult } from './game';
import type { SeatPlan } from './seats';
import { runTournament } from './tournament';

export interface SkillVsLuck {
  seat: string;
  seeds: number[];
  rank: VarianceShares;
  ownersValue: VarianceShares;
  /** Per personality: mean rank and median owners' value over the seeds. */
  byPlayer: { player: string; meanRank: number; medianOwnersValueM: number; wins: number }[];
}

/** The seated companies of a plan where `seat` is played by `player` and the rest are drawn per seed. */
export function planFor(level: Level, seat: string, player: string): SeatPlan {
  const others = level.companies.filter((c) => c.id !== seat).slice(0, level.seats.max - 1);
  return {
    seats: level.companies
      .filter((c) => c.id === seat || others.includes(c))
      .map((c) => ({
        companyId: c.id,
        choice: c.id === seat ? (player as SeatPlan['seats'][number]['choice']) : 'random',
      })),
  };
}

export async function skillVsLuck(
  level: Level,
  seat: string,
  seeds: number[],
  workers: number,
): Promise<SkillVsLuck> {
  const ranks: number[][] = [];
  const owners: number[][] = [];
  const byPlayer: SkillVsLuck['byPlayer'] = [];
  for (const player of BOT_PERSONALITIES) {
    const results: GameResult[] = await runTournament({
      level,
      plan: planFor(level, seat, player),
      seeds,
      workers,
      fast: true,
    });
    const mine = results.map((game) => game.companies.find((c) => c.company === seat));
    const rankRow = mine.map((c) => c?.rank ?? level.seats.max);
    const ownersRow = mine.map((c) => c?.ownersValueM ?? 0);
    ranks.push(rankRow);
    owners.push(ownersRow);
    const sorted = [...ownersRow].sort((a, b) => a - b);
    byPlayer.push({
      player,
      meanRank: rankRow.reduce((a, b) => a + b, 0) / Math.max(1, rankRow.length),
      medianOwnersValueM: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
      wins: rankRow.filter((r) => r === 1).length,
    });
  }
  return {
    seat,
    seeds,
    rank: decomposeVariance(ranks),
    ownersValue: decomposeVariance(owners),
    byPlayer,
  };
}
