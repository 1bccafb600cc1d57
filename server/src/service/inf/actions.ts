/**
 * Quick fixes for INF problems, computed from each problem's code, range and data (fixData.ts) only: no
 * message matching, no second parse. A fix is offered where the fix is certain; where two readings exist
 * (a bare Flags number, several dump containers) each is offered and none is preferred.
 */

import { lookupProvider } from '../data/providers';
import type { RuleCode } from '../rules';
import type { Problem, TextEdit } from '../types';
import {
  dataWith,
  type CloseQuoteData,
  type FlagsData,
  type InsertAmpersandData,
  type MissingPairData,
  type PlaceholderData,
  type RemarkData,
  type ReplaceData,
} from './fixData';
import type { InfDocument } from './model';

export interface InfQuickFix {
  title: string;
  isPreferred?: boolean;
  edits: TextEdit[];
}

/** A key container seen in a certutil dump open in the editor (the glue collects them). */
export interface DumpContainer {
  container: string;
  provider: string;
  serial: string;
  subject?: string;
}

export interface InfFixContext {
  dumpContainers?: DumpContainer[];
}

/** Titles of the plain "replace the range" fixes, by code; `{r}` is the replacement. */
const replaceTitles: Partial<Record<RuleCode, string>> = {
  'inf.misspelt-section': 'Change to [{r}]',
  'inf.bad-section-header': 'Write {r}',
  'inf.signature': 'Write Signature={r}',
  'inf.property-id': 'Change to property {r}',
  'keyspec.ksp-nonzero': 'Set KeySpec to {r}',
  'provider.type-mismatch': 'Set ProviderType to {r}',
  'keyprov.unknown-pair': 'Change to {r}',
  'keyprov.bad-value': 'Change to {r}',
  'certreq.unknown-key': 'Change to {r}',
  'certreq.bad-value': 'Change to {r}',
  'capolicy.unknown-key': 'Change to {r}',
  'capolicy.bad-value': 'Change to {r}',
};

/** Replacements that are guesses from spelling (another key may have been meant): offered, not preferred. */
const guessed = new Set<RuleCode>(['keyprov.unknown-pair', 'certreq.unknown-key', 'capolicy.unknown-key']);

export function infQuickFixes(doc: InfDocument, text: string, problem: Problem, context: InfFixContext = {}): InfQuickFix[] {
  const range = { start: problem.start, end: problem.end };
  switch (problem.code) {
    case 'inf.slash-comment': {
      const data = dataWith<RemarkData>(problem, 'ownLine');
      return data ? remarkFixes(data, doc.eol) : [];
    }
    case 'inf.unterminated-quote': {
      const data = dataWith<CloseQuoteData>(problem, 'at');
      return data ? [{ title: 'Close the quote at the end of the line', edits: [{ start: data.at, end: data.at, newText: '"' }] }] : [];
    }
    case 'keyprov.missing-ampersand': {
      const data = dataWith<InsertAmpersandData>(problem, 'at');
      return data ? [{ title: "Add the missing '&'", isPreferred: true, edits: [{ start: data.at, end: data.at, newText: '&' }] }] : [];
    }
    case 'keyprov.trailing-ampersand':
      return [{ title: "Remove the trailing '&'", isPreferred: true, edits: [{ ...range, newText: '' }] }];
    case 'keyprov.flags-not-hex': {
      const data = dataWith<FlagsData>(problem, 'asHex');
      const written = text.slice(problem.start, problem.end);
      return data
        ? [
            { title: `Write ${data.asHex} (certutil -v prints Flags in hex)`, edits: [{ ...range, newText: data.asHex }] },
            { title: `Write ${data.asDecimal} (${written} read as decimal)`, edits: [{ ...range, newText: data.asDecimal }] },
          ]
        : [];
    }
    case 'keyprov.missing-pair': {
      const add = dataWith<MissingPairData>(problem, 'pair')?.add;
      if (!add) return [];
      const edits: TextEdit[] = [];
      if (add.ampersandAt !== undefined) edits.push({ start: add.ampersandAt, end: add.ampersandAt, newText: '&' });
      edits.push({ start: add.at, end: add.at, newText: add.text });
      const pair = /"([^"]*)"/.exec(add.text)?.[1] ?? add.text.trim();
      return [{ title: `Add ${pair}`, isPreferred: true, edits }];
    }
    case 'inf.placeholder':
      return placeholderFixes(problem, dataWith<PlaceholderData>(problem, 'pair'), context.dumpContainers ?? []);
    default: {
      const title = replaceTitles[problem.code];
      const data = dataWith<ReplaceData>(problem, 'replacement');
      if (!title || !data) return [];
      let shown = problem.code === 'inf.signature' ? data.replacement : data.replacement.replace(/^"(.*)"$/, '$1');
      if (problem.code === 'keyspec.ksp-nonzero' && shown === '0') shown = '0 (AT_NONE)';
      return [{ title: title.replace('{r}', shown), isPreferred: !guessed.has(problem.code), edits: [{ ...range, newText: data.replacement }] }];
    }
  }
}

/** `//` text becomes a `;` comment: in place when alone on its line, else on a line of its own above. */
function remarkFixes(data: RemarkData, eol: string): InfQuickFix[] {
  if (data.ownLine) {
    return [{ title: 'Use ; to start the comment', isPreferred: true, edits: [{ ...data.marker, newText: ';' }] }];
  }
  const removal: TextEdit = { ...data.remove, newText: data.commentFollows ? ' ' : '' };
  return [
    {
      title: 'Move the remark to a ; comment line of its own',
      isPreferred: true,
      edits: [{ start: data.lineStart, end: data.lineStart, newText: `${data.indent}; ${data.body}${eol}` }, removal],
    },
    { title: 'Delete the remark', edits: [removal] },
  ];
}

/**
 * One fix per container of the open dumps: those of the Provider the INF names when any match, else the KSP
 * containers (a KeyProv.inf repairs KSP keys). Names a KeyProv.inf cannot carry (`&`, `"`) are left out.
 */
function placeholderFixes(problem: Problem, data: PlaceholderData | undefined, containers: readonly DumpContainer[]): InfQuickFix[] {
  if (data?.pair !== 'Container') return [];
  const usable = containers.filter((c) => c.container !== '' && !/[&"]/.test(c.container));
  const provider = data.provider?.trim().toLowerCase();
  const sameProvider = usable.filter((c) => provider !== undefined && c.provider.trim().toLowerCase() === provider);
  const candidates = sameProvider.length > 0 ? sameProvider : usable.filter((c) => lookupProvider(c.provider)?.kind === 'ksp');
  const seen = new Set<string>();
  const unique = candidates.filter((c) => !seen.has(c.container) && seen.add(c.container));
  return unique.map((c) => ({
    title: `Use container "${c.container}" (${c.subject ? `${c.subject}, ` : ''}serial ${c.serial})`,
    isPreferred: unique.length === 1,
    edits: [{ start: problem.start, end: problem.end, newText: c.container }],
  }));
}
