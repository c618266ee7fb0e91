/**
 * The bots' judgement of a proposal, for the negotiation screen's live verdict. The UI reaches the bots
 * only through app (the layer rule), so this is the one door: the same pure `answerProposal` the bots
 * use when they really answer, run on a previewed state, never written anywhere.
 */
export { type Answer, answerProposal } from '../bots';
