/**
 * "Did you mean": the closest known name to a misspelt one. Used for sections, keys, pair names and
 * enumeration values, so every "did you mean" in the INF service agrees on what counts as close.
 */

import { knownSections, lookupSection, sectionAliases, sectionForAlias } from '../data/sections';

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) d.push([i]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/**
 * The candidate closest to `word`, if it is close enough to be a slip rather than another name: at most
 * 2 edits, and at most a third of the word (so `Year` -> `Years` but not `Day` -> `Years`).
 * A candidate that only differs in case is not a misspelling (INF names are case-insensitive, docs/formats.md §2.1).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.trim();
  if (w.length < 3) return undefined;
  const limit = Math.min(2, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === w.toLowerCase()) return undefined;
    // The distance is at least the difference in length: skip the table (a huge name would make it huge).
    if (Math.abs(candidate.length - w.length) >= bestDistance) continue;
    const distance = editDistance(w, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** What a misspelt section name is compared with: the known names, and the aliases long enough not to collide. */
const sectionCandidates: readonly string[] = [...knownSections.map((s) => s.name), ...Object.keys(sectionAliases).filter((a) => a.length >= 5)];

/**
 * The known section `name` is, or was meant to be (docs/formats.md §6.1): the name itself, an alias from the table
 * (`AuthorityInfoAccess`), or the closest known name or alias (`Propertes` -> `Properties`). A file whose
 * [Properties] is misspelt is still a KeyProv.inf to its author, and gets its checks too.
 */
export function knownSectionFor(name: string): string | undefined {
  const known = lookupSection(name)?.name ?? sectionForAlias(name);
  if (known) return known;
  const near = closest(name, sectionCandidates);
  return near === undefined ? undefined : (lookupSection(near)?.name ?? sectionForAlias(near));
}
