/** The negotiation screen and the proposals panel (being built). */
import { html, nothing } from 'lit-html';
import type { View } from '../view';

export const negotiationDialog: View = () => html`${nothing}`;
export const proposalsPanel: View = () => html`${nothing}`;
