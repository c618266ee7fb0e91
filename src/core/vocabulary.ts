/**
 * The game's closed vocabularies, as `as const` tuples with derived union types (chessops style):
 * one list drives the type, the schema and any menu that shows the choices.
 */

export const ROLES = ['lab', 'cloud'] as const;
export type Role = (typeof ROLES)[number];

export const BOT_PERSONALITIES = ['builder', 'financier', 'dealmaker'] as const;
export type BotPersonality = (typeof BOT_PERSONALITIES)[number];

/** Actions that spend one unit of the quarter's "management attention". */
export const MAJOR_ACTION_TYPES = [
  'chips/order',
  'chips/startProgram',
  'datacenter/build',
  'finance/raiseEquity',
  'finance/borrow',
  'finance/ipo',
  'deal/propose',
  'gov/relations',
] as const;

/** Actions that cost no attention: housekeeping, or emergencies that must stay possible. */
export const MINOR_ACTION_TYPES = [
  'compute/allocate',
  'finance/repay',
  'finance/emergencyRaise',
  'assets/sellChips',
  'deal/accept',
  'deal/refuse',
  'deal/counter',
  'deal/terminate',
  'event/choose',
  'turn/end',
] as const;

/** Answers to a proposal: the recipient may give them at any time in the quarter, not only in its turn. */
export const DEAL_RESPONSE_TYPES = ['deal/accept', 'deal/refuse', 'deal/counter'] as const;

export const GOV_PROGRAMMES = ['adviser', 'initiative'] as const;
export type GovProgramme = (typeof GOV_PROGRAMMES)[number];

export const ACTION_TYPES = [...MAJOR_ACTION_TYPES, ...MINOR_ACTION_TYPES] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const COMPANY_STATUSES = ['active', 'distressed', 'bankrupt'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const GAME_PHASES = ['acting', 'over'] as const;
export type GamePhase = (typeof GAME_PHASES)[number];

export const OBJECTIVE_KINDS = [
  'valuationAtLeast',
  'ipoAtValuation',
  'capabilityAtLeast',
  'revenueRunRateAtLeast',
  'aiRevenueRunRateAtLeast',
  'commitmentsWonAtLeast',
  'survive',
] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];

/** Accounts outside the seated companies. Every $M moved has one of these or a company on the other side. */
export const EXTERNAL_ACCOUNTS = [
  'ext:customers',
  'ext:chipVendors',
  'ext:builders',
  'ext:suppliers',
  'ext:lenders',
  'ext:investors',
  'ext:assetBuyers',
  'ext:government',
] as const;
export type ExternalAccount = (typeof EXTERNAL_ACCOUNTS)[number];
