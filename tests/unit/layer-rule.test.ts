import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, checkTree, findImports, formatViolation } from './layer-rule';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the layer rule on the real source tree', () => {
  it('has every import in src/ pointing down the layers', () => {
    expect(checkTree(repoRoot).map(formatViolation)).toEqual([]);
  });
});

describe('the import checker catches each kind of upward arrow', () => {
  // [file, source, line of the violation, words the message must contain]
  const cases: [string, string, number, string][] = [
    ['src/core/a.ts', "import * as Phaser from 'phaser';", 1, "core must not import 'phaser'"],
    ['src/core/a.ts', "\nimport { createStore } from 'zustand/vanilla';", 2, "'zustand/vanilla'"],
    ['src/core/a.ts', "import { readFileSync } from 'node:fs';", 1, "'node:fs': Node built-ins"],
    ['src/core/a.ts', "import path from 'path';", 1, "'path': Node built-ins"],
    ['src/core/a.ts', "import { createAppStore } from '../app/store';", 1, 'core must not import app'],
    ['src/core/deals/a.ts', "import { x } from '../../render/start-game';", 1, 'core must not import render'],
    ['src/core/a.ts', "import type { Screen } from '../ui/menu';", 1, 'core must not import ui'],
    ['src/core/a.ts', "export * from '../bots/greedy';", 1, 'core must not import bots'],
    ['src/core/a.ts', "const m = await import('../app/store');", 1, 'core must not import app'],
    ['src/core/a.ts', "import {\n  a,\n  b,\n} from '../cli/sim';", 4, 'core must not import cli'],
    ['src/core/a.ts', "import '../main';", 1, 'core must not import main'],
    ['src/bots/a.ts', "import { createAppStore } from '../app/store';", 1, 'bots must not import app'],
    ['src/bots/a.ts', "import { createStore } from 'zustand';", 1, "bots must not import 'zustand'"],
    ['src/app/a.ts', "import { startGame } from '../render/start-game';", 1, 'app must not import render'],
    ['src/app/a.ts', "import { Game } from 'phaser';", 1, "app must not import 'phaser'"],
    [
      'src/ui/a.ts',
      "import { TitleScene } from '../render/scenes/title-scene';",
      1,
      'ui must not import render',
    ],
    ['src/ui/a.ts', "import { Scene } from 'phaser';", 1, "ui must not import 'phaser'"],
    ['src/render/a.ts', "import { mountTitleMenu } from '../ui/title-menu';", 1, 'render must not import ui'],
    ['src/render/a.ts', "import { chooseActions } from '../bots/greedy';", 1, 'render must not import bots'],
    ['src/cli/a.ts', "import { createAppStore } from '../app/store';", 1, 'cli must not import app'],
    ['src/main.ts', "import { main } from './cli/sim';", 1, 'main must not import cli'],
    ['src/shared/a.ts', 'export const x = 1;', 1, 'is in no layer'],
  ];

  it.each(cases)('%s: %s', (file, source, line, words) => {
    const violations = checkFile(file, source);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ file, line });
    expect(violations[0]?.message).toContain(words);
  });
});

describe('the import checker leaves legal code alone', () => {
  const clean: [string, string][] = [
    [
      'src/core/deals/a.ts',
      "import { produce } from 'immer';\nimport * as v from 'valibot';\nimport { step } from '../step';\nimport { rng } from './rng';",
    ],
    ['src/core/a.ts', "// import * as Phaser from 'phaser';\n/* import { x } from '../app/store'; */"],
    ['src/core/a.ts', `const hint = "write: import x from '../app/store'";`],
    ['src/core/a.ts', "const re = /from '..\\/app'/;\nconst half = total / 2; const q = a / b / c;"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source code containing a template
    ['src/core/a.ts', "const s = `from '../app/store' ${count} and from '../ui'`;"],
    ['src/core/a.ts', "const list = Array.from('abc');"],
    ['src/bots/a.ts', "import type { GameState } from '../core/state';\nimport { step } from '../core';"],
    [
      'src/app/a.ts',
      "import { createStore } from 'zustand/vanilla';\nimport { pick } from '../bots/greedy';",
    ],
    ['src/render/a.ts', "import { Scene } from 'phaser';\nimport type { AppStore } from '../app/store';"],
    [
      'src/ui/a.ts',
      "import type { Quarter } from '../core/quarter';\nimport { createAppStore } from '../app/store';",
    ],
    ['src/cli/a.ts', "import { readFileSync } from 'node:fs';\nimport { newGame } from '../core';"],
    [
      'src/main.ts',
      "import { startGame } from './render/start-game';\nimport { mountTitleMenu } from './ui/title-menu';",
    ],
  ];

  it.each(clean)('%s: %s', (file, source) => {
    expect(checkFile(file, source)).toEqual([]);
  });

  it('still sees the import that follows a regex, a template and a comment', () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source code containing a template
      "const re = /[/]'/g;\nconst t = `a ${b({ c: 1 })} d`;\n/* x */ import { y } from '../app';";
    expect(findImports(source)).toEqual([{ specifier: '../app', line: 3 }]);
  });
});

/**
 * biome.json's override for src/core and src/bots bans what an import scan cannot judge:
 * Math.random, clocks, the DOM, storage. This runs Biome with the project's own biome.json on
 * fixture files, so weakening the config makes this test fail.
 */
describe('biome.json bans globals and packages in the pure layers', () => {
  const LAYER_RULES = [
    'lint/style/noRestrictedImports',
    'lint/style/noRestrictedGlobals',
    'lint/correctness/noNodejsModules',
    'lint/nursery/noJsRestrictedProperties',
  ];
  const violating = [
    "import * as Phaser from 'phaser';",
    "import { createStore } from 'zustand/vanilla';",
    "import { readFileSync } from 'node:fs';",
    "import { createAppStore } from '../app/store';",
    'export const roll = Math.random();',
    'export const now = Date.now();',
    'export const t = performance.now();',
    'export const w = window.innerWidth;',
    'export const title = document.title;',
    "export const saved = localStorage.getItem('save');",
    'setTimeout(() => {}, 0);',
    'export { Phaser, createStore, readFileSync, createAppStore };',
  ].join('\n');
  const legal = [
    '// Date and Math.random() in a comment are fine.',
    "export const note = 'so is performance.now() in a string';",
    'export const chip = { performance: 990, powerW: 700 };',
    'export const perf = chip.performance;',
    'export function score(performance: number): number { return performance * 2; }',
  ].join('\n');

  let dir = '';
  let diagnostics: { path: string; line: number; category: string }[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hyperscale-layer-'));
    copyFileSync(join(repoRoot, 'biome.json'), join(dir, 'biome.json'));
    const files: Record<string, string> = {
      'src/core/violating.ts': violating,
      'src/bots/violating.ts': violating,
      'src/core/legal.ts': legal,
      // The same code is fine in the render layer: the override must be scoped to core and bots.
      'src/render/allowed.ts': violating,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `${text}\n`);
    }
    const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
    const run = spawnSync(
      process.execPath,
      [biome, 'lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'],
      { cwd: dir, encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as {
      diagnostics: { category: string; location: { path: string; start: { line: number } } }[];
    };
    diagnostics = report.diagnostics
      .filter((d) => LAYER_RULES.includes(d.category))
      .map((d) => ({ path: d.location.path, line: d.location.start.line, category: d.category }));
  }, 30_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['src/core/violating.ts', 'src/bots/violating.ts'])('flags every banned line in %s', (path) => {
    const flaggedLines = new Set(diagnostics.filter((d) => d.path === path).map((d) => d.line));
    expect([...flaggedLines].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reports Math.random, clocks and the DOM under the expected rules', () => {
    const at = (line: number) =>
      diagnostics.find((d) => d.path === 'src/core/violating.ts' && d.line === line)?.category;
    expect(at(5)).toBe('lint/nursery/noJsRestrictedProperties');
    expect(at(6)).toBe('lint/style/noRestrictedGlobals');
    expect(at(9)).toBe('lint/style/noRestrictedGlobals');
  });

  it('does not flag comments, strings, property names or parameters', () => {
    expect(diagnostics.filter((d) => d.path === 'src/core/legal.ts')).toEqual([]);
  });

  it('applies only to core and bots', () => {
    expect(diagnostics.filter((d) => d.path === 'src/render/allowed.ts')).toEqual([]);
  });
});
