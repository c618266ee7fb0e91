/**
 * The whole glossary as a filterable definition list, used by the glossary dialog and "How to play".
 * Filtering hides entries in place (DOM-local: what someone types to look a word up is not game state),
 * and a polite status says how many terms match.
 */
import { html } from 'lit-html';
import { GLOSSARY, glossaryEntry, matchesFilter } from './glossary';

function filter(event: Event) {
  const input = event.target as HTMLInputElement;
  const list = input.closest('.glossary');
  if (!list) return;
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-term]')) {
    const entry = glossaryEntry(item.dataset.term ?? '');
    const match = entry ? matchesFilter(entry, input.value) : false;
    item.hidden = !match;
    if (match) shown++;
  }
  const count = list.querySelector('[data-count]');
  if (count) count.textContent = countText(shown);
}

/** Looked up like a dictionary: in alphabetical order (the data keeps the order of the screen). */
const ALPHABETICAL = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en'));

const countText = (n: number) =>
  n === GLOSSARY.length ? `All ${n} terms` : `${n} of ${GLOSSARY.length} terms match`;

/** `idPrefix` keeps ids unique when the list appears twice (the help screen behind the dialog never does, but cheap). */
export function glossaryList(idPrefix: string) {
  const inputId = `${idPrefix}-filter`;
  return html`<div class="glossary">
    <div class="glossary__filter">
      <label for=${inputId}>Find a term</label>
      <input id=${inputId} type="search" autocomplete="off" placeholder="e.g. dilution" @input=${filter} />
      <span class="hint" role="status" data-count>${countText(GLOSSARY.length)}</span>
    </div>
    <dl class="glossary__list">
      ${ALPHABETICAL.map(
        (entry) => html`<div class="glossary__entry" data-term=${entry.id} id=${`${idPrefix}-${entry.id}`}>
          <dt>${entry.term}</dt>
          <dd>${entry.text} <span class="glossary__where">Shows in: ${entry.where}</span></dd>
        </div>`,
      )}
    </dl>
  </div>`;
}
