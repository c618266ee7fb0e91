/**
 * Skill versus luck as a two-way decomposition of variance: one observation per (player, seed) cell, so
 * the total sum of squares splits exactly into the player's main effect, the seed's main effect and
 * what is left, their interaction (with one game per cell it cannot be told apart from noise, which is
 * the point: it is the part no consistent choice of play explains). Shares add up to 1.
 */

export interface VarianceShares {
  player: number;
  seed: number;
  interaction: number;
  /** Total sum of squares; 0 when every game gave the same figure (then every share is 0). */
  totalSs: number;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** `table[p][s]` is the figure for player p on seed s; every row must have the same length. */
export function decomposeVariance(table: readonly (readonly number[])[]): VarianceShares {
  const players = table.length;
  const seeds = table[0]?.length ?? 0;
  if (players === 0 || seeds === 0 || table.some((row) => row.length !== seeds))
    throw new Error('decomposeVariance needs a full table: one figure per player and seed');
  const all = table.flat();
  const grand = mean(all);
  const playerMeans = table.map((row) => mean(row));
  const seedMeans = Array.from({ length: seeds }, (_, s) => mean(table.map((row) => row[s] ?? 0)));
  const totalSs = all.reduce((sum, x) => sum + (x - grand) ** 2, 0);
  const playerSs = seeds * playerMeans.reduce((sum, m) => sum + (m - grand) ** 2, 0);
  const seedSs = players * seedMeans.reduce((sum, m) => sum + (m - grand) ** 2, 0);
  const interactionSs = Math.max(0, totalSs - playerSs - seedSs);
  if (totalSs <= 1e-12) return { player: 0, seed: 0, interaction: 0, totalSs: 0 };
  return {
    player: playerSs / totalSs,
    seed: seedSs / totalSs,
    interaction: interactionSs / totalSs,
    totalSs,
  };
}
