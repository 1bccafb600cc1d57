/**
 * The server's messages in the admin's language. The rule table (rules.ts) holds the English templates;
 * a bundle per language holds the same templates by code, and the English phrases the checks pass as
 * parameters (advice, reasons, "Did you mean ...?"), as phrase templates with `{name}` holes.
 * Codes, ranges and data never change with the language: only the text is replaced, at the edge.
 * A message whose code a bundle lacks, or a parameter phrase it does not know, stays English.
 */

import { fillTemplate, type RuleCode } from '../rules';
import type { Problem, Related } from '../types';
import { de } from './de';
import { fr } from './fr';

/** One language's texts. */
export interface ServerBundle {
  /** Message templates by diagnostic code, with the `{name}` parameters of the English template. */
  messages: Partial<Record<RuleCode, string>>;
  /** English parameter phrase (or related-information text), with optional `{name}` holes → its translation. */
  phrases: Record<string, string>;
}

/** The languages the server speaks besides English (the fallback). */
export const serverBundles = { de, fr } satisfies Record<string, ServerBundle>;

export type ServerLocale = 'en' | keyof typeof serverBundles;

/** `de-DE`, `de`, `fr-CA` ... → a language the server has; anything else is English. */
export function serverLocaleOf(tag: string | undefined): ServerLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return language in serverBundles ? (language as ServerLocale) : 'en';
}

interface CompiledPhrase {
  /** The literal pieces between the holes: pieces.length === holes.length + 1. */
  pieces: string[];
  holes: string[];
  translation: string;
}

const compiled = new Map<ServerBundle, { exact: Map<string, string>; templates: CompiledPhrase[] }>();

function compile(bundle: ServerBundle): { exact: Map<string, string>; templates: CompiledPhrase[] } {
  const done = compiled.get(bundle);
  if (done) return done;
  const exact = new Map<string, string>();
  const templates: CompiledPhrase[] = [];
  for (const [english, translation] of Object.entries(bundle.phrases)) {
    const parts = english.split(/\{(\w+)\}/);
    if (parts.length === 1) exact.set(english, translation);
    else templates.push({ pieces: parts.filter((_, i) => i % 2 === 0), holes: parts.filter((_, i) => i % 2 === 1), translation });
  }
  // The most literal text first, so "Certificate {x} (serial {s}): " is tried before "Certificate {x}: ".
  const literal = (t: CompiledPhrase): number => t.pieces.reduce((n, p) => n + p.length, 0);
  templates.sort((a, b) => literal(b) - literal(a));
  const result = { exact, templates };
  compiled.set(bundle, result);
  return result;
}

/** Fills the holes of `t` from `text` (first piece a prefix, last a suffix, the others found in order); undefined when it does not fit. */
function match(t: CompiledPhrase, text: string): Record<string, string> | undefined {
  const first = t.pieces[0];
  const last = t.pieces[t.pieces.length - 1];
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return undefined;
  const values: Record<string, string> = {};
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < t.pieces.length - 1; i++) {
    const found = t.pieces[i] === '' ? at : text.indexOf(t.pieces[i], at);
    if (found < 0 || found > end) return undefined;
    values[t.holes[i - 1]] = text.slice(at, found);
    at = found + t.pieces[i].length;
  }
  values[t.holes[t.holes.length - 1]] = text.slice(at, end);
  return values;
}

/** A parameter phrase in the bundle's language; its holes are translated in turn (a bounded depth; never the verbatimHoles), the rest kept. */
export function translatePhrase(text: string, bundle: ServerBundle, depth = 0): string {
  const { exact, templates } = compile(bundle);
  const whole = exact.get(text);
  if (whole !== undefined || depth >= 4 || text.length === 0) return whole ?? text;
  for (const t of templates) {
    const values = match(t, text);
    if (!values) continue;
    const translated: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) translated[name] = verbatimHoles.has(name) ? value : translatePhrase(value, bundle, depth + 1);
    return fillTemplate(t.translation, translated);
  }
  return text;
}

/**
 * Parameters that carry text from the document (a value, a key, a provider or section name ...): never
 * translated, even where one happens to read like a known phrase.
 */
export const documentParams = new Set([
  'value',
  'key',
  'name',
  'provider',
  'container',
  'section',
  'text',
  'glued',
  'marker',
  'store',
  'suggestion',
  'registry',
]);

/** Any other text the server shows (a quick fix title, a code lens, an inlay hint, a refusal) in `locale`, by the phrase table. */
export function localizeText(text: string, locale: ServerLocale): string {
  return locale === 'en' ? text : translatePhrase(text, serverBundles[locale]);
}

/** The message and related texts of `problem` in `locale`; the problem itself is not changed. */
export function localizeProblem(problem: Problem, locale: ServerLocale): { message: string; related?: Related[] } {
  if (locale === 'en') return { message: problem.message, ...(problem.related ? { related: problem.related } : {}) };
  const bundle: ServerBundle = serverBundles[locale];
  const template = bundle.messages[problem.code];
  let message = problem.message;
  if (template !== undefined) {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(problem.params ?? {}))
      params[name] = typeof value === 'string' && !documentParams.has(name) ? translatePhrase(value, bundle) : value;
    message = fillTemplate(template, params);
  }
  const related = problem.related?.map((r) => ({ ...r, message: translatePhrase(r.message, bundle) }));
  return { message, ...(related ? { related } : {}) };
}

/**
 * A text the service writes itself (a hover, a report, a repair note), in `locale`: the bundle's translation of
 * the English `template` (a `phrases` key), filled with `params`. Parameters are document text or numbers and are
 * never translated. A template the bundle lacks stays English.
 */
export function say(locale: ServerLocale | undefined, template: string, params: Record<string, string | number> = {}): string {
  const translated = locale === undefined || locale === 'en' ? template : (serverBundles[locale].phrases[template] ?? template);
  return fillTemplate(translated, params);
}

/**
 * Holes of a phrase template that carry a document's text, a file name, a URI, a command line or a serial
 * (a refusal's `"{value}"`, a note's `{file}`): kept as they are, even where one reads like a known phrase.
 */
const verbatimHoles = new Set([...documentParams, 'serial', 'file', 'first', 'uri', 'path', 'command', 'scheme', 'schemes']);
