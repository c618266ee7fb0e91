import { describe, expect, it } from 'vitest';
import { idlePlayer, playerNamed, randomLegalPlayer, runBotsUntilHuman } from '../../../src/bots';
import { levelIds } from '../../../src/cli/levels';
import { parseSeatSpec, resolveSeats } from '../../../src/cli/seats';
import { newGame } from '../../../src/core';
import { level } from './helpers';

describe('bots play every level in levels/ to the end', () => {
  it.each(levelIds())('%s: every seat a bot, the game ends with a ranking and no rule errors', (id) => {
    const lvl = level(id);
    const plan = parseSeatSpec('random', lvl);
    if (!plan.ok) throw new Error(plan.message);
    const started = newGame({ level: lvl, seats: resolveSeats(plan.plan, 7).seats, seed: 7 });
    if (!started.ok) throw new Error(started.error.message);
    const run = runBotsUntilHuman(started.state);
    expect(run.state.phase).toBe('over');
    expect(run.state.quarter).toBe(lvl.quarters - 1);
    expect(run.state.ranking).toHaveLength(plan.plan.seats.length);
    // Illegal moves are refused by the rules and cost nothing; a failure inside the rules would be a bug.
    const internal = run.moves.filter((m) => !m.ok && /inside the rules/.test(m.note ?? ''));
    expect(internal).toEqual([]);
    expect(run.reports).toHaveLength(lvl.quarters);
  });
});

describe('the baselines', () => {
  it('idle does nothing but end its turn (and answer events it must)', () => {
    const lvl = level('test-arena');
    const started = newGame({
      level: lvl,
      seats: [
        { companyId: 'frontier', controller: { kind: 'human', name: 'idle' } },
        { companyId: 'nimbus', controller: { kind: 'bot', personality: 'builder' } },
      ],
      seed: 3,
    });
    if (!started.ok) throw new Error(started.error.message);
    const run = runBotsUntilHuman(started.state, { players: { frontier: idlePlayer } });
    const types = new Set(run.moves.filter((m) => m.seat === 'frontier').map((m) => m.action.type));
    expect([...types].every((t) => t === 'turn/end' || t === 'event/choose')).toBe(true);
    expect(run.state.phase).toBe('over');
  });

  it('random-legal tries many kinds of moves; the rules keep the legal ones', () => {
    const lvl = level('test-arena');
    const started = newGame({
      level: lvl,
      seats: [
        { companyId: 'frontier', controller: { kind: 'human', name: 'random-legal' } },
        { companyId: 'nimbus', controller: { kind: 'human', name: 'random-legal' } },
      ],
      seed: 4,
    });
    if (!started.ok) throw new Error(started.error.message);
    const run = runBotsUntilHuman(started.state, {
      players: { frontier: randomLegalPlayer, nimbus: playerNamed('random-legal') },
    });
    const accepted = new Set(run.moves.filter((m) => m.ok).map((m) => m.action.type));
    expect(accepted.size).toBeGreaterThan(5);
    expect(run.moves.some((m) => !m.ok)).toBe(true);
  });
});
