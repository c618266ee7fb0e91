/**
 * Native <dialog>s, modal: the rest of the screen is inert (no focus, no clicks, hidden from assistive
 * technology), the dialog says aria-modal, Escape goes through the caller's onClose, and focus returns
 * to where it was when the dialog closes. The store, not the element, decides what is open; lit-html
 * cannot open a dialog declaratively, so a ref does it when the template asks for the dialog open.
 *
 * Why show() and `inert` rather than showModal(): Chromium's showModal() restyles the whole document
 * (every element, selectors matched again) to make it inert. On the game screen that was a task of
 * 30–70 ms each time the quarter's report opened after the bots' turns, more than the 50 ms a task may
 * take (issue 9). Marking the dialog's siblings `inert` does the same for the page and costs well under
 * a millisecond, as inertness is inherited without matching any selector again.
 *
 * A dialog opens after the next frame, in a task of its own: opening focuses it, which lays out the
 * page at once, and a draw that changed much (the end of a quarter) would pay for that layout in its
 * own task. After the frame, the page is laid out and only the dialog is left to lay out.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { nextTask } from '../app/scheduler';
import { holdBusy } from './after-draw';

export interface ModalOptions {
  id: string;
  /** The accessible name, shown as the dialog's heading. */
  title: string;
  open: boolean;
  onClose: () => void;
  body: TemplateResult | typeof nothing;
  /** Wide dialogs (negotiation, report) use most of the screen. */
  wide?: boolean;
  /** False for a dialog that must be answered (an event choice): Escape does not close it. */
  dismissable?: boolean;
}

/** The elements a dialog made inert, and what had the focus before it opened. */
const madeInert = new WeakMap<HTMLDialogElement, Element[]>();
const focusBefore = new WeakMap<HTMLDialogElement, HTMLElement>();

/** Everything beside the dialog on its screen (other dialogs excepted: they are closed or this one). */
function inertSiblings(dialog: HTMLDialogElement): void {
  const parent = dialog.parentElement;
  if (!parent || !dialog.open) return;
  const marked = madeInert.get(dialog) ?? [];
  for (const sibling of parent.children) {
    if (sibling instanceof HTMLDialogElement || sibling.hasAttribute('inert')) continue;
    sibling.setAttribute('inert', '');
    marked.push(sibling);
  }
  madeInert.set(dialog, marked);
}

function open(dialog: HTMLDialogElement): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) focusBefore.set(dialog, active);
  dialog.show(); // focuses the [autofocus] element or the first focusable one, as showModal() does
  inertSiblings(dialog);
}

const opening = new WeakSet<HTMLDialogElement>();
const wantedOpen = new WeakMap<HTMLDialogElement, boolean>();

/**
 * Escape closes the open dialog wherever the focus is (on the page itself after a button that had it
 * was redrawn away), as showModal()'s would: one listener for the page, asking the latest draw's
 * onClose of the open dialog.
 */
const escapeTo = new WeakMap<HTMLDialogElement, () => void>();
let listening = false;
function listenForEscape(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const dialog = [...document.querySelectorAll<HTMLDialogElement>('dialog.modal[open]')].pop();
    if (!dialog) return;
    // A popover open inside the dialog (a tooltip) closes first, on its own.
    if (dialog.querySelector(':popover-open')) return;
    event.preventDefault();
    escapeTo.get(dialog)?.();
  });
}

function openAfterFrame(dialog: HTMLDialogElement): void {
  if (opening.has(dialog)) return;
  opening.add(dialog);
  const release = holdBusy();
  requestAnimationFrame(() =>
    nextTask(() => {
      opening.delete(dialog);
      if (dialog.isConnected && wantedOpen.get(dialog) === true && !dialog.open) open(dialog);
      release();
    }),
  );
}

function close(dialog: HTMLDialogElement): void {
  dialog.close();
  for (const element of madeInert.get(dialog) ?? []) element.removeAttribute('inert');
  madeInert.delete(dialog);
  const before = focusBefore.get(dialog);
  focusBefore.delete(dialog);
  if (before?.isConnected && !before.closest('[inert]')) before.focus();
}

export function modal(options: ModalOptions): TemplateResult {
  const { id, title, open: wanted, onClose, body, wide = false, dismissable = true } = options;
  const sync = (element?: Element) => {
    if (!(element instanceof HTMLDialogElement)) return;
    // lit calls the ref before it has put a new template's nodes in the page (the game screen back
    // after a handover): wait for the end of this draw, when the dialog and its siblings are in place.
    wantedOpen.set(element, wanted);
    // Not dismissable: Escape still lands here, and does nothing.
    escapeTo.set(element, dismissable ? onClose : () => {});
    listenForEscape();
    queueMicrotask(() => {
      if (!element.isConnected) return;
      if (wanted && !element.open) openAfterFrame(element);
      else if (wanted)
        inertSiblings(element); // a sibling the draw added (a notice) is covered too
      else if (element.open) close(element);
    });
  };
  return html`<dialog
    id=${id}
    class=${wide ? 'modal modal--wide' : 'modal'}
    aria-modal="true"
    aria-labelledby=${`${id}-title`}
    ${ref(sync)}
  >
    ${
      wanted
        ? html`<header class="modal__head">
            <h2 id=${`${id}-title`}>${title}</h2>
            ${
              dismissable
                ? html`<button type="button" class="modal__close" aria-label=${`Close ${title}`} @click=${onClose}>
                  ✕
                </button>`
                : nothing
            }
          </header>
          <div class="modal__body">${body}</div>`
        : nothing
    }
  </dialog>`;
}
