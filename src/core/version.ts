/**
 * The game's version, recorded in every save (for a player or a bug report to say which build made it).
 * It is information, not a check: whether a save replays is decided by the rules version and the hashes.
 * Keep it equal to package.json's "version" (a unit test checks).
 */
export const GAME_VERSION = '0.2.0';
