/** The rules of Hyperscale: a pure, deterministic reducer. Nothing here draws, stores, or reads a clock. */

export { MAX_NEGOTIATION_ROUNDS } from './actions/deals';
export { borrowingRateBp, debtCapacityM } from './actions/finance';
export { type Action, ActionSchema, parseAction } from './actions/schema';
export { activeCompanies } from './companies';
export { checkDeal } from './deals/check';
export { describeDeal, type ScheduleRow, type SideSummary } from './deals/describe';
export { sellableCapacityCu } from './deals/forward-capacity';
export { firstQuarterOf, hasStarted } from './deals/obligations';
export { partnerAnswer } from './deals/partners';
export { MAX_START_QUARTERS, startOffset, TERM_KINDS, type Term, TermSchema } from './deals/terms';
export { canonicalJson, hashValue } from './hash';
export { describeProblem, type LevelProblem, type ParseLevelOptions, parseLevel } from './level/parse';
export {
  LEVEL_SCHEMA_FILE,
  type LessonPlan,
  type Level,
  LevelSchema,
  type Objective,
  type Source,
  type TutorialStep,
} from './level/schema';
export { LESSON_MINUTES, SOURCE_ORIGINS } from './level/teaching-schema';
export { companyCapacity } from './model/capacity';
export { ALL_OWNERS_PPM, ownersValueM } from './model/owners';
export { capabilityFor, computeForCapability } from './model/scaling';
export { bookAssetsM, takeOrPayFreeTenths, totalDebtM } from './model/valuation';
export {
  type GameStates,
  REALITY_FIGURES,
  type RealityFigure,
  type RealityRow,
  realityCheck,
  realityLevels,
  UNMODELLED_FIGURES,
  type UnmodelledFigure,
} from './reality';
export type { CompanyReport, QuarterReport, ReportLine } from './report';
export { formatBp, formatCount, formatMoney } from './report';
export { objectivesFor } from './resolve/objectives';
export type { ErrorCode, GameError } from './result';
export { ERROR_CODES } from './result';
export { parseSave, RULES_VERSION, SAVE_FORMAT, SAVE_VERSION, type Save, SaveSchema } from './save/format';
export { decodeSaveLink, encodeSaveLink, LINK_VERSION } from './save/link';
export {
  composeSave,
  type ReplayResult,
  type ReplayStep,
  replaySave,
  SaveRecorder,
  startOf,
} from './save/replay';
export { MAX_SAVE_CHARS, MAX_SAVE_DEPTH, readSaveText, type SaveText } from './save/text';
export { type GameSetup, type NewGameResult, newGame } from './setup';
export type * from './state';
export { hashState } from './state-hash';
export { refusalOf, type StepResult, step } from './step';
export { quarterLabel } from './time';
export { GAME_VERSION } from './version';
export * from './vocabulary';
