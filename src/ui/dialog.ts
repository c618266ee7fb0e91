/**
 * Native <dialog>s, modal: the rest of the screen cannot be reached (Tab stays in the dialog, a backdrop
 * takes the clicks, aria-modal hides it from assistive technology), Escape goes through the caller's
 * onClose, and focus returns to where it was when the dialog closes. The store, not the element,
 * decides what is open; lit-html cannot open a dialog declaratively, so a ref does it when the template
 * asks for the dialog open.
 *
 * Why show() and a focus trap rather than showModal() or `inert`: both make the rest of the page inert,
 * and inertness is part of every element's computed style, so Chromium restyles the whole page each
 * time a dialog opens or closes. On the game screen that was 20–70 ms (showModal restyles in the task
 * that opens it; `inert` in the next frame, where it was still a frame of 40–80 ms on a slow laptop),
 * more than the 50 ms a task may take (issue 9). aria-modal, a focus trap and a backdrop — the pattern
 * of accessible dialog libraries from before `inert` — cost nothing to restyle.
 *
 * A dialog opens after the next frame, in a task of its own: opening focuses it, which lays out the
 * page at once, and a draw that changed much (the end of a quarter) would pay for that layout in its
 * own task. Closing gives the focus back after the next frame, for the same reason.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { nextTask } from '../app/scheduler';
import { arePartsToCome, drawsSoFar, holdBusy } from './after-draw';

export interface ModalOptions {
  id: string;
  /** The accessible name, shown as the dialog's heading. */
  title: string;
  open: boolean;
  onClose: () => void;
  /** A template, or a memoised one (dialog-body.ts). */
  body: unknown;
  /** Wide dialogs (negotiation, report) use most of the screen. */
  wide?: boolean;
  /** False for a dialog that must be answered (an event choice): Escape does not close it. */
  dismissable?: boolean;
}

/** What had the focus before a dialog opened. */
const focusBefore = new WeakMap<HTMLDialogElement, HTMLElement>();

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The open modal dialog, if any (the last one opened is on top). */
function openDialog(): HTMLDialogElement | undefined {
  return [...document.querySelectorAll<HTMLDialogElement>('dialog.modal[open]')].pop();
}

/** Whether the dialog with this id is on the page and open (not only asked for). */
export function isShowing(id: string): boolean {
  const element = document.getElementById(id);
  return element instanceof HTMLDialogElement && element.open;
}

/** What Tab can reach in the dialog, in order (folded details' content and closed popovers excepted). */
function focusables(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.checkVisibility() && !element.closest('details:not([open]) > :not(summary)'),
  );
}

/** Tab and Shift+Tab go round the open dialog, whatever has the focus. */
function keepTabInside(event: KeyboardEvent, dialog: HTMLDialogElement): void {
  const reachable = focusables(dialog);
  const first = reachable[0];
  const last = reachable[reachable.length - 1];
  if (!first || !last) {
    event.preventDefault();
    dialog.focus();
    return;
  }
  const active = document.activeElement;
  const inside = active instanceof Node && dialog.contains(active);
  if (event.shiftKey && (!inside || active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Escape closes the open dialog wherever the focus is (on the page itself after a button that had it
 * was redrawn away), as showModal()'s would, asking the latest draw's onClose of the open dialog.
 */
const escapeTo = new WeakMap<HTMLDialogElement, () => void>();

/**
 * One pair of listeners for the page, for whichever dialog is open: Escape and Tab (above), and a
 * focus that lands outside the dialog (a click the backdrop missed, a script) is brought back.
 */
let listening = false;
function listenToThePage(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', (event) => {
    const dialog = event.defaultPrevented ? undefined : openDialog();
    if (!dialog) return;
    if (event.key === 'Tab') keepTabInside(event, dialog);
    // A popover open inside the dialog (a tooltip) closes first, on its own.
    else if (event.key === 'Escape' && !dialog.querySelector(':popover-open')) {
      event.preventDefault();
      escapeTo.get(dialog)?.();
    }
  });
  document.addEventListener('focusin', (event) => {
    const dialog = openDialog();
    if (!dialog || !(event.target instanceof Node) || dialog.contains(event.target)) return;
    (focusables(dialog)[0] ?? dialog).focus();
  });
}

/**
 * Where a dialog that has just closed gives the focus back, until it has (after the next frame). A
 * dialog opening meanwhile (an event after the report) returns the focus there in its turn.
 */
let focusToGiveBack: HTMLElement | null = null;

function open(dialog: HTMLDialogElement): void {
  const active = document.activeElement;
  const holding =
    active instanceof HTMLElement && active !== document.body && !(active instanceof HTMLDialogElement);
  const before = holding ? active : focusToGiveBack;
  if (before) focusBefore.set(dialog, before);
  dialog.show(); // focuses the [autofocus] element or the first focusable one, as showModal() does
  // A dialog with nothing to focus (yet) holds the focus itself, so Tab and Escape start from it.
  if (!dialog.contains(document.activeElement)) dialog.focus();
}

const opening = new WeakSet<HTMLDialogElement>();
/** A page that keeps redrawing (bots' moves, each a frame apart) does not keep a dialog from opening. */
const MAX_FRAMES_TO_OPEN = 10;
const wantedOpen = new WeakMap<HTMLDialogElement, boolean>();

function openAfterFrame(dialog: HTMLDialogElement): void {
  if (opening.has(dialog)) return;
  opening.add(dialog);
  const release = holdBusy();
  let frames = 0;
  const afterFrame = () =>
    requestAnimationFrame(() => {
      const drawsAtFrame = drawsSoFar();
      frames += 1;
      nextTask(() => {
        // Parts of the page still to be drawn (memo.ts) come first, with a frame of their own; so does
        // a redraw that came in since the frame (a bot's move): opening would lay it out in this task.
        const redrawn = drawsSoFar() !== drawsAtFrame && frames < MAX_FRAMES_TO_OPEN;
        if (arePartsToCome() || redrawn) {
          afterFrame();
          return;
        }
        opening.delete(dialog);
        if (dialog.isConnected && wantedOpen.get(dialog) === true && !dialog.open) open(dialog);
        release();
      });
    });
  afterFrame();
}

function close(dialog: HTMLDialogElement): void {
  dialog.close();
  const before = focusBefore.get(dialog);
  focusBefore.delete(dialog);
  if (!before) return;
  focusToGiveBack = before;
  const release = holdBusy();
  requestAnimationFrame(() =>
    nextTask(() => {
      release();
      if (focusToGiveBack === before) focusToGiveBack = null;
      // Unless the player has put the focus somewhere meanwhile, or another dialog has opened.
      const active = document.activeElement;
      const lost = active === null || active === document.body || active === dialog;
      if (lost && before.isConnected && !openDialog()) before.focus();
    }),
  );
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
    listenToThePage();
    queueMicrotask(() => {
      if (!element.isConnected) return;
      if (wanted && !element.open) openAfterFrame(element);
      else if (!wanted && element.open) close(element);
    });
  };
  // The backdrop shows as soon as the dialog is asked for: a click in the frame before it opens does
  // not reach the page either.
  return html`<div class="modal-backdrop" ?hidden=${!wanted}></div><dialog
    id=${id}
    class=${wide ? 'modal modal--wide' : 'modal'}
    tabindex="-1"
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
