import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/app/create-store';
import type { Scheduler } from '../../../src/app/scheduler';
import { type Action, hashState, newGame, step } from '../../../src/core';

const sandbox = () =>
  JSON.parse(readFileSync(new URL('../../../levels/arms-race-sandbox.json', import.meta.url), 'utf8'));

/** Bot turns wait here until the test runs them, as the browser's task queue would. */
function manualScheduler() {
  const tasks: (() => void)[] = [];
  const schedule: Scheduler = (task) => {
    tasks.push(task);
  };
  const runAll = (limit = 10_000) => {
    for (let i = 0; i < limit && tasks.length > 0; i++) tasks.shift()?.();
  };
  return { schedule, runAll, pending: () => tasks.length };
}

const seats = [
  { companyId: 'openai', controller: { kind: 'human' as const, name: 'Ada' } },
  { companyId: 'anthropic', controller: { kind: 'bot' as const, personality: 'builder' as const } },
  { companyId: 'aws', controller: { kind: 'bot' as const, personality: 'dealmaker' as const } },
];

describe('the app store', () => {
  it('starts a game on the game screen with the one person as the viewer', () => {
    const tasks = manualScheduler();
    const store = createAppStore({ schedule: tasks.schedule });
    const refusal = store
      .getState()
      .startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    expect(refusal).toBeNull();
    const { ui, game } = store.getState();
    expect(ui.screen).toBe('game');
    expect(game.viewer).toBe('openai');
    expect(game.handoverTo).toBeNull();
    expect(game.figures.openai).toHaveLength(1);
  });

  it('refuses a setup the rules refuse, with their sentence, and stays where it was', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    const refusal = store.getState().startGame({ levelId: 'x', level: sandbox(), seats: [], seed: 1 });
    expect(refusal).toMatch(/seats/);
    expect(store.getState().ui.screen).toBe('title');
    expect(store.getState().game.state).toBeNull();
  });

  it('a refused action changes nothing but the error, in the rules’ own words', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    const before = store.getState().game.state;
    const result = store
      .getState()
      .dispatch({ type: 'datacenter/build', seat: 'openai', regionId: 'atlantis', mw: 10 });
    expect(result.ok).toBe(false);
    expect(store.getState().game.state).toBe(before);
    expect(store.getState().game.actions).toHaveLength(0);
    expect(store.getState().game.lastError).toMatch(/no region called "atlantis"/);
  });

  it('a preview is the rules’ answer and leaves the game untouched', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    const before = store.getState().game.state;
    const preview = store
      .getState()
      .preview({ type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 300 });
    expect(preview.ok && preview.log[0]).toMatch(/300 MW in West Texas .* costs \$3B/);
    expect(store.getState().game.state).toBe(before);
  });

  it('works a preview out once per state, and afresh once the state has moved on', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    const build = { type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 300 } as const;
    const first = store.getState().preview(build);
    // The same question on the same state: the same answer, not a second run of the rules.
    expect(store.getState().preview({ ...build })).toBe(first);
    expect(store.getState().preview({ ...build, mw: 200 })).not.toBe(first);
    store.getState().dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 4000 });
    const after = store.getState().preview(build);
    expect(after).not.toBe(first);
    expect(after.ok && after.state).not.toBe(first.ok && first.state);
  });

  it('plays the bots’ turns one task each and records every action, so the log replays to the same hash', () => {
    const tasks = manualScheduler();
    const store = createAppStore({ schedule: tasks.schedule });
    store.getState().setBotMode('skip');
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    const app = store.getState();
    app.dispatch({ type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 300 });
    app.dispatch({ type: 'turn/end', seat: 'openai' });
    // One task per bot turn: nothing ran yet, and the bar says who is thinking.
    expect(tasks.pending()).toBe(1);
    expect(store.getState().game.bots.thinking).toBe('anthropic');
    tasks.runAll();
    const { game } = store.getState();
    expect(game.state?.quarter).toBe(1);
    expect(game.state?.seats[game.state.activeSeat]?.companyId).toBe('openai');
    expect(game.reports).toHaveLength(1);
    expect(game.figures.openai).toHaveLength(2);

    const created = newGame({ level: sandbox(), seats, seed: 7 });
    if (!created.ok) throw new Error(created.error.message);
    let replayed = created.state;
    for (const action of game.actions) {
      const result = step(replayed, action);
      if (!result.ok) throw new Error(result.error.message);
      replayed = result.state;
    }
    expect(hashState(replayed)).toBe(hashState(game.state as never));
  });

  it('starts each bot’s turn only when the pacer says the page has shown the move before', () => {
    const tasks = manualScheduler();
    const paced: (() => void)[] = [];
    const store = createAppStore({ schedule: tasks.schedule, paceBots: (task) => paced.push(task) });
    store.getState().setBotMode('skip');
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    store.getState().dispatch({ type: 'turn/end', seat: 'openai' });
    // Anthropic is to move, but nothing is worked out until the page has drawn the person's move.
    expect(store.getState().game.bots.thinking).toBe('anthropic');
    expect(tasks.pending()).toBe(0);
    expect(paced).toHaveLength(1);
    const before = store.getState().game.actions.length;
    paced.shift()?.();
    tasks.runAll();
    // Anthropic's turn is in; AWS waits for the pacer in its turn.
    expect(store.getState().game.actions.length).toBeGreaterThan(before);
    expect(store.getState().game.bots.thinking).toBe('aws');
    expect(paced).toHaveLength(1);
    expect(tasks.pending()).toBe(0);
  });

  it('passes the device between two people, and never shows the next one’s screen before they confirm', () => {
    const tasks = manualScheduler();
    const store = createAppStore({ schedule: tasks.schedule });
    const twoHumans = [
      { companyId: 'openai', controller: { kind: 'human' as const, name: 'Ada' } },
      { companyId: 'aws', controller: { kind: 'human' as const, name: 'Grace' } },
    ];
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats: twoHumans, seed: 3 });
    expect(store.getState().game.handoverTo).toBe('openai');
    expect(store.getState().game.viewer).toBeNull();
    store.getState().confirmHandover();
    expect(store.getState().game.viewer).toBe('openai');
    store.getState().dispatch({ type: 'turn/end', seat: 'openai' });
    expect(store.getState().game.handoverTo).toBe('aws');
    store.getState().confirmHandover();
    expect(store.getState().game.viewer).toBe('aws');
  });

  it('answers a person’s proposal to a bot at once', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    const propose: Action = {
      type: 'deal/propose',
      seat: 'openai',
      to: 'aws',
      terms: [{ kind: 'cash', payer: 'openai', payee: 'aws', amountM: 100 }],
    };
    const result = store.getState().dispatch(propose);
    expect(result.ok).toBe(true);
    const deal = store.getState().game.state?.deals.find((d) => d.from === 'openai' && d.to === 'aws');
    // $100M for nothing: a bot takes it, and its answer is recorded after the proposal.
    expect(deal?.status).toBe('active');
    expect(store.getState().game.actions.map((a) => a.type)).toEqual(['deal/propose', 'deal/accept']);
  });

  it('shows the final ranking when the game is over', () => {
    const tasks = manualScheduler();
    const store = createAppStore({ schedule: tasks.schedule });
    const level = JSON.parse(
      readFileSync(new URL('../../../levels/tutorial-compute-crunch.json', import.meta.url), 'utf8'),
    );
    store.getState().startGame({
      levelId: level.id,
      level,
      seats: [{ companyId: 'openai', controller: { kind: 'human', name: 'Ada' } }],
      seed: 1,
    });
    for (let q = 0; q < level.quarters; q++) {
      expect(store.getState().ui.screen).toBe('game');
      store.getState().dispatch({ type: 'turn/end', seat: 'openai' });
      tasks.runAll();
    }
    expect(store.getState().game.state?.phase).toBe('over');
    expect(store.getState().ui.screen).toBe('ranking');
  });
});

describe('undo', () => {
  it('takes back the person’s own moves, one at a time, and never a bot’s', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    store.getState().startGame({ levelId: 'arms-race-sandbox', level: sandbox(), seats, seed: 7 });
    const start = store.getState().game.state;
    store.getState().dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 3000 });
    const afterSplit = store.getState().game.state;
    store.getState().dispatch({ type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 300 });
    expect(store.getState().game.undo.map((u) => u.label)).toEqual(['the compute split', 'the data center']);
    store.getState().undoLast();
    expect(store.getState().game.state).toBe(afterSplit);
    expect(store.getState().game.actions).toHaveLength(1);
    store.getState().undoLast();
    expect(store.getState().game.state).toBe(start);
    expect(store.getState().game.actions).toHaveLength(0);

    // A proposal a bot answers at once: the bot has moved, so there is nothing to undo.
    store.getState().dispatch({
      type: 'deal/propose',
      seat: 'openai',
      to: 'aws',
      terms: [{ kind: 'cash', payer: 'openai', payee: 'aws', amountM: 100 }],
    });
    expect(store.getState().game.undo).toEqual([]);
  });

  it('is not offered with two people at the device', () => {
    const store = createAppStore({ schedule: manualScheduler().schedule });
    store.getState().startGame({
      levelId: 'arms-race-sandbox',
      level: sandbox(),
      seats: [
        { companyId: 'openai', controller: { kind: 'human', name: 'Ada' } },
        { companyId: 'aws', controller: { kind: 'human', name: 'Grace' } },
      ],
      seed: 3,
    });
    store.getState().confirmHandover();
    store.getState().dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 3000 });
    expect(store.getState().game.undo).toEqual([]);
  });
});
