/**
 * What lets an edit of a large dump re-parse only the certificate it touched: finding the certificate frames
 * without splitting the whole text, matching the certificates of two versions by their text, moving a parse
 * to new offsets, and cutting a parse loose from the text it was read from. Pure and allocation-light:
 * a 1,000 certificate dump is 6.6 MB, and this runs on every keystroke.
 */

import { finish } from '../slices';

/** The start of every line for which `isFrame(lineText)` holds. Only lines containing `marker` are looked at. */
export function findFrameLines(text: string, marker: string, isFrame: (line: string) => boolean): number[] {
  return finish(findFrameLinesInSlices(text, marker, isFrame));
}

/** How much text findFrameLinesInSlices searches between two yields. */
export const FRAME_SEARCH_SLICE_CHARS = 32 * 1024;

/**
 * findFrameLines in slices (issue 13): the marker is searched a window of FRAME_SEARCH_SLICE_CHARS at a time (a
 * view of the text, not a copy), since one `indexOf` over a 60 MB text without the marker runs to its end in one piece.
 */
export function* findFrameLinesInSlices(
  text: string,
  marker: string,
  isFrame: (line: string) => boolean,
  /** The window (tests move it; the result never depends on it). */
  sliceChars = FRAME_SEARCH_SLICE_CHARS,
): Generator<void, number[]> {
  const starts: number[] = [];
  let from = 0;
  let yielded = 0;
  while (from < text.length) {
    if (from - yielded >= sliceChars) {
      yielded = from;
      yield;
    }
    const windowEnd = Math.min(text.length, from + sliceChars);
    // A marker that starts in the window is found whole: the view reaches marker.length - 1 past it.
    const within = text.slice(from, Math.min(text.length, windowEnd + marker.length - 1)).indexOf(marker);
    if (within < 0) {
      from = windowEnd;
      continue;
    }
    const at = from + within;
    let start = at;
    while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
    let end = at + marker.length;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    if (isFrame(text.slice(start, end))) starts.push(start);
    from = end;
  }
  return starts;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Line breaks in `text` between `from` and `to` (CRLF, LF and lone CR each count once). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/**
 * How many leading and trailing parts two versions share, where a part `k` is `text.slice(bounds[k], bounds[k + 1])`.
 * Part 0 (the text before the first certificate) is only ever matched with part 0.
 */
export function sharedParts(text: string, bounds: readonly number[], oldText: string, oldBounds: readonly number[]): { leading: number; trailing: number } {
  return finish(sharedPartsInSlices(text, bounds, oldText, oldBounds));
}

/** How many parts sharedPartsInSlices compares between two yields. */
const PARTS_PER_SLICE = 64;

/** sharedParts in slices: it yields every PARTS_PER_SLICE parts compared (a part is one certificate's text). */
export function* sharedPartsInSlices(
  text: string,
  bounds: readonly number[],
  oldText: string,
  oldBounds: readonly number[],
): Generator<void, { leading: number; trailing: number }> {
  const count = bounds.length - 1;
  const oldCount = oldBounds.length - 1;
  const same = (k: number, oldK: number): boolean => {
    const length = bounds[k + 1] - bounds[k];
    return length === oldBounds[oldK + 1] - oldBounds[oldK] && text.slice(bounds[k], bounds[k + 1]) === oldText.slice(oldBounds[oldK], oldBounds[oldK + 1]);
  };
  let leading = 0;
  while (leading < count && leading < oldCount && same(leading, leading)) if (++leading % PARTS_PER_SLICE === 0) yield;
  let trailing = 0;
  const most = Math.min(count, oldCount) - Math.max(leading, 1);
  while (trailing < most && same(count - 1 - trailing, oldCount - 1 - trailing)) if (++trailing % PARTS_PER_SLICE === 0) yield;
  return { leading, trailing };
}

/** A copy of a parse tree with every offset (`start`/`end`, the Span convention of types.ts) moved by `delta`. */
export function moved<T>(node: T, delta: number): T {
  if (delta === 0) return node;
  return move(node, delta) as T;
}

/**
 * `moved`, for a certificate the incremental parse takes over: the copy remembers the node it was moved from, so
 * the facts and findings cached on that node follow it (issue 18 part 2). One generation only: the node it was
 * moved from forgets its own origin, so no chain of old versions stays alive.
 */
export function carried<T extends object>(node: T, delta: number): T {
  if (delta === 0) return node;
  const copy = moved(node, delta);
  origins.delete(node);
  origins.set(copy, { from: node, delta });
  return copy;
}

/** `copy` is `node` with another run context (dumpParser.ts withContexts): it takes over where `node` came from. */
export function recontexted<T extends object>(copy: T, node: T): T {
  origins.set(copy, origins.get(node) ?? { from: node, delta: 0 });
  origins.delete(node);
  return copy;
}

/** Which node a moved copy was made from, and by how much it moved: lets caches keyed by node follow a move. */
const origins = new WeakMap<object, { from: object; delta: number }>();

/** The node `node` was moved from by `moved` (one generation back) and the distance, or undefined for a node read anew. */
export function movedFrom<T extends object>(node: T): { from: T; delta: number } | undefined {
  return origins.get(node) as { from: T; delta: number } | undefined;
}

/** Lets go of the node `node` was moved from, once every cache keyed by node has followed the move. */
export function forgetOrigin(node: object): void {
  origins.delete(node);
}

function move(node: unknown, delta: number): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    const items: unknown[] = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i++) items[i] = move(node[i], delta);
    return items;
  }
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    const value = source[key];
    copy[key] = typeof value === 'number' ? (key === 'start' || key === 'end' ? value + delta : value) : typeof value === 'object' ? move(value, delta) : value;
  }
  return copy;
}

/**
 * Replaces, in place, every string of a fresh parse tree by a copy. V8 keeps a substring of 13 characters or
 * more as a view into the whole text, so a certificate taken over by later versions would otherwise keep the
 * 6 MB text of the version it was first read from alive, one more text per edited certificate.
 */
export function detachStrings(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'string') {
      if (value.length >= 13) record[key] = copyOf(value);
    } else {
      detachStrings(value);
    }
  }
}

/** A string that shares no memory with `value` (flattening the concatenation copies it). */
function copyOf(value: string): string {
  return (' ' + value).slice(1);
}
