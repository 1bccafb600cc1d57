/**
 * Reads the key provider string of a repairstore INF (property 2): `"{text}"` followed by `_continue_`
 * fragments whose text is appended as is, then split on `&` into `Name=Value` pairs (docs/formats.md §2.2).
 * Validation, hover and completion all read pairs from here, with exact source spans.
 */

import { lookupKeyProvPair } from '../data/keyProvPairs';
import type { Span } from '../types';
import { entryChain, valueSpan, type InfEntry, type InfValue } from './model';

/** One `_continue_` string (or the head's text after `{text}`). */
export interface KeyProvFragment {
  entry: InfEntry;
  value: InfValue;
  /** Index in value.text where the pairs' text begins (past `{text}` on the head). */
  from: number;
}

export interface KeyProvPair {
  /** As written, trimmed. */
  name: string;
  value: string;
  nameSpan: Span;
  valueSpan: Span;
  /** From the name to the end of the value. */
  span: Span;
  hasEquals: boolean;
  /** The fragment the pair starts in. */
  fragment: number;
}

export interface KeyProvString {
  fragments: KeyProvFragment[];
  pairs: KeyProvPair[];
  /** Fragments that end without `&` although the next one starts a new pair (docs/formats.md §2.2). */
  missingAmpersands: { fragment: number; at: number; span: Span }[];
  /** The `&` after the last pair. */
  trailingAmpersand?: Span;
}

/** One decoded character of the joined string, with its source span and fragment. */
export interface FragmentChar {
  c: string;
  start: number;
  end: number;
  fragment: number;
}

const TEXT_PREFIX = /^\s*\{text\}/i;
const PAIR_START = /^\s*([A-Za-z]+)\s*=/;

/** The text of the chain's strings: the head's value after `{text}`, then each `_continue_`. */
export function keyProvFragments(head: InfEntry): KeyProvFragment[] {
  return entryChain(head).map((entry, i) => {
    const prefix = i === 0 ? TEXT_PREFIX.exec(entry.value.text) : null;
    return { entry, value: entry.value, from: prefix ? prefix[0].length : 0 };
  });
}

/** The characters a fragment contributes to the joined string. */
export function fragmentChars(f: KeyProvFragment, index: number): FragmentChar[] {
  const chars: FragmentChar[] = [];
  for (let j = f.from; j < f.value.text.length; j++) chars.push({ c: f.value.text[j], start: f.value.starts[j], end: f.value.ends[j], fragment: index });
  return chars;
}

export function readKeyProv(head: InfEntry): KeyProvString {
  const fragments = keyProvFragments(head);
  const result: KeyProvString = { fragments, pairs: [], missingAmpersands: [] };
  const chars: FragmentChar[] = [];
  // Fragments with text, so a `"{text}"` head or an empty string does not count as "the last fragment".
  const used = fragments.map((f, i) => ({ f, i })).filter(({ f }) => f.value.text.slice(f.from).trim() !== '');
  used.forEach(({ f, i }, k) => {
    const { value } = f;
    // One by one: a fragment can be longer than a call has arguments.
    for (const ch of fragmentChars(f, i)) chars.push(ch);
    const text = value.text.slice(f.from).trimEnd();
    const next = used[k + 1];
    if (!next || text.endsWith('&')) return;
    // A fragment may carry on a long value; it lacks its `&` only when the next one starts a known pair.
    const start = PAIR_START.exec(next.f.value.text.slice(next.f.from));
    if (start && lookupKeyProvPair(start[1])) {
      const end = f.from + value.text.slice(f.from).trimEnd().length;
      result.missingAmpersands.push({ fragment: i, at: value.contentEnd, span: valueSpan(value, f.from, end) });
      chars.push({ c: '&', start: value.contentEnd, end: value.contentEnd, fragment: i });
    }
  });

  let last = chars.length - 1;
  while (last >= 0 && /\s/.test(chars[last].c)) last--;
  if (last >= 0 && chars[last].c === '&') result.trailingAmpersand = { start: chars[last].start, end: chars[last].end };

  let pieceStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i].c !== '&') continue;
    const pair = toPair(chars.slice(pieceStart, i));
    if (pair) result.pairs.push(pair);
    pieceStart = i + 1;
  }
  return result;
}

function toPair(piece: FragmentChar[]): KeyProvPair | undefined {
  let a = 0;
  let b = piece.length;
  while (a < b && /\s/.test(piece[a].c)) a++;
  while (b > a && /\s/.test(piece[b - 1].c)) b--;
  if (a === b) return undefined;
  // Only called with from < to; `at` marks an empty place.
  const span = (from: number, to: number): Span => ({ start: piece[from].start, end: piece[to - 1].end });
  const at = (offset: number): Span => ({ start: offset, end: offset });
  const text = (from: number, to: number): string =>
    piece
      .slice(from, to)
      .map((ch) => ch.c)
      .join('');
  let eq = a;
  while (eq < b && piece[eq].c !== '=') eq++;
  if (eq === b) {
    return {
      name: text(a, b),
      value: '',
      nameSpan: span(a, b),
      valueSpan: at(piece[b - 1].end),
      span: span(a, b),
      hasEquals: false,
      fragment: piece[a].fragment,
    };
  }
  let n1 = eq;
  while (n1 > a && /\s/.test(piece[n1 - 1].c)) n1--;
  let v0 = eq + 1;
  while (v0 < b && /\s/.test(piece[v0].c)) v0++;
  return {
    name: text(a, n1),
    value: text(v0, b),
    nameSpan: n1 > a ? span(a, n1) : at(piece[eq].start),
    valueSpan: v0 < b ? span(v0, b) : at(piece[eq].end),
    span: span(a, b),
    hasEquals: true,
    fragment: piece[a].fragment,
  };
}

/** The pairs by lowercase name, first occurrence only. */
export function pairsByName(pairs: readonly KeyProvPair[]): Map<string, KeyProvPair> {
  const map = new Map<string, KeyProvPair>();
  for (const pair of pairs) if (!map.has(pair.name.toLowerCase())) map.set(pair.name.toLowerCase(), pair);
  return map;
}
