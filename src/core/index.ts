/** The rules of Hyperscale: a pure, deterministic reducer. Nothing here draws, stores, or reads a clock. */
export { newGame, type GameSetup, type NewGameResult } from './setup';
export { step, type StepResult } from './step';
export { hashState } from './state-hash';
export { parseAction, type Action, ActionSchema } from './actions/schema';
export { parseLevel, describeProblem, type LevelProblem } from './level/parse';
export type { Level } from './level/schema';
export type * from './state';
export type { QuarterReport, CompanyReport, ReportLine } from './report';
export { formatMoney, formatBp } from './report';
export type { GameError, ErrorCode } from './result';
export { ERROR_CODES } from './result';
export { quarterLabel } from './time';
export * from './vocabulary';
