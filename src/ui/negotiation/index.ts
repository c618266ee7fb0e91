/** The negotiation screen and the proposals panel, both drawn by the game screen. */
import './negotiation.css';

export { negotiationDialog } from './composer';
export { subscribeDraft } from './draft';
export { proposalsPanel } from './proposals';
