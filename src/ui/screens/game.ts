/**
 * The game screen at a glance: the turn bar; the companies; the map (drawn by Phaser under the
 * transparent #map-slot, with its DOM twin beside it); the viewer's actions; the chip market and
 * the deal ledger. Dialogs (events, reports, negotiation, glossary) open over it.
 */
import { html, nothing } from 'lit-html';
import { modal } from '../dialog';
import { eventDialog, glossaryDialog, reportDialog, tutorialPanel } from '../help';
import { memo } from '../memo';
import { negotiationDialog, proposalsPanel } from '../negotiation';
import { actionsPanel } from '../panels/actions';
import { botMovesPanel } from '../panels/bot-moves';
import { chipMarketPanel } from '../panels/chip-market';
import { companiesPanel } from '../panels/companies';
import { keepGamePanel } from '../panels/keep-game';
import { ledgerPanel } from '../panels/ledger';
import { mapSlot, regionsPanel } from '../panels/regions';
import { turnBar } from '../panels/turn-bar';
import type { View } from '../view';
import { viewerOf } from '../view';
import { handoverScreen } from './handover';

const quitDialog: View = (app, store) =>
  modal({
    id: 'quit-dialog',
    title: 'Menu',
    open: app.ui.dialog === 'quit',
    onClose: () => app.closeDialog(),
    body: html`${keepGamePanel(app, store)}
      <p>Leaving the game keeps its autosave: “Load a save” on the title screen opens it again.</p>
      <div class="button-row">
        <button type="button" @click=${() => app.closeDialog()}>Back to the game</button>
        <button type="button" @click=${() => app.openHelp()}>How to play</button>
        <button type="button" @click=${() => void app.replayCurrentGame()}>Watch the replay so far</button>
        <button type="button" class="danger" @click=${() => app.leaveGame()}>Leave the game</button>
      </div>`,
  });

export const gameScreen: View = (app, store) => {
  const state = app.game.state;
  if (!state)
    return html`<section class="screen"><p>No game is being played.</p>
    <button type="button" @click=${() => app.showScreen('title')}>Title</button></section>`;
  if (app.game.handoverTo) return handoverScreen(app, store);
  // The panels are memoised on what each one reads (memo.ts): a dialog opening or closing, or a
  // field typed into, redraws only what it changes. After a move, the companies and the action form
  // show it first; the map's regions, the proposals, the bots' moves, the ledger and the chip market
  // a frame later. The chip market's seven columns sit under the action form, in the wide column,
  // where they fit without scrolling beside the chips one orders there.
  const viewer = viewerOf(app);
  const { figures, bots } = app.game;
  return html`<div class="game-screen">
    ${turnBar(app, store)}
    ${tutorialPanel(app, store)}
    <div class="game-grid">
      <div class="game-grid__left">${memo([state, figures, viewer], () => companiesPanel(app, store), 'companies')}</div>
      <div class="game-grid__centre">
        ${mapSlot()}
        ${memo([state], () => regionsPanel(app, store), 'regions', 2)}
        ${memo([state, viewer, app.ui.actionDraft], () => actionsPanel(app, store))}
        ${memo([state], () => chipMarketPanel(app, store), 'chip-market', 2)}
      </div>
      <div class="game-grid__right">
        ${memo([state, viewer, bots], () => proposalsPanel(app, store), 'proposals', 2)}
        ${memo([state, bots], () => botMovesPanel(app, store), 'bot-moves', 2)}
        ${memo([state], () => ledgerPanel(app, store), 'ledger', 2)}
      </div>
    </div>
    ${app.ui.notice ? html`<p class="notice" role="status">${app.ui.notice}</p>` : nothing}
    ${eventDialog(app, store)} ${reportDialog(app, store)} ${negotiationDialog(app, store)}
    ${glossaryDialog(app, store)} ${quitDialog(app, store)}
  </div>`;
};
