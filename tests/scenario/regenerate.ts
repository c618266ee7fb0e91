/**
 * Records the negotiation story as the golden save `tests/fixtures/negotiation-story.save.json`.
 * Run `npx tsx tests/scenario/regenerate.ts` when a rule changes on purpose, and commit the new save with
 * the rule change (say so in the commit message).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOLDEN_SAVE, playStory } from './story';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const save = playStory().table.recorder.toSave();
writeFileSync(GOLDEN_SAVE, `${JSON.stringify(save, null, 2)}\n`);
// Keep the file as the linter formats it, so regenerating never leaves a lint error behind.
execFileSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', GOLDEN_SAVE], {
  stdio: 'inherit',
});
console.log(`Wrote ${GOLDEN_SAVE}: ${save.actions.length} actions, ${save.checkpoints.length} quarters.`);
