/**
 * A share link is `…/#replay=<payload>&q=<quarter>`: the fragment never reaches a server. Opening one
 * opens the replay at that quarter; a broken link says why on the title screen and opens nothing.
 */
import type { AppStore } from '../../app/store';

export function readReplayFragment(hash: string): { payload: string; quarter: number | undefined } | null {
  const match = /^#replay=([^&]*)(?:&q=(\d{1,4}))?$/.exec(hash);
  if (!match) return null;
  const quarter = match[2] === undefined ? undefined : Math.max(0, Number(match[2]) - 1);
  return { payload: match[1] ?? '', quarter };
}

/** Opens the link in the address now, and again whenever the address's fragment changes (a link pasted into the same tab). */
export function followReplayLinks(store: AppStore): () => void {
  const open = () => void openLinkInAddress(store);
  open();
  window.addEventListener('hashchange', open);
  return () => window.removeEventListener('hashchange', open);
}

export async function openLinkInAddress(store: AppStore): Promise<void> {
  const hash = typeof location === 'undefined' ? '' : location.hash;
  if (!hash.startsWith('#replay=')) return;
  const link = readReplayFragment(hash);
  const problem = link
    ? await store.getState().openReplayLink(link.payload, link.quarter)
    : 'This share link is not a Hyperscale game: it is damaged or incomplete.';
  if (problem) store.getState().showNotice(problem);
}
