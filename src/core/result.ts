/** Errors are values (chessops style): every failure has a stable code and a sentence a player understands. */

export const ERROR_CODES = [
  'action/invalid',
  'game/over',
  'turn/notYourTurn',
  'turn/choicePending',
  'turn/noAttentionLeft',
  'turn/distressed',
  'company/unknown',
  'company/bankrupt',
  'company/wrongRole',
  'chips/unknownType',
  'chips/programNotReady',
  'chips/programAlreadyStarted',
  'chips/notInHouse',
  'chips/notEnoughChips',
  'datacenter/notYours',
  'datacenter/noPower',
  'datacenter/unknownRegion',
  'money/notEnoughCash',
  'finance/raiseTooLarge',
  'finance/alreadyPublic',
  'finance/ipoConditions',
  'finance/debtLimit',
  'finance/unknownLoan',
  'finance/notDistressed',
  'deal/unknown',
  'deal/unknownParty',
  'deal/badParties',
  'deal/notRecipient',
  'deal/notOpen',
  'deal/tooManyRounds',
  'deal/cannotPay',
  'deal/notEnoughShares',
  'deal/notEnoughCapacity',
  'deal/cannotSupplyChip',
  'deal/exclusivityConflict',
  'deal/notTerminable',
  'gov/alreadyJoined',
  'event/noPendingChoice',
  'event/unknownOption',
  'setup/invalid',
  'internal/error',
  'finance/oneRoundPerQuarter',
  'deal/unfairPrice',
  'finance/windowShut',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface GameError {
  readonly code: ErrorCode;
  /** One plain sentence for the player. */
  readonly message: string;
}

export type Result<T, E = GameError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const fail = (code: ErrorCode, message: string): { ok: false; error: GameError } => ({
  ok: false,
  error: { code, message },
});
