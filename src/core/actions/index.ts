import { MAJOR_ACTION_TYPES } from '../vocabulary';
import { sellChips } from './assets';
import { orderChips, startProgramme } from './chips';
import { allocateCompute } from './compute';
import { buildDataCenter } from './datacenter';
import { acceptDeal, counterDeal, proposeDeal, refuseDeal, terminateDeal } from './deals';
import { chooseEventOption } from './events';
import { borrow, emergencyRaise, ipo, raiseEquity, repay } from './finance';
import { governmentRelations } from './government';
import type { EditHandler, Handler } from './handler';
import type { Action } from './schema';
import { endTurn, passTurn } from './turn';

/** The most frequent actions run on a hand-copied state (see `edit.ts`); `turn/end` only when simple. */
type EditedType = 'chips/order' | 'datacenter/build' | 'compute/allocate' | 'turn/end';

export const EDIT_HANDLERS: { [T in EditedType]: EditHandler<T> } = {
  'chips/order': orderChips,
  'datacenter/build': buildDataCenter,
  'compute/allocate': allocateCompute,
  'turn/end': passTurn,
};

/** Everything else runs inside immer's `produce`, or on a deep copy when it resolves the quarter. */
export const HANDLERS: { [T in Exclude<Action['type'], Exclude<EditedType, 'turn/end'>>]: Handler<T> } = {
  'chips/startProgram': startProgramme,
  'finance/raiseEquity': raiseEquity,
  'finance/borrow': borrow,
  'finance/repay': repay,
  'finance/ipo': ipo,
  'finance/emergencyRaise': emergencyRaise,
  'assets/sellChips': sellChips,
  'deal/propose': proposeDeal,
  'deal/accept': acceptDeal,
  'deal/refuse': refuseDeal,
  'deal/counter': counterDeal,
  'deal/terminate': terminateDeal,
  'gov/relations': governmentRelations,
  'event/choose': chooseEventOption,
  'turn/end': endTurn,
};

export const isMajorAction = (type: Action['type']): boolean =>
  (MAJOR_ACTION_TYPES as readonly string[]).includes(type);
