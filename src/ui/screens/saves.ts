/**
 * Saves: the games kept in this browser (the autosave and named slots) with their level, quarter,
 * seats and date; open, delete (after a confirmation) and import a file. A file is untrusted: it is
 * replayed by the rules before it is shown, and a bad one is a sentence that changes nothing.
 */
import { html, nothing } from 'lit-html';
import type { SlotInfo } from '../../app/save-storage';
import type { View } from '../view';

function slotRow(app: Parameters<View>[0], slot: SlotInfo) {
  const confirming = app.saves.confirmingDelete === slot.id;
  const date = new Date(slot.savedAt);
  const when = Number.isNaN(date.getTime()) ? 'unknown date' : date.toLocaleString();
  return html`<tr>
    <th scope="row">${slot.name}</th>
    <td>${slot.levelTitle}</td>
    <td>${slot.quarterLabel}</td>
    <td>${slot.seats}</td>
    <td>${when}</td>
    <td class="save-actions">
      ${
        confirming
          ? html`<span role="alert">Delete “${slot.name}” for good?</span>
            <button type="button" class="danger" @click=${() => app.deleteSlot(slot.id)}>Yes, delete</button>
            <button type="button" @click=${() => app.askDelete(null)}>Keep it</button>`
          : html`<button type="button" class="primary" ?disabled=${app.saves.busy} @click=${() => void app.openSlot(slot.id)}>
              Continue<span class="visually-hidden"> ${slot.name}</span>
            </button>
            <button type="button" ?disabled=${app.saves.busy} @click=${() => void app.openSlotReplay(slot.id)}>
              Replay<span class="visually-hidden"> ${slot.name}</span>
            </button>
            <button type="button" @click=${() => app.askDelete(slot.id)}>
              Delete<span class="visually-hidden"> ${slot.name}</span>
            </button>`
      }
    </td>
  </tr>`;
}

async function importFile(app: Parameters<View>[0], input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  await app.openReplayText(await file.text());
}

export const savesScreen: View = (app) => {
  const slots = app.saves.slots;
  return html`<section class="screen saves" aria-labelledby="saves-heading">
    <header class="screen__head">
      <button type="button" @click=${() => app.showScreen('title')}>← Title</button>
      <h1 id="saves-heading">Saved games</h1>
    </header>
    ${app.saves.message ? html`<p class="notice" role="status">${app.saves.message}</p>` : nothing}
    ${app.replay.message ? html`<p class="problem" role="alert">${app.replay.message}</p>` : nothing}
    ${app.saves.busy ? html`<p role="status">Replaying the save through the rules…</p>` : nothing}
    ${
      slots.length === 0
        ? html`<p>No game is saved in this browser yet. Every game you play is autosaved after each move.</p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="saves-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Level</th>
                <th scope="col">Quarter</th>
                <th scope="col">Seats</th>
                <th scope="col">Saved</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              ${slots.map((slot) => slotRow(app, slot))}
            </tbody>
          </table>
        </div>`
    }
    <h2>Open a save file</h2>
    <p class="hint">A save file (.json) from this game or from <code>npm run sim -- --out</code>. It is replayed and checked quarter by quarter, then opens in the replay viewer, where you can take over from any moment.</p>
    <label class="file-pick" for="import-save">Choose a save file</label>
    <input
      id="import-save"
      type="file"
      accept="application/json,.json"
      @change=${(e: Event) => void importFile(app, e.target as HTMLInputElement)}
    />
  </section>`;
};
