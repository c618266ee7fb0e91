/**
 * `levels/schema.json` is generated from the valibot schema the game validates with (`npm run
 * levels:schema`); this fails when someone changes the level format and forgets to regenerate it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVEL_SCHEMA_PATH, levelJsonSchema } from '../../../src/cli/levels-schema';
import { levelFileNames, levelPath } from './level-files';

const committed = JSON.parse(readFileSync(LEVEL_SCHEMA_PATH, 'utf8')) as {
  properties: Record<string, unknown>;
  required: string[];
  additionalProperties: boolean;
};

describe('levels/schema.json', () => {
  it('is up to date with the level format (run `npm run levels:schema` after changing it)', () => {
    expect(committed).toEqual(levelJsonSchema());
  });

  it('accepts the "$schema" key editors use, and no other unknown top-level key', () => {
    expect(committed.properties).toHaveProperty('$schema');
    expect(committed.required).not.toContain('$schema');
    expect(committed.additionalProperties).toBe(false);
  });

  it.each(levelFileNames())('%s has every required top-level field and no unknown one', (name) => {
    const keys = Object.keys(JSON.parse(readFileSync(levelPath(name), 'utf8')) as object);
    expect(keys.filter((key) => !(key in committed.properties))).toEqual([]);
    expect(committed.required.filter((key) => !keys.includes(key))).toEqual([]);
  });
});
