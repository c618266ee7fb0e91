/** The glossary over the game screen (the turn bar's "Glossary" button): every term, with a filter box. */
import { modal } from '../dialog';
import type { View } from '../view';
import { glossaryList } from './glossary-list';

export const glossaryDialog: View = (app) =>
  modal({
    id: 'glossary-dialog',
    title: 'Glossary',
    open: app.ui.dialog === 'glossary',
    onClose: () => app.closeDialog(),
    body: glossaryList('glossary-dialog'),
  });
