/**
 * Compares a dump taken before a repair with one taken after it, certificate by certificate (matched
 * by serial), so an admin no longer compares two long dumps by eye (the renewal article's last step, docs/formats.md §2.2).
 */

import { say, type ServerLocale } from '../l10n/serverMessages';
import { report } from '../rules';
import type { Problem, Span } from '../types';
import { keySpecVerdict } from './checks/keySpecCheck';
import type { Certificate, DumpDocument } from './dumpParser';

/** What happened to one certificate between the two dumps. */
export type CompareOutcome = 'fixed' | 'still-broken' | 'fine' | 'changed' | 'appeared' | 'disappeared';

/** A key-provider field that changed: its certutil name and both values (absent where a dump shows none). */
export interface FieldChange {
  field: string;
  before?: string | number;
  after?: string | number;
}

/** `Provider: A → B`, with "(none)" in `locale` for a value a dump does not show; field names stay as certutil prints them. */
export function changeText(change: FieldChange, locale?: ServerLocale): string {
  const none = say(locale, '(none)');
  return `${change.field}: ${change.before ?? none} → ${change.after ?? none}`;
}

/** One certificate's row of the comparison. */
export interface CompareRow {
  serial: string;
  subject?: string;
  isCA: boolean;
  outcome: CompareOutcome;
  /** What else changed in its key-provider property (provider, container, ProviderType, flags). */
  changes: FieldChange[];
  keySpecBefore?: number;
  keySpecAfter?: number;
  /** The later dump still shows a KSP key with KeySpec not 0 for it. */
  brokenAfter: boolean;
  /** Where the certificate stands in the later dump (its KeySpec line when it has one). */
  after?: Span;
}

export interface Comparison {
  rows: CompareRow[];
  /** True when the later dump shows no CA certificate that still needs KeySpec 0 and at least one was fixed. */
  allCaFixed: boolean;
}

const outcomeOrder: CompareOutcome[] = ['still-broken', 'fixed', 'changed', 'appeared', 'disappeared', 'fine'];

export function compareDumps(before: DumpDocument, after: DumpDocument): Comparison {
  const earlier = bySerial(before);
  const later = bySerial(after);
  const rows: CompareRow[] = [];
  for (const [serial, certificate] of later) rows.push(compareOne(serial, earlier.get(serial), certificate));
  for (const [serial, certificate] of earlier) if (!later.has(serial)) rows.push(compareOne(serial, certificate, undefined));
  rows.sort((a, b) => outcomeOrder.indexOf(a.outcome) - outcomeOrder.indexOf(b.outcome));
  const caRows = rows.filter((r) => r.isCA);
  return {
    rows,
    allCaFixed: caRows.some((r) => r.outcome === 'fixed') && !caRows.some((r) => r.brokenAfter),
  };
}

function bySerial(dump: DumpDocument): Map<string, Certificate> {
  const map = new Map<string, Certificate>();
  for (const certificate of dump.certificates) {
    if (certificate.serial && !map.has(certificate.serial.value)) map.set(certificate.serial.value, certificate);
  }
  return map;
}

function compareOne(serial: string, before: Certificate | undefined, after: Certificate | undefined): CompareRow {
  const either = (after ?? before)!;
  const row: CompareRow = {
    serial,
    isCA: either.caEvidence !== undefined,
    outcome: 'fine',
    changes: [],
    brokenAfter: after !== undefined && keySpecVerdict(after.keyProv) === 'broken',
  };
  if (either.subject) row.subject = either.subject.value;
  if (after) row.after = after.keyProv?.keySpec?.line ?? after.frame ?? after.serial?.line ?? { start: after.start, end: after.start };
  const keySpecBefore = before?.keyProv?.keySpec?.value;
  const keySpecAfter = after?.keyProv?.keySpec?.value;
  if (keySpecBefore !== undefined) row.keySpecBefore = keySpecBefore;
  if (keySpecAfter !== undefined) row.keySpecAfter = keySpecAfter;
  if (!before) return { ...row, outcome: 'appeared' };
  if (!after) return { ...row, outcome: 'disappeared' };

  const fields: [string, string | number | undefined, string | number | undefined][] = [
    ['Key Container', before.keyProv?.container?.value, after.keyProv?.container?.value],
    ['Provider', before.keyProv?.provider?.value, after.keyProv?.provider?.value],
    ['ProviderType', before.keyProv?.providerType?.value, after.keyProv?.providerType?.value],
    ['Flags', before.keyProv?.flags?.value, after.keyProv?.flags?.value],
  ];
  row.changes = fields.filter(([, a, b]) => a !== b).map(([field, before, after]) => ({ field, before, after }));
  const wasBroken = keySpecVerdict(before.keyProv) === 'broken';
  if (row.brokenAfter) row.outcome = 'still-broken';
  else if (wasBroken) row.outcome = 'fixed';
  else if (row.changes.length > 0 || keySpecBefore !== keySpecAfter) row.outcome = 'changed';
  return row;
}

/** How the report names each outcome, in `locale`. */
function outcomeText(outcome: CompareOutcome, locale: ServerLocale | undefined): string {
  switch (outcome) {
    case 'fixed':
      return say(locale, 'fixed');
    case 'still-broken':
      return say(locale, 'still broken');
    case 'fine':
      return say(locale, 'fine');
    case 'changed':
      return say(locale, 'changed');
    case 'appeared':
      return say(locale, 'appeared');
    case 'disappeared':
      return say(locale, 'disappeared');
  }
}

function outcomeLegend(locale: ServerLocale | undefined): string {
  const named = (outcome: CompareOutcome): string => `**${outcomeText(outcome, locale)}**`;
  return [
    `${named('fixed')}: ${say(locale, 'KeySpec is now 0')}`,
    `${named('still-broken')}: ${say(locale, 'a KSP key with KeySpec not 0')}`,
    `${named('fine')}: ${say(locale, 'unchanged and fine')}`,
    `${named('changed')}: ${say(locale, 'something else in the key provider changed')}`,
    `${named('appeared')} / ${named('disappeared')}: ${say(locale, 'in only one of the two dumps')}`,
  ].join(' · ');
}

/**
 * Text from a dump (or a file name) in the Markdown report: HTML-escaped, so `<img>` or `&amp;` in a subject
 * shows as written, the Markdown punctuation that works mid-line escaped, so it cannot become a link, code
 * or emphasis or break the table, and on one line.
 */
function reportText(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The comparison as a Markdown report in `locale` (English when absent): the outcome first, three narrow columns, other changes below the table. */
export function comparisonMarkdown(comparison: Comparison, beforeName: string, afterName: string, locale?: ServerLocale): string {
  const count = (o: CompareOutcome): number => comparison.rows.filter((r) => r.outcome === o).length;
  const verdict = comparison.allCaFixed
    ? `**${say(locale, 'Every CA certificate is fixed: each KSP key now has KeySpec 0. Renewal with the existing key pair can go ahead.')}**`
    : comparison.rows.some((r) => r.brokenAfter)
      ? `**${say(locale, '{n} certificate(s) still need KeySpec 0.', { n: comparison.rows.filter((r) => r.brokenAfter).length })}** ${say(locale, 'Run the repair for them and dump the store again.')}`
      : say(locale, 'No CA certificate needed a KeySpec repair in these dumps.');
  const keySpec = (r: CompareRow): string =>
    r.keySpecBefore === undefined && r.keySpecAfter === undefined ? '' : `${r.keySpecBefore ?? '–'} → ${r.keySpecAfter ?? '–'}`;
  const changed = comparison.rows.filter((r) => r.changes.length > 0);
  const lines = [
    `# ${say(locale, 'KeySpec repair: {before} → {after}', { before: reportText(beforeName), after: reportText(afterName) })}`,
    '',
    verdict,
    '',
    say(locale, '{fixed} fixed, {stillBroken} still broken, {fine} unchanged and fine, {changed} changed, {appeared} appeared, {disappeared} disappeared.', {
      fixed: count('fixed'),
      stillBroken: count('still-broken'),
      fine: count('fine'),
      changed: count('changed'),
      appeared: count('appeared'),
      disappeared: count('disappeared'),
    }),
    '',
    // Three narrow columns: the serial goes under the name, so the row fits beside a dump in the editor.
    `| ${say(locale, 'Outcome')} | KeySpec | ${say(locale, 'Certificate')} |`,
    '| --- | --- | --- |',
    ...comparison.rows.map(
      (r) =>
        `| ${outcomeText(r.outcome, locale)} | ${keySpec(r)} | ${reportText(r.subject ?? '')}${r.isCA ? ` ${say(locale, '(CA)')}` : ''}<br>\`${r.serial}\` |`,
    ),
    '',
    outcomeLegend(locale),
    '',
    ...(changed.length > 0
      ? [
          `## ${say(locale, 'Other changes')}`,
          '',
          ...changed.map((r) => `- \`${r.serial}\` ${reportText(r.subject ?? '')}: ${r.changes.map((c) => reportText(changeText(c, locale))).join('; ')}`),
          '',
        ]
      : []),
  ];
  return lines.join('\n');
}

/** The comparison as problems on the later dump (a certificate still broken already has its KeySpec problem). */
export function comparisonProblems(comparison: Comparison, beforeName: string): Problem[] {
  const problems: Problem[] = [];
  for (const row of comparison.rows) {
    if (!row.after) continue;
    if (row.outcome === 'fixed') {
      problems.push(report('compare.fixed', row.after, { before: beforeName, keySpecBefore: row.keySpecBefore ?? '?', keySpecAfter: row.keySpecAfter ?? '?' }));
    } else if (row.outcome === 'changed') {
      problems.push(
        report('compare.changed', row.after, {
          before: beforeName,
          changes: row.changes.map((c) => changeText(c)).join('; ') || `KeySpec ${row.keySpecBefore ?? '?'} → ${row.keySpecAfter ?? '?'}`,
        }),
      );
    } else if (row.outcome === 'appeared') {
      problems.push(report('compare.appeared', row.after, { before: beforeName }));
    }
  }
  return problems;
}
