/**
 * Every problem of an INF document: the parser's lexical ones, then the checks its kind calls for. A driver
 * INF (kind `other`) only gets lexical checks, never schema complaints (issue part 1).
 */

import { lookupSection } from '../data/sections';
import { guarded, type ErrorSink } from '../internalError';
import { report } from '../rules';
import type { Problem } from '../types';
import { checkPolicySections, referencedSections } from './capolicy';
import { checkNewRequest } from './certreq';
import type { ReplaceData } from './fixData';
import { sectionsNamed, type InfDocument, type InfKind } from './model';
import { checkProperties } from './properties';

/** Who reads each kind of file, for messages. */
const reader: Record<Exclude<InfKind, 'other'>, string> = { repairstore: 'certutil', certreq: 'certreq', capolicy: 'CA setup' };

export function validateInf(doc: InfDocument, kind: InfKind, errors?: ErrorSink): Problem[] {
  // A check that throws reports `internal.error` at the top of the file; the other checks still run.
  const check = (what: string, body: () => Problem[]): Problem[] => guarded(what, { start: 0, end: 0 }, errors, body, (problem) => [problem]);
  // Lists joined with flat(), never push(...list): a hostile file has more problems than a call has arguments.
  const lists = [doc.problems, check('the section name check', () => checkSectionNames(doc))];
  if (kind !== 'other') {
    lists.push(check('the key = value check', () => checkKeyValueLines(doc, kind)), check('the Signature check', () => checkSignature(doc)));
    if (kind === 'repairstore') lists.push(check('the [Properties] checks', () => checkProperties(doc)));
    if (kind === 'certreq') lists.push(check('the [NewRequest] checks', () => checkNewRequest(doc)));
    if (kind === 'certreq' || kind === 'capolicy') lists.push(check('the policy section checks', () => checkPolicySections(doc, kind)));
  }
  return lists.flat().sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `[Propertes]`: a misspelt section is silently ignored, so a file can do nothing without an error. */
function checkSectionNames(doc: InfDocument): Problem[] {
  const referenced = referencedSections(doc);
  const problems: Problem[] = [];
  for (const section of doc.sections) {
    const suggestion = section.known;
    if (!suggestion || lookupSection(section.name) || referenced.has(section.name.toLowerCase())) continue;
    const data: ReplaceData = { replacement: suggestion };
    problems.push(report('inf.misspelt-section', section.nameSpan, { name: section.name, suggestion }, { data }));
  }
  return problems;
}

/** certutil, certreq and CA setup read `key = value` lines only (a driver INF may list bare values). */
function checkKeyValueLines(doc: InfDocument, kind: Exclude<InfKind, 'other'>): Problem[] {
  const problems: Problem[] = [];
  for (const section of doc.sections) {
    for (const entry of section.entries) {
      if (!entry.key || entry.key.text.trim() === '') problems.push(report('inf.not-key-value', entry.span, { program: reader[kind] }));
    }
  }
  return problems;
}

/** `Signature="$Windows NT$"`; curly quotes pasted from a web page are a real-world slip (FORMATS.md §2.4). */
function checkSignature(doc: InfDocument): Problem[] {
  const problems: Problem[] = [];
  for (const section of sectionsNamed(doc, 'Version')) {
    for (const entry of section.entries) {
      if (entry.key?.text.trim().toLowerCase() !== 'signature') continue;
      const value = entry.value.text.trim();
      if (value.toLowerCase() === '$windows nt$') continue;
      const data: ReplaceData = { replacement: '"$Windows NT$"' };
      problems.push(report('inf.signature', entry.value.span.end > entry.value.span.start ? entry.value.span : entry.key.span, { value: value || '(nothing)' }, { data }));
    }
  }
  return problems;
}
