/** The glossary over the game screen (the turn bar's "Glossary" button): every term, with a filter box. */
import { nothing } from 'lit-html';
import { modal } from '../dialog';
import type { View } from '../view';
import { glossaryList } from './glossary-list';

export const glossaryDialog: View = (app) => {
  const open = app.ui.dialog === 'glossary';
  // Built only when open: the game screen redraws on every action and the list is long.
  return modal({
    id: 'glossary-dialog',
    title: 'Glossary',
    open,
    onClose: () => app.closeDialog(),
    body: open ? glossaryList('glossary-dialog') : nothing,
  });
};
