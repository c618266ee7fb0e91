import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';

/**
 * The layer rule of ARCHITECTURE.md as a checker: every import in src/ must point down
 *
 *   render, ui -> app -> bots -> core;   cli -> bots, core;   main.ts -> render, ui, app
 *
 * and a few packages stay out of layers that must not know them (Phaser outside render,
 * zustand and Node built-ins out of the pure layers). Relative imports are resolved to the
 * layer they land in, which Biome's path patterns cannot do. Forbidden globals (Math.random,
 * Date, the DOM...) are Biome's job (biome.json overrides): it knows scopes, a text scan does not.
 */

export const LAYERS = ['core', 'bots', 'app', 'render', 'ui', 'cli', 'main'] as const;
export type Layer = (typeof LAYERS)[number];

/** The layers each layer may import from (itself included). */
export const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  bots: ['bots', 'core'],
  app: ['app', 'bots', 'core'],
  // The render and ui layers read core types and pure helpers, but reach bots only through app.
  render: ['render', 'app', 'core'],
  ui: ['ui', 'app', 'core'],
  cli: ['cli', 'bots', 'core'],
  main: ['main', 'render', 'ui', 'app', 'core'],
};

interface PackageBan {
  test: (specifier: string) => boolean;
  why: string;
}

const NODE_BUILTIN: PackageBan = {
  test: (s) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0] ?? s),
  why: 'Node built-ins do not exist in the browser',
};
const PHASER: PackageBan = { test: (s) => s === 'phaser', why: 'Phaser belongs in src/render' };
const ZUSTAND: PackageBan = {
  test: (s) => s === 'zustand' || s.startsWith('zustand/'),
  why: 'the store belongs in src/app',
};

/** Packages each layer must not import. */
export const BANNED_PACKAGES: Record<Layer, readonly PackageBan[]> = {
  core: [PHASER, ZUSTAND, NODE_BUILTIN],
  bots: [PHASER, ZUSTAND, NODE_BUILTIN],
  app: [PHASER, NODE_BUILTIN],
  render: [NODE_BUILTIN],
  ui: [PHASER, NODE_BUILTIN],
  cli: [],
  main: [NODE_BUILTIN],
};

export interface Violation {
  /** Repository-relative path with forward slashes, e.g. src/core/step.ts */
  file: string;
  line: number;
  message: string;
}

/** Which layer a repository-relative path (file or folder, extension optional) belongs to. */
export function layerOf(path: string): Layer | null {
  if (path === 'src/main' || path === 'src/main.ts') return 'main';
  const match = /^src\/([^/.]+)(?:\/|$)/.exec(path);
  const name = match?.[1];
  return LAYERS.find((l) => l === name && l !== 'main') ?? null;
}

export interface ImportRef {
  specifier: string;
  line: number;
}

/** Every module specifier the file imports, re-exports, dynamically imports or requires. */
export function findImports(source: string): ImportRef[] {
  const { masked, strings } = maskCommentsAndStrings(source);
  const refs: ImportRef[] = [];
  for (const literal of strings) {
    // What precedes the string literal in code decides whether it names a module.
    const before = masked.slice(Math.max(0, literal.start - 40), literal.start);
    if (/(?:\bfrom|\bimport|\bimport\s*\(|\brequire\s*\()\s*$/.test(before)) {
      refs.push({ specifier: literal.value, line: lineAt(source, literal.start) });
    }
  }
  return refs;
}

/** Checks one file's imports against the layer rule. `file` is repository-relative. */
export function checkFile(file: string, source: string): Violation[] {
  const layer = layerOf(file);
  if (layer === null) {
    return [{ file, line: 1, message: `is in no layer; put it in one of src/{${LAYERS.join(',')}}` }];
  }
  const violations: Violation[] = [];
  for (const { specifier, line } of findImports(source)) {
    const message = judgeImport(file, layer, specifier);
    if (message) violations.push({ file, line, message });
  }
  return violations;
}

function judgeImport(file: string, layer: Layer, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const targetLayer = layerOf(target);
    // Imports that leave src/ (e.g. level data) are not layer arrows.
    if (targetLayer === null || MAY_IMPORT[layer].includes(targetLayer)) return null;
    return `${layer} must not import ${targetLayer} ('${specifier}'): arrows point down, see ARCHITECTURE.md`;
  }
  const ban = BANNED_PACKAGES[layer].find((b) => b.test(specifier));
  return ban ? `${layer} must not import '${specifier}': ${ban.why}` : null;
}

/** Checks every .ts file under src/ of the repository at `root`. */
export function checkTree(root: string): Violation[] {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((f) => `src/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  return files.flatMap((f) => checkFile(f, readFileSync(join(root, f), 'utf8')));
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line} ${v.message}`;
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

interface StringLiteral {
  start: number;
  value: string;
}

/**
 * Blanks out comments, string and template contents and regex literals (keeping every newline,
 * so positions and line numbers survive), and returns the plain string literals it found.
 * A commented-out import, or a string that merely contains "from 'phaser'", is thus not an import.
 */
export function maskCommentsAndStrings(source: string): { masked: string; strings: StringLiteral[] } {
  const out: string[] = [];
  const strings: StringLiteral[] = [];
  // Brace depth of each template literal we are inside a `${ }` of.
  const templateDepths: number[] = [];
  let braceDepth = 0;
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.push(source[k] === '\n' ? '\n' : ' ');
  };

  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      const stop = endOfQuoted(source, i, c);
      strings.push({ start: i, value: source.slice(i + 1, stop - 1) });
      blank(i, stop);
      i = stop;
    } else if (c === '`' || (c === '}' && templateDepths.at(-1) === braceDepth)) {
      if (c === '}') templateDepths.pop();
      const { stop, opensExpression } = endOfTemplatePart(source, i);
      // A template with no `${}` is a plain string, e.g. import(`./x`).
      if (c === '`' && !opensExpression) strings.push({ start: i, value: source.slice(i + 1, stop - 1) });
      blank(i, stop);
      if (opensExpression) templateDepths.push(braceDepth);
      i = stop;
    } else if (c === '/' && regexCanStartAfter(out)) {
      const stop = endOfRegex(source, i);
      blank(i, stop);
      i = stop;
    } else {
      if (c === '{') braceDepth++;
      if (c === '}') braceDepth--;
      out.push(c);
      i++;
    }
  }
  return { masked: out.join(''), strings };
}

function endOfQuoted(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length && source[i] !== quote && source[i] !== '\n') {
    i += source[i] === '\\' ? 2 : 1;
  }
  return Math.min(i + 1, source.length);
}

/** From a backtick or the `}` closing a `${`, to the closing backtick or the next `${`. */
function endOfTemplatePart(source: string, start: number): { stop: number; opensExpression: boolean } {
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === '\\') i += 2;
    else if (source[i] === '`') return { stop: i + 1, opensExpression: false };
    else if (source[i] === '$' && source[i + 1] === '{') return { stop: i + 2, opensExpression: true };
    else i++;
  }
  return { stop: source.length, opensExpression: false };
}

/** A `/` starts a regex, not a division, after an operator, an opening bracket or a keyword. */
function regexCanStartAfter(out: readonly string[]): boolean {
  let k = out.length - 1;
  while (k >= 0 && /\s/.test(out[k] as string)) k--;
  if (k < 0) return true;
  const prev = out[k] as string;
  if ('(,=:[!&|?{};+-*%<>~^'.includes(prev)) return true;
  let word = '';
  while (k >= 0 && /[\w$]/.test(out[k] as string)) word = out[k--] + word;
  return /^(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(word);
}

function endOfRegex(source: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < source.length && source[i] !== '\n') {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    i++;
  }
  i++;
  while (i < source.length && /[a-z]/i.test(source[i] as string)) i++;
  return Math.min(i, source.length);
}
