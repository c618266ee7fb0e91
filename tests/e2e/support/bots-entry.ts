/** What the bots-in-the-browser test needs on the page. */
export { playBotTurn } from '../../../src/bots';
export { newGame } from '../../../src/core';
