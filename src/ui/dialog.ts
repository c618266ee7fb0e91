/**
 * Native <dialog>s, opened with showModal() so the rest of the page is inert and focus is handled by
 * the browser. lit-html cannot call showModal() declaratively, so a ref does it when the template asks
 * for the dialog open, and Escape (the dialog's "cancel") goes through the caller's onClose, so the
 * store, not the element, decides what is open.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';

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

export function modal(options: ModalOptions): TemplateResult {
  const { id, title, open, onClose, body, wide = false, dismissable = true } = options;
  const sync = (element?: Element, retry = true) => {
    if (!(element instanceof HTMLDialogElement)) return;
    // A dialog drawn open in a new template (the game screen back after a handover) gets its ref before
    // lit has put it in the page, where showModal() throws: try once more when the render has finished.
    if (!element.isConnected) {
      if (open && retry) queueMicrotask(() => sync(element, false));
      return;
    }
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  };
  const onCancel = (event: Event) => {
    event.preventDefault();
    if (dismissable) onClose();
  };
  return html`<dialog
    id=${id}
    class=${wide ? 'modal modal--wide' : 'modal'}
    aria-labelledby=${`${id}-title`}
    @cancel=${onCancel}
    ${ref(sync)}
  >
    ${
      open
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
