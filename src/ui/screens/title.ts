/**
 * The title screen: real buttons over the canvas's skyline, usable before Phaser has even loaded.
 * "Classroom mode" belongs to the next piece of work; it says what it will do rather than pretending.
 */
import { html } from 'lit-html';
import type { View } from '../view';

export const DISCLAIMER =
  'A simulation based on press reports and public figures; not affiliated with, or endorsed by, any company named.';

export const titleScreen: View = (app) => html`
  <section class="title-screen" aria-labelledby="title-heading">
    <h1 id="title-heading" class="title-screen__name">Hyperscale</h1>
    <p class="title-screen__tagline">The AI infrastructure arms race, quarter by quarter</p>
    <nav class="title-menu" aria-label="Main menu">
      <ul>
        <li><button type="button" class="primary" @click=${() => app.showScreen('levels')}>New game</button></li>
        ${
          app.game.state && app.game.state.phase === 'acting'
            ? html`<li><button type="button" @click=${() => app.showScreen('game')}>Resume game</button></li>`
            : ''
        }
        <li><button type="button" @click=${() => app.openHelp()}>How to play</button></li>
        <li>
          <button
            type="button"
            @click=${() => {
              app.refreshSaves();
              app.showScreen('saves');
            }}
          >
            Load a save
          </button>
        </li>
        <li>
          <button
            type="button"
            @click=${() =>
              app.showNotice(
                'Classroom mode is next: until then, each level’s lesson plan is on its card under New game, and every group can type the same seed.',
              )}
          >
            Classroom mode
          </button>
        </li>
      </ul>
    </nav>
    <p class="title-menu__status" role="status" ?hidden=${app.ui.notice === null}>${app.ui.notice ?? ''}</p>
    <p class="title-screen__disclaimer">${DISCLAIMER}</p>
  </section>
`;
