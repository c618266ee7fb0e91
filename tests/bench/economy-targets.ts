/**
 * `npm run bench:economy`: the economy targets of issue 10, measured by playing games, each printed with
 * its measured value and PASS or MISS. A benchmark, not a test: it asserts nothing and the README quotes
 * its output. `-- --quick` plays fewer games (a smoke run; its figures are not the targets' sample sizes).
 *
 * Balance, risk and bargaining: sandbox games, the three personalities in equal numbers. Skill: a seat
 * played by each personality on the same seeds, the other seats drawn per seed. Objectives: every level,
 * seats drawn at random, and again with every seat idle. Exploits: the scripted tricks of
 * tests/support/exploits.ts on 20 seeds against the best bot in the same seat.
 */

import { decomposeVariance } from '../../src/cli/anova';
import { type GameResult, playGame } from '../../src/cli/game';
import { findLevel, levelIds } from '../../src/cli/levels';
import { parseSeatSpec, type SeatPlan } from '../../src/cli/seats';
import { planFor } from '../../src/cli/skill-vs-luck';
import { BOT_PERSONALITIES, type Level } from '../../src/core';
import { EXPLOITS, judgeExploit } from '../support/exploits';

const quick = process.argv.includes('--quick');
const N = {
  sandbox: quick ? 20 : 200,
  bargaining: 10,
  skillSeeds: quick ? 6 : 20,
  levelGames: quick ? 10 : 40,
  equalBotGames: quick ? 6 : 20,
  idleGames: quick ? 3 : 10,
  exploitSeeds: quick ? 4 : 20,
};

const level = (id: string): Level => {
  const found = findLevel(id);
  if (!found.ok) throw new Error(found.message);
  return found.level;
};
const planOf = (lvl: Level, spec: string): SeatPlan => {
  const parsed = parseSeatSpec(spec, lvl);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
};
const play = (lvl: Level, plan: SeatPlan, seeds: number): GameResult[] =>
  Array.from({ length: seeds }, (_, i) => {
    const outcome = playGame(lvl, plan, i + 1);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.result;
  });

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rows: string[] = [];
function target(area: string, what: string, measured: string, pass: boolean): void {
  const line = `${pass ? 'PASS' : 'MISS'}  ${area.padEnd(11)} ${what} — ${measured}`;
  rows.push(line);
  console.log(line);
}
const started = Date.now();
const lap = (what: string) =>
  console.log(`  (${what}: ${((Date.now() - started) / 1000).toFixed(0)} s so far)`);

// ---- balance, risk and bargaining: sandbox, balanced personalities ---------------------------------
const sandbox = level('arms-race-sandbox');
const games = play(sandbox, planOf(sandbox, 'balanced'), N.sandbox);
{
  const firsts = new Map<string, number>();
  const byRole = { lab: 0, cloud: 0 };
  const byPlayer = new Map<string, number>();
  for (const game of games) {
    const winner = game.companies[0];
    if (!winner) continue;
    firsts.set(winner.company, (firsts.get(winner.company) ?? 0) + 1);
    byRole[winner.role as 'lab' | 'cloud']++;
    byPlayer.set(winner.controller, (byPlayer.get(winner.controller) ?? 0) + 1);
  }
  const companies = sandbox.companies.map((c) => `${c.id} ${pct((firsts.get(c.id) ?? 0) / games.length)}`);
  const minShare = Math.min(...sandbox.companies.map((c) => (firsts.get(c.id) ?? 0) / games.length));
  target(
    'Balance',
    `each sandbox company first in ≥5% of ${games.length} games`,
    companies.join(', '),
    minShare >= 0.05,
  );
  target(
    'Balance',
    'labs and clouds each first in ≥25%',
    `labs ${pct(byRole.lab / games.length)}, clouds ${pct(byRole.cloud / games.length)}`,
    byRole.lab >= 0.25 * games.length && byRole.cloud >= 0.25 * games.length,
  );
  const players = BOT_PERSONALITIES.map((p) => `${p} ${pct((byPlayer.get(p) ?? 0) / games.length)}`);
  const maxPlayer = Math.max(...BOT_PERSONALITIES.map((p) => (byPlayer.get(p) ?? 0) / games.length));
  target('Balance', 'no personality wins more than 60%', players.join(', '), maxPlayer <= 0.6);

  const troubled = games.filter((g) => g.companies.some((c) => c.failed || c.rescued)).length;
  target(
    'Risk',
    'a company fails or is rescued in 5–30% of sandbox games',
    `${troubled} of ${games.length} (${pct(troubled / games.length)})`,
    troubled >= 0.05 * games.length && troubled <= 0.3 * games.length,
  );
  const finedGames = games.filter((g) => g.economy.fines + g.economy.divestitures > 0).length;
  target(
    'Risk',
    'a fine or divestiture fires in ≥10% of sandbox games',
    `${finedGames} of ${games.length} (${pct(finedGames / games.length)})`,
    finedGames >= 0.1 * games.length,
  );
  const scares = games.filter((g) => g.economy.bubbleQuarter !== null);
  const deep = scares.filter((g) => g.economy.bubbleLabDropBp >= 2000).length;
  target(
    'Risk',
    'a bubble scare cuts lab valuations ≥20% in most games where it fires',
    `${deep} of ${scares.length} scares`,
    scares.length > 0 && deep * 2 > scares.length,
  );
  const b = games.slice(0, N.bargaining);
  const proposals = b.reduce((n, g) => n + g.economy.proposals, 0);
  const countered = b.reduce((n, g) => n + g.economy.countered, 0);
  const refused = b.reduce((n, g) => n + g.economy.refused, 0);
  target(
    'Bargaining',
    `in ${b.length} sandbox games ≥10% of proposals countered, ≥5% refused`,
    `${proposals} proposals, ${pct(countered / Math.max(1, proposals))} countered, ${pct(refused / Math.max(1, proposals))} refused`,
    countered >= 0.1 * proposals && refused >= 0.05 * proposals,
  );
}
lap('sandbox');

// ---- regulation in its own level --------------------------------------------------------------------
{
  const regulators = level('regulators-at-the-gate');
  const regGames = play(regulators, planOf(regulators, 'random'), N.levelGames);
  const fined = regGames.filter((g) => g.economy.fines + g.economy.divestitures > 0).length;
  target(
    'Risk',
    'a fine or divestiture fires in ≥10% of regulators-at-the-gate games',
    `${fined} of ${regGames.length} (${pct(fined / regGames.length)})`,
    fined >= 0.1 * regGames.length,
  );
}

// ---- equal bots on the small levels ------------------------------------------------------------------
for (const id of levelIds()) {
  const lvl = level(id);
  if (id === 'test-arena' || lvl.seats.max < 2 || lvl.seats.max > 3) continue;
  const wins = new Map<string, number>();
  let total = 0;
  for (const personality of BOT_PERSONALITIES) {
    for (const game of play(lvl, planOf(lvl, personality), N.equalBotGames)) {
      const winner = game.companies[0]?.company ?? '';
      wins.set(winner, (wins.get(winner) ?? 0) + 1);
      total++;
    }
  }
  const seats = lvl.companies.slice(0, lvl.seats.max);
  const shares = seats.map((c) => `${c.id} ${pct((wins.get(c.id) ?? 0) / total)}`);
  const min = Math.min(...seats.map((c) => (wins.get(c.id) ?? 0) / total));
  target('Balance', `${id}: every seat wins ≥15% with equal bots`, shares.join(', '), min >= 0.15);
}
lap('small levels');

// ---- skill ----------------------------------------------------------------------------------------------
const skillSeats: [string, string][] = [
  ['arms-race-sandbox', 'openai'],
  ['arms-race-sandbox', 'aws'],
];
for (const id of levelIds()) {
  const lvl = level(id);
  if (id !== 'test-arena' && lvl.seats.max === 2) skillSeats.push([id, lvl.companies[0]?.id ?? '']);
}
for (const [id, seat] of skillSeats) {
  const lvl = level(id);
  const ranks = BOT_PERSONALITIES.map((p) =>
    play(lvl, planFor(lvl, seat, p), N.skillSeeds).map(
      (g) => g.companies.find((c) => c.company === seat)?.rank ?? 9,
    ),
  );
  const shares = decomposeVariance(ranks);
  target(
    'Skill',
    `${id}, ${seat}: personality explains ≥20% of rank variance over ${N.skillSeeds} seeds`,
    `player ${pct(shares.player)}, seed ${pct(shares.seed)}, interaction ${pct(shares.interaction)}`,
    shares.player >= 0.2,
  );
}
lap('skill');

// ---- objectives -------------------------------------------------------------------------------------
for (const id of levelIds()) {
  if (id === 'test-arena') continue;
  const lvl = level(id);
  const main = lvl.objectives[0];
  const share = (results: GameResult[]) => {
    const eligible = results.flatMap((g) => g.companies.filter((c) => c.mainObjective !== 'notFor'));
    return eligible.filter((c) => c.mainObjective === 'met').length / Math.max(1, eligible.length);
  };
  const bots = share(play(lvl, planOf(lvl, 'random'), N.levelGames));
  // The seats the objective is for sit idle; the others (some levels keep them for the computer) play.
  const idleSpec = lvl.companies
    .slice(0, lvl.seats.max)
    .filter((c) => !main?.role || c.role === main.role)
    .map((c) => `${c.id}=idle`)
    .join(',');
  const idle = share(play(lvl, planOf(lvl, `${idleSpec},others=random`), N.idleGames));
  const low = id === 'tutorial-compute-crunch' ? 0.2 : 0.2;
  const high = id === 'tutorial-compute-crunch' ? 1 : 0.9;
  target(
    'Objectives',
    `${id}: "${main?.text ?? '?'}" met by bots in 20–90%${high === 1 ? ' (the tutorial may be easier)' : ''}, by idle in none`,
    `bots ${pct(bots)}, idle ${pct(idle)}`,
    bots >= low && bots <= high && idle === 0,
  );
}
lap('objectives');

// ---- exploits ---------------------------------------------------------------------------------------
const seeds = Array.from({ length: N.exploitSeeds }, (_, i) => i + 1);
for (const exploit of EXPLOITS) {
  const v = judgeExploit(sandbox, exploit, seeds);
  target(
    'Exploits',
    `${exploit.id} (${exploit.text}, ${exploit.seat}) ≤ 125% of the best bot's median owners' value`,
    `${(v.exploitMedianM / 1e6).toFixed(2)}T vs ${v.bestBot} ${(v.bestBotMedianM / 1e6).toFixed(2)}T = ${(v.ratioBp / 100).toFixed(0)}%`,
    v.ratioBp <= 12500,
  );
}
lap('exploits');

const passed = rows.filter((r) => r.startsWith('PASS')).length;
console.log('');
console.log(
  `${passed} of ${rows.length} targets met${quick ? ' (quick run: smaller samples than the targets name)' : ''}.`,
);
