/**
 * The replay viewer: the board as it was at the cursor (the game screen's own panels and map), the
 * controls and keys of an analysis board, the valuation chart to click, the action log, a link to
 * this moment, and "Take over" to play on from here.
 */
import { html, nothing } from 'lit-html';
import { boardApp } from '../../app/board';
import { markedMoments } from '../../app/moments';
import { quarterAt, type ReplayTimeline } from '../../app/replay-timeline';
import { playedByNobody, takeOverSeats } from '../../app/take-over-seat';
import { encodeSaveLink, type GameState, quarterLabel } from '../../core';
import { modal } from '../dialog';
import { chipMarketPanel } from '../panels/chip-market';
import { companiesPanel } from '../panels/companies';
import { ledgerPanel } from '../panels/ledger';
import { mapSlot, regionsPanel } from '../panels/regions';
import type { View } from '../view';
import { actionLog } from './action-log';
import { branchesPanel } from './branches';
import { REPLAY_KEYS } from './keys';
import { momentsPanel } from './moments';
import { valuationChart } from './valuation-chart';

export const SPEEDS: readonly [number, string][] = [
  [1000, 'slow'],
  [250, 'normal'],
  [60, 'fast'],
  [15, 'very fast'],
];

/** A link that opens this game's replay at a quarter ("share this moment"). */
export function momentLink(payload: string, quarter: number): string {
  const base = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
  return `${base}#replay=${payload}&q=${quarter + 1}`;
}

const keysDialog: View = (app) =>
  modal({
    id: 'replay-keys',
    title: 'Replay keys',
    open: app.replay.showKeys,
    onClose: () => app.toggleReplayKeys(),
    body: html`<dl class="keys">
      ${REPLAY_KEYS.map(([key, what]) => html`<div><dt><kbd>${key}</kbd></dt><dd>${what}</dd></div>`)}
    </dl>`,
  });

/**
 * "Take over from here". In a game the computer played alone there is no person's seat to play on, so
 * the person first chooses which company to play (the companies the level lets a person play).
 */
function takeOverControl(app: Parameters<View>[0], timeline: ReplayTimeline, state: GameState) {
  const over = state.phase === 'over';
  if (!playedByNobody(state))
    return html`<button type="button" class="primary" ?disabled=${over} @click=${() => app.takeOver()}>
      Take over from here
    </button>`;
  const choices = takeOverSeats(timeline);
  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget as HTMLFormElement).get('seat');
    app.takeOver(typeof chosen === 'string' ? chosen : undefined);
  };
  return html`<form class="take-over" @submit=${submit}>
    <label for="take-over-seat">Play as</label>
    <select id="take-over-seat" name="seat" ?disabled=${over || choices.length === 0}>
      ${choices.map((c) => html`<option value=${c.companyId}>${c.name}</option>`)}
    </select>
    <button type="submit" class="primary" ?disabled=${over || choices.length === 0}>Take over from here</button>
  </form>`;
}

export const replayScreen: View = (app, store) => {
  const timeline = app.replay.timeline;
  if (!timeline)
    return html`<section class="screen"><p>${app.replay.message ?? 'No replay is open.'}</p>
      <button type="button" @click=${() => app.showScreen('title')}>Title</button></section>`;
  const board = boardApp(app);
  const state = board.game.state;
  if (!state) return html``;
  const { cursor } = app.replay;
  const total = timeline.steps.length;
  const quarter = quarterAt(timeline, cursor);
  const where = `${state.phase === 'over' ? 'the end' : quarterLabel(state.config, state.quarter)}, action ${cursor} of ${total}`;
  const copyLink = async () => {
    const link = momentLink(encodeSaveLink(timeline.save), quarter);
    try {
      await navigator.clipboard.writeText(link);
      app.showNotice('A link to this moment is copied: whoever opens it sees this replay here.');
    } catch {
      app.showNotice(`Copy this link: ${link.slice(0, 80)}…`);
    }
  };
  return html`<div class="game-screen replay-screen">
    <header class="turn-bar">
      <button type="button" @click=${() => app.showScreen('title')}>← Title</button>
      <h1 class="replay-title">Replay: ${state.config.title}</h1>
      <p aria-live="polite" class="replay-where">${where}</p>
      <div class="turn-bar__tools">
        <button type="button" @click=${copyLink}>Copy a link to this moment</button>
        ${takeOverControl(app, timeline, state)}
      </div>
    </header>
    <section class="panel replay-controls" aria-label="Replay controls">
      <div class="button-row">
        <button type="button" @click=${() => app.seek(0)} aria-label="To the start (Home)">|◀</button>
        <button type="button" @click=${() => app.stepQuarters(-1)} aria-label="One quarter back (Shift+←)">◀◀</button>
        <button type="button" @click=${() => app.stepActions(-1)} aria-label="One action back (←)">◀</button>
        <button type="button" class="primary" @click=${() => app.togglePlay()} aria-label=${app.replay.playing ? 'Pause (Space)' : 'Play (Space)'}>
          ${app.replay.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" @click=${() => app.stepActions(1)} aria-label="One action forward (→)">▶</button>
        <button type="button" @click=${() => app.stepQuarters(1)} aria-label="One quarter forward (Shift+→)">▶▶</button>
        <button type="button" @click=${() => app.seek(total)} aria-label="To the end (End)">▶|</button>
        <label for="replay-speed">Speed</label>
        <select id="replay-speed" @change=${(e: Event) => app.setReplaySpeed(Number((e.target as HTMLSelectElement).value))}>
          ${SPEEDS.map(([ms, label]) => html`<option value=${ms} ?selected=${app.replay.speedMs === ms}>${label}</option>`)}
        </select>
        <button type="button" @click=${() => app.toggleReplayKeys()} aria-label="Keys (?)">?</button>
      </div>
      <label for="replay-scrub" class="visually-hidden">Moment in the game</label>
      <input
        id="replay-scrub"
        class="scrubber"
        type="range"
        min="0"
        max=${total}
        .value=${String(cursor)}
        aria-valuetext=${where}
        @input=${(e: Event) => app.seek(Number((e.target as HTMLInputElement).value))}
      />
      ${valuationChart(state, timeline.figures, state.config.quarters, quarter, (q) => app.seekQuarter(q))}
    </section>
    ${app.ui.notice ? html`<p class="notice" role="status">${app.ui.notice}</p>` : nothing}
    <div class="game-grid">
      <div class="game-grid__left">${companiesPanel(board, store)}</div>
      <div class="game-grid__centre">
        ${mapSlot()}
        ${regionsPanel(board, store)} ${actionLog(timeline, cursor, (c) => app.seek(c), markedMoments(app.replay.moments.moments))}
        ${chipMarketPanel(board, store)}
      </div>
      <div class="game-grid__right">
        ${momentsPanel(app, timeline)} ${branchesPanel(app, timeline)} ${ledgerPanel(board, store)}
      </div>
    </div>
    ${keysDialog(app, store)}
  </div>`;
};
