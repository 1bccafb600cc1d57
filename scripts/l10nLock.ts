/**
 * Staleness of the translations: each translated text must fail a test when its English changes and the
 * translations do not follow.
 *
 * - Rule messages (by code) and package.nls.json texts (by key): `server/src/service/l10n/english.lock.json`
 *   holds, per language, a fingerprint of the English each translation was written against. The translator
 *   updates de/fr, then runs `npm run l10n:lock` (or `npm run l10n:lock -- de` for one language).
 * - Server phrases (keyed by their English): a phrase whose English no longer occurs in server/src or common
 *   (as string pieces, joined as the code joins them) is stale; German and French hold the same phrases.
 * - Client bundles (keyed by their English): a string @vscode/l10n-dev exports that a bundle lacks is new or
 *   changed English; one the bundle has that is no longer exported is stale.
 *
 * The functions are pure where they can be, so the l10n test can change an English text in memory.
 */

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../server/src/service/rules';

const root = path.join(__dirname, '..');
export const lockFile = 'server/src/service/l10n/english.lock.json';
export const lockLocales = ['de', 'fr'] as const;
export type LockLocale = (typeof lockLocales)[number];

/** The English texts that are translated by a stable key. */
export interface EnglishTexts {
  /** Rule message templates by diagnostic code (rules.ts). */
  messages: Record<string, string>;
  /** package.nls.json by key. */
  packageNls: Record<string, string>;
}

/** Per language: the fingerprint of the English each translated text was written against. */
export type EnglishLock = Record<LockLocale, { messages: Record<string, string>; packageNls: Record<string, string> }>;

/** A short, stable fingerprint of an English text. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Today's English, from the rule table and package.nls.json. */
export function englishTexts(): EnglishTexts {
  const messages = Object.fromEntries(Object.entries(rules).map(([code, rule]) => [code, rule.message]));
  const packageNls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return { messages, packageNls };
}

const fingerprints = (texts: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.keys(texts)
      .sort()
      .map((key) => [key, fingerprint(texts[key])]),
  );

/** The lock with `locales` recorded against `english`, the other languages kept as `previous` has them. */
export function recordLock(english: EnglishTexts, locales: readonly LockLocale[], previous?: Partial<EnglishLock>): EnglishLock {
  const lock = {} as EnglishLock;
  for (const locale of lockLocales) {
    lock[locale] = locales.includes(locale)
      ? { messages: fingerprints(english.messages), packageNls: fingerprints(english.packageNls) }
      : (previous?.[locale] ?? { messages: {}, packageNls: {} });
  }
  return lock;
}

export function readLock(): Partial<EnglishLock> {
  const file = path.join(root, lockFile);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<EnglishLock>) : {};
}

/** Each translated text whose English changed (or is new, or gone) since its translation was recorded; empty when none. */
export function staleTranslations(lock: Partial<EnglishLock>, english: EnglishTexts): string[] {
  const problems: string[] = [];
  for (const locale of lockLocales) {
    const run = `then run \`npm run l10n:lock -- ${locale}\``;
    const tables = [
      ['messages', english.messages, (code: string) => [`rule "${code}"`, `update messages['${code}'] in server/src/service/l10n/${locale}.ts`]],
      ['packageNls', english.packageNls, (key: string) => [`package.nls.json "${key}"`, `update "${key}" in package.nls.${locale}.json`]],
    ] as const;
    for (const [table, texts, where] of tables) {
      const recorded = lock[locale]?.[table] ?? {};
      for (const [key, text] of Object.entries(texts)) {
        const [what, fix] = where(key);
        if (!(key in recorded)) problems.push(`${locale}: ${what} is new since the last lock: ${fix}, ${run}`);
        else if (recorded[key] !== fingerprint(text)) problems.push(`${locale}: the English of ${what} changed since it was translated: ${fix}, ${run}`);
      }
      for (const key of Object.keys(recorded)) if (!(key in texts)) problems.push(`${locale}: ${table} "${key}" is gone from the English: ${run}`);
    }
  }
  return problems;
}

/**
 * The literal text of every string in TypeScript `source`, split where a template has a `${...}` hole:
 * '...', "..." and `...` (holes and nested templates too); comments and regular expressions skipped.
 * One pass, no backtracking.
 */
export function stringPieces(source: string): string[] {
  const pieces: string[] = [];
  /** Brace depth inside each open template hole, innermost last. */
  const holes: number[] = [];
  let depth = 0;
  let i = 0;
  const n = source.length;
  /** Reads a string from after its opening quote up to its end or a `${`, which it enters. */
  const readString = (quote: string): void => {
    let text = '';
    while (i < n && source[i] !== quote) {
      if (source[i] === '\\') {
        text += source[i + 1] === 'n' ? '\n' : (source[i + 1] ?? '');
        i += 2;
        continue;
      }
      if (quote === '`' && source[i] === '$' && source[i + 1] === '{') {
        pieces.push(text);
        i += 2;
        holes.push(depth);
        depth = 0;
        return;
      }
      text += source[i++];
    }
    pieces.push(text);
    i++;
  };
  while (i < n) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      readString(c);
    } else if (
      c === '/' &&
      /(^|[(,=:[!&|?{};]|return)\s*$/.test(
        source
          .slice(Math.max(0, i - 12), i)
          .split('\n')
          .pop() ?? '',
      )
    ) {
      // A regular expression literal, to its closing slash (a class may hold one).
      let inClass = false;
      i++;
      while (i < n && source[i] !== '\n' && (inClass || source[i] !== '/')) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        i++;
      }
      i++;
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth === 0 && holes.length > 0) {
      depth = holes.pop() ?? 0;
      i++;
      readString('`');
    } else {
      if (c === '}') depth--;
      i++;
    }
  }
  return pieces.filter((p) => p.length > 0);
}

/**
 * True when `text` occurs in the code's strings as the code would build it: inside one piece, or as the end of
 * one piece, whole pieces, and the start of one (`${n} lost key${s}` builds "lost keys").
 */
export function builtFrom(text: string, pieces: readonly string[]): boolean {
  if (pieces.some((p) => p.includes(text))) return true;
  const reached = new Array<boolean>(text.length + 1).fill(false);
  for (const p of pieces) for (let k = 1; k <= Math.min(p.length, text.length); k++) if (p.endsWith(text.slice(0, k))) reached[k] = true;
  for (let k = 1; k < text.length; k++) {
    if (!reached[k]) continue;
    const rest = text.slice(k);
    for (const p of pieces) {
      if (p.startsWith(rest)) return true;
      if (rest.startsWith(p)) reached[k + p.length] = true;
    }
  }
  return reached[text.length];
}

/** The phrase keys whose English the code no longer writes (each literal part between `{holes}` is checked). */
export function stalePhrases(phrases: readonly string[], pieces: readonly string[]): string[] {
  return phrases.filter((phrase) =>
    phrase
      .split(/\{\w+\}/)
      .filter((part) => part.length > 0)
      .some((part) => !builtFrom(part, pieces)),
  );
}

/** The string pieces of the code that writes the server's English: server/src and common, the bundles left out. */
export function serverStringPieces(): string[] {
  const files = (folder: string): string[] =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() ? (e.name === 'l10n' ? [] : files(path.join(folder, e.name))) : e.name.endsWith('.ts') ? [path.join(folder, e.name)] : [],
      );
  const all = [...files(path.join(root, 'server', 'src')), ...files(path.join(root, 'common'))].flatMap((file) => stringPieces(fs.readFileSync(file, 'utf8')));
  return [...new Set(all)];
}

/** A client bundle against the strings @vscode/l10n-dev exports from client/src today. */
export function clientBundleGaps(exported: Record<string, unknown>, bundle: Record<string, unknown>, file: string): string[] {
  const gaps: string[] = [];
  for (const english of Object.keys(exported))
    if (!(english in bundle)) gaps.push(`${file} has no translation of "${english}": new or changed English in client/src (vscode.l10n.t): translate it`);
  for (const english of Object.keys(bundle))
    if (!(english in exported)) gaps.push(`${file} translates "${english}", which client/src no longer says: its English changed or is gone`);
  return gaps;
}

if (require.main === module) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(lockLocales as readonly string[]).includes(a));
  if (unknown.length > 0) {
    process.stderr.write(`l10n:lock: unknown language ${unknown.join(', ')} (known: ${lockLocales.join(', ')})\n`);
    process.exit(1);
  }
  const locales = asked.length > 0 ? (asked as LockLocale[]) : lockLocales;
  const lock = recordLock(englishTexts(), locales, readLock());
  fs.writeFileSync(path.join(root, lockFile), `${JSON.stringify(lock, null, 2)}\n`);
  process.stdout.write(`${lockFile}: the English of ${locales.join(' and ')} recorded\n`);
}
