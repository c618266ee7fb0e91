/**
 * A tooltip for a figure or term: the label becomes a small button that toggles the glossary text in a
 * native popover (Tab to it, Enter or Space opens, Escape or a click elsewhere closes). The open state
 * lives in the DOM, not the store: it is nobody else's business.
 *
 * The button keeps the label as its accessible name (tips sit inside headings and table headers, whose
 * names must stay "Chip market", not "Chip market: what is this?"); the definition is its description,
 * so a screen reader reads it on focus, and aria-expanded says whether it is open.
 * The popover lives in the top layer, so a scrolling table or a dialog cannot clip it; CSS anchor
 * positioning puts it under its button.
 */
import { html, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { glossaryEntry } from './glossary';

let nextId = 0;

/** Links a tip's button to its popover once, when lit first puts them in the page. */
function link(element?: Element): void {
  if (!(element instanceof HTMLElement)) return;
  const button = element.querySelector('button');
  const pop = element.querySelector<HTMLElement>('[popover]');
  if (!button || !pop || pop.id) return;
  nextId += 1;
  pop.id = `tip-${nextId}`;
  button.setAttribute('aria-describedby', pop.id);
  button.setAttribute('aria-controls', pop.id);
  button.popoverTargetElement = pop;
  // Chromium derives the expanded state from popovertarget, but not every browser and screen reader
  // does: say it explicitly, kept in step by the popover's own toggle event.
  button.setAttribute('aria-expanded', 'false');
  pop.addEventListener('toggle', (event) => {
    button.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
  });
  button.style.setProperty('anchor-name', `--tip-${nextId}`);
  pop.style.setProperty('position-anchor', `--tip-${nextId}`);
}

const warned = new Set<string>();

export function tip(term: string, label?: string): TemplateResult {
  const entry = glossaryEntry(term);
  const text = label ?? entry?.term ?? term;
  if (!entry) {
    // A missing entry is a bug the unit test catches; in the page it must never cost the player the label.
    if (import.meta.env?.DEV && !warned.has(term)) {
      warned.add(term);
      console.warn(`No glossary entry for the tooltip "${term}".`);
    }
    return html`${text}`;
  }
  return html`<span class="tip" ${ref(link)}
    ><button type="button" class="tip__button" data-term=${term}>${text}<span class="tip__mark" aria-hidden="true"
        >?</span
      ></button
    ><span class="tip__pop" popover="auto"
      ><strong class="tip__term">${entry.term}.</strong> ${entry.text}
      <span class="tip__where">Shows in: ${entry.where}</span></span
    ></span
  >`;
}
