/** How to play, the glossary, tooltips, the tutorial's prompts, event and report dialogs (being built). */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { View } from '../view';

export const helpScreen: View = (app) =>
  html`<section class="screen"><h1>How to play</h1><button type="button" @click=${() => app.closeHelp()}>Back</button></section>`;
export const glossaryDialog: View = () => html`${nothing}`;
export const tutorialPanel: View = () => html`${nothing}`;
export const eventDialog: View = () => html`${nothing}`;
export const reportDialog: View = () => html`${nothing}`;
export function sparkline(_values: number[], _label: string): TemplateResult {
  return html`${nothing}`;
}
export function tip(_term: string, label?: string): TemplateResult {
  return html`${label ?? nothing}`;
}
