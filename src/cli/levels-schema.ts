/**
 * `npm run levels:schema`: writes `levels/schema.json`, the JSON Schema of the level format, generated
 * from the valibot schema so the two cannot disagree. Editors use it for completion and errors while a
 * teacher edits a level (each level starts with `"$schema": "./schema.json"`). A test fails when the
 * committed file is stale. Cross-field checks (run sheet = 45 minutes, references between ids) are not
 * expressible in JSON Schema; the game and the CLI still report them when a level is loaded.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { LEVEL_SCHEMA_FILE, LevelSchema } from '../core';

export const LEVELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'levels');
export const LEVEL_SCHEMA_PATH = join(LEVELS_DIR, LEVEL_SCHEMA_FILE);

export function levelJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(LevelSchema, { errorMode: 'throw', target: 'draft-07' }),
    title: 'Hyperscale level',
    description:
      'One level of Hyperscale. Money in whole $M, rates and shares in basis points (10,000 = 100%), power in MW, chips in thousands, compute in CU. Generated from src/core/level by `npm run levels:schema`; do not edit by hand.',
  };
}

export const levelJsonSchemaText = (): string => `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LEVEL_SCHEMA_PATH, levelJsonSchemaText());
  console.log(`Wrote ${LEVEL_SCHEMA_PATH}`);
}
