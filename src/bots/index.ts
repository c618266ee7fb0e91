/** Computer players: pure and deterministic, `(state, seat, rng) -> actions`, driven through the rules' `step`. */
export {
  answerOpenProposals,
  answerProposal,
  type BotMove,
  type DriveResult,
  type DriverOptions,
  endBotTurn,
  playBotTurn,
  playerFor,
  runBotsUntilHuman,
} from './driver';
export { chooseOption } from './events';
export { type Judgement, judgeDeal } from './judge';
export {
  decisionsOf,
  finalValueM,
  KEY_MOMENT_HORIZON_QUARTERS,
  type KeyMoment,
  type KeyMomentOptions,
  keyMoments,
  playOut,
} from './key-moments';
export type { Answer } from './negotiate';
export { type Outlook, outlookOf } from './outlook';
export { decideTurn } from './plan';
export {
  BASELINES,
  type Baseline,
  CONTROLLER_NAMES,
  type ControllerName,
  idlePlayer,
  type Player,
  personalityPlayer,
  playerNamed,
  randomLegalPlayer,
} from './players';
export { type BotRng, botRng, rngFromSeed } from './rng';
export { TRAITS, type Traits } from './traits';
