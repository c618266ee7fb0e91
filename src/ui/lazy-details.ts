/**
 * A <details> whose content is built only while it is open. The game screen is redrawn after every
 * move, and content folded away (a proposal's schedule: a chart and a table a quarter) was still
 * built and laid out each time, in the task the player waits on. Which ones are open is UI state of
 * this page alone, kept here by key; toggling one asks for the redraw that builds or drops it.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { requestRedraw } from './after-draw';

const opened = new Set<string>();

export function lazyDetails(
  key: string,
  summary: TemplateResult | string,
  content: () => TemplateResult | typeof nothing,
  className = '',
): TemplateResult {
  const open = opened.has(key);
  const onToggle = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now === open) return;
    if (now) opened.add(key);
    else opened.delete(key);
    requestRedraw();
  };
  return html`<details class=${className} ?open=${open} @toggle=${onToggle}>
    <summary>${summary}</summary>
    ${open ? content() : nothing}
  </details>`;
}
