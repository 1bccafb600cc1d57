/**
 * Every check of an INF document, in one list, and every quick fix, in one table. A new INF rule is a row in
 * rules.ts, a file in `checks/` (its check and its fix side by side) and its test; it is called from here and
 * nowhere else. Each check decides from the file's kind whether it applies: a driver INF (kind `other`) only
 * gets the lexical checks and the section names, never schema complaints.
 */

import { settingDefaults, settingKeys } from '../../../../common/settings';
import { guarded, type ErrorSink } from '../internalError';
import { finish } from '../slices';
import type { Problem } from '../types';
import type { InfFixTable } from './fixData';
import type { InfDocument, InfKind } from './model';
import type { InfCheckContext, InfCheckOptions } from './checks/infCheckContext';
import { checkKeyValueLines } from './checks/keyValueLines';
import { keyProvFixes } from './checks/keyProv';
import { checkLexical, lexicalFixes } from './checks/lexical';
import { checkNewRequest } from './checks/newRequest';
import { checkCertreqPlaceholders, placeholderFixes } from './checks/placeholders';
import { checkPolicySections } from './checks/policySections';
import { checkProperties, propertyFixes } from './checks/properties';
import { providerFactsFixes } from './checks/providerFacts';
import { schemaKeyFixes } from './checks/schemaKeys';
import { checkSectionNames, sectionNameFixes } from './checks/sectionNames';
import { checkSignature, signatureFixes } from './checks/signature';

export type { InfCheckOptions } from './checks/infCheckContext';

/** The settings' defaults, for callers that pass none. */
export const defaultInfCheckOptions: InfCheckOptions = { nonCaKeySpecSeverity: settingDefaults[settingKeys.nonCaKeySpecSeverity] };

/** The checks, each with the words `internal.error` uses for it, in the order their problems are listed at one offset. */
const infChecks: readonly { what: string; check: (context: InfCheckContext) => Problem[] }[] = [
  { what: 'the lexical checks', check: checkLexical },
  { what: 'the section name check', check: checkSectionNames },
  { what: 'the key = value check', check: checkKeyValueLines },
  { what: 'the Signature check', check: checkSignature },
  { what: 'the [Properties] checks', check: checkProperties },
  { what: 'the [NewRequest] checks', check: checkNewRequest },
  { what: 'the policy section checks', check: checkPolicySections },
  { what: 'the certreq placeholder check', check: checkCertreqPlaceholders },
];

/** Each rule's quick fix, by code (the key provider string's and the provider facts' fixes are reached from property 2 and [NewRequest]). */
export const infFixes: InfFixTable = {
  ...lexicalFixes,
  ...sectionNameFixes,
  ...signatureFixes,
  ...propertyFixes,
  ...keyProvFixes,
  ...providerFactsFixes,
  ...schemaKeyFixes,
  ...placeholderFixes,
};

/** Every problem of an INF document, sorted by position. */
export function validateInf(doc: InfDocument, kind: InfKind, options: InfCheckOptions = defaultInfCheckOptions, errors?: ErrorSink): Problem[] {
  return finish(validateInfInSlices(doc, kind, options, errors));
}

/** validateInf in slices: yields after each check, so the server answers other requests between them. */
export function* validateInfInSlices(
  doc: InfDocument,
  kind: InfKind,
  options: InfCheckOptions = defaultInfCheckOptions,
  errors?: ErrorSink,
): Generator<void, Problem[]> {
  const context: InfCheckContext = { doc, kind, options };
  // Lists joined with flat(), never push(...list): a hostile file has more problems than a call has arguments.
  // A check that throws reports `internal.error` at the top of the file; the other checks still run.
  const found: Problem[][] = [];
  for (const { what, check } of infChecks) {
    found.push(
      guarded(
        what,
        { start: 0, end: 0 },
        errors,
        () => check(context),
        (problem) => [problem],
      ),
    );
    yield;
  }
  return found.flat().sort((a, b) => a.start - b.start || a.end - b.end);
}
