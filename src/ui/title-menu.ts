import type { AppStore } from '../app/store';

/**
 * The title screen's main menu: real <button>s in a <nav>, overlaid on the canvas, so it works
 * with a keyboard and a screen reader. None of the screens behind these buttons exist yet, so
 * each button says so in the status line rather than doing nothing.
 */

interface MenuItem {
  label: string;
  /** What the screen will do, shown until it is built. */
  notYetBuilt: string;
}

export const TITLE_MENU: readonly MenuItem[] = [
  {
    label: 'New game',
    notYetBuilt:
      'New game is not built yet: it will let you pick a level, choose who plays each company ' +
      '(a person or a bot) and set the seed.',
  },
  {
    label: 'Load a save',
    notYetBuilt:
      'Load a save is not built yet: it will open a save file or a shared link and replay it ' +
      'quarter by quarter.',
  },
  {
    label: 'Classroom mode',
    notYetBuilt:
      'Classroom mode is not built yet: it will run a level for a class on one shared seed, ' +
      'with a lesson plan and a debrief.',
  },
  {
    label: 'How to play',
    notYetBuilt:
      'How to play is not built yet: it will explain the rules and every figure on screen, ' +
      'with a glossary.',
  },
];

/** Builds the menu inside `root` and keeps it in step with the store. Returns an unmount function. */
export function mountTitleMenu(root: HTMLElement, store: AppStore): () => void {
  const nav = document.createElement('nav');
  nav.className = 'title-menu';
  nav.setAttribute('aria-label', 'Main menu');

  const list = document.createElement('ul');
  for (const item of TITLE_MENU) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.label;
    button.addEventListener('click', () => store.getState().showNotice(item.notYetBuilt));
    const li = document.createElement('li');
    li.append(button);
    list.append(li);
  }

  // A polite live region: screen readers announce the notice without moving focus.
  const status = document.createElement('p');
  status.className = 'title-menu__status';
  status.setAttribute('role', 'status');

  nav.append(list);
  root.append(nav, status);

  const render = (): void => {
    const { screen, notice } = store.getState().ui;
    nav.hidden = screen !== 'title';
    status.hidden = screen !== 'title' || notice === null;
    status.textContent = notice ?? '';
  };
  render();
  const unsubscribe = store.subscribe(render);

  return () => {
    unsubscribe();
    nav.remove();
    status.remove();
  };
}
