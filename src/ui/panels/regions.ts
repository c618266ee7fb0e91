/** The map's DOM twin: each region, its power left and export controls, and the data centers in it (being built). */
import { html, nothing } from 'lit-html';
import type { View } from '../view';

export const regionsPanel: View = () => html`${nothing}`;
