/**
 * The teaching layer: "How to play", the glossary and its tooltips, the tutorial's prompts, this
 * quarter's news, the event-choice dialog and the quarter report. Each lives in its own module; this
 * file only gives the screens their names.
 */
import './help.css';
import { html } from 'lit-html';
import type { View } from '../view';
import { newsPanel } from './news';
import { tutorialPanel as tutorialPrompt } from './tutorial-panel';

export { eventDialog } from './event-dialog';
export { glossaryDialog } from './glossary-dialog';
export { helpScreen } from './how-to-play';
export { reportDialog } from './report-dialog';
export { sparkline } from './sparkline';
export { tip } from './tip';

/** The game screen places this under the turn bar: the tutorial's prompt, then the quarter's news. */
export const tutorialPanel: View = (app, store) =>
  html`${tutorialPrompt(app, store)}${newsPanel(app, store)}`;
