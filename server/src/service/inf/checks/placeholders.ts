/**
 * Placeholders left in from a template. `inf.placeholder` is found where values are read (keyProv.ts,
 * schemaKeys.ts, properties.ts); its fix lives here: the Container placeholder is filled from the open dumps,
 * offering only containers the INF writer itself accepts (`unsafeReason`, repair/repairInf.ts). In a certreq
 * request, `certreq.placeholder` finds what a template leaves where a DNS name or a distinguished name belongs:
 * `TODO`, or an upper-case name with underscores (`CN=SERVER_FQDN`, `dns=YOUR_HOST.contoso.com`), which no host
 * name can be (docs/formats.md §6.7).
 * Rules: `certreq.placeholder` (no fix: the real name is the admin's); the fix of `inf.placeholder`.
 */

import { lookupProvider } from '../../data/providers';
import { defaultRepairStore } from '../../data/stores';
import { unsafeReason } from '../../repair/repairInf';
import { report } from '../../rules';
import type { Problem, Span } from '../../types';
import { dataWith, type DumpContainer, type InfFixTable, type InfQuickFix, type PlaceholderData } from '../fixData';
import { entryChain, sectionsNamed, valueSpan, type InfValue } from '../model';
import { isPlaceholder } from '../values';
import type { InfCheckContext } from './infCheckContext';

export const placeholderFixes: InfFixTable = {
  'inf.placeholder': ({ problem, context }) => containerFixes(problem, dataWith<PlaceholderData>(problem, 'pair'), context.dumpContainers ?? []),
};

/**
 * One fix per container of the open dumps: those of the Provider the INF names when any match, else the KSP
 * containers (a KeyProv.inf repairs KSP keys). A container the writer would refuse (`&`, `"`, `%`, non-ASCII,
 * spaces at the ends, a placeholder) is never offered: a fix must not write what the repair INF cannot carry.
 */
function containerFixes(problem: Problem, data: PlaceholderData | undefined, containers: readonly DumpContainer[]): InfQuickFix[] {
  if (data?.pair !== 'Container') return [];
  const usable = containers.filter((c) => writerAccepts(c));
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

/** The writer's own check on this container and provider (the store and flags play no part in the edit). */
function writerAccepts(c: DumpContainer): boolean {
  return (
    unsafeReason({ serial: c.serial, container: c.container, provider: c.provider, flags: 0, store: defaultRepairStore, userKey: false, isCA: false }) ===
    undefined
  );
}

/** `SERVER_NAME`, `YOUR_HOST`: capitals and digits joined by underscores, at least one underscore. */
function isUpperSnake(text: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text);
}

export function checkCertreqPlaceholders({ doc, kind }: InfCheckContext): Problem[] {
  if (kind !== 'certreq') return [];
  const problems: Problem[] = [];
  for (const section of sectionsNamed(doc, 'NewRequest')) {
    for (const head of section.entries) {
      if (head.key?.text.trim().toLowerCase() !== 'subject' || isPlaceholder(head.value.text)) continue;
      const found: Problem[] = [];
      scanDn(head.value, 0, head.value.text.length, found);
      scanTodo(head.value, found);
      addDistinct(found, problems);
    }
  }
  for (const name of ['Extensions', 'RequestAttributes']) {
    for (const section of sectionsNamed(doc, name)) {
      for (const head of section.entries) {
        for (const entry of entryChain(head)) {
          if (isPlaceholder(entry.value.text)) {
            problems.push(report('certreq.placeholder', entry.value.span, { value: entry.value.text.trim(), what: 'value' }));
            continue;
          }
          const found: Problem[] = [];
          scanNames(entry.value, found);
          scanTodo(entry.value, found);
          addDistinct(found, problems);
        }
      }
    }
  }
  return problems;
}

/** The problems of one value, each once: a `TODO` inside a placeholder name already reported is not reported again. */
function addDistinct(found: readonly Problem[], problems: Problem[]): void {
  // Sorted by start (the longer first), a problem inside one kept before ends no later than the furthest end so far.
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  let furthest = -1;
  for (const p of sorted) {
    if (p.end <= furthest) continue;
    problems.push(p);
    furthest = p.end;
  }
}

/** `TODO` as a word of its own (`TODO Corporation`) or the head of a name (`TODO_City`), anywhere in the value. */
function scanTodo(value: InfValue, problems: Problem[]): void {
  const text = value.text;
  for (let at = text.indexOf('TODO'); at >= 0; at = text.indexOf('TODO', at + 4)) {
    if (isLetterOrDigit(text[at - 1]) || isLetterOrDigit(text[at + 4])) continue;
    problems.push(report('certreq.placeholder', valueSpan(value, at, at + 4), { value: 'TODO', what: 'value' }));
  }
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

/** A SAN string (`{text}dns=a&dns=b`, `SAN="dns=a&dn=CN=x"`): each `dns=` value is a host name, each `dn=` a DN. */
function scanNames(value: InfValue, problems: Problem[]): void {
  const text = value.text;
  let start = 0;
  let eq = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] === '=' && eq < 0) eq = i;
    if (i < text.length && text[i] !== '&') continue;
    if (eq > start) {
      const name = text
        .slice(start, eq)
        .replace(/^\s*(\{text\})?/i, '')
        .replace(/^\s*san\s*:?\s*/i, '')
        .trim()
        .toLowerCase();
      if (name === 'dns') scanDnsName(value, eq + 1, i, problems);
      else if (name === 'dn' || name === 'directoryname') scanDn(value, eq + 1, i, problems);
    }
    start = i + 1;
    eq = -1;
  }
}

/** A host name whose label is a placeholder (`SERVER_NAME.contoso.com`): the whole name is reported. */
function scanDnsName(value: InfValue, from: number, to: number, problems: Problem[]): void {
  const [a, b] = trimmed(value.text, from, to);
  if (a >= b) return;
  const name = value.text.slice(a, b);
  if (name.split('.').some(isUpperSnake)) problems.push(placeholderAt(value, a, b, name, 'DNS name'));
}

/** A distinguished name (`CN=SERVER_FQDN, O=Contoso`): each RDN value that is a placeholder. */
function scanDn(value: InfValue, from: number, to: number, problems: Problem[]): void {
  const text = value.text;
  let eq = -1;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] === '=' && eq < 0) eq = i;
    if (i < to && text[i] !== ',' && text[i] !== ';') continue;
    if (eq >= 0) {
      const [a, b] = trimmed(text, eq + 1, i);
      if (a < b && isUpperSnake(text.slice(a, b))) problems.push(placeholderAt(value, a, b, text.slice(a, b), 'name in the distinguished name'));
    }
    eq = -1;
  }
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

function placeholderAt(value: InfValue, from: number, to: number, shown: string, what: string): Problem {
  const span: Span = valueSpan(value, from, to);
  return report('certreq.placeholder', span, { value: shown, what });
}
