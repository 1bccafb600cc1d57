/** The `check(input, expected)` of the INF validation tests, and the KeyProv.inf builder they share. */

import * as assert from 'node:assert/strict';
import { validateInf, type InfCheckOptions } from '../../server/src/service/inf/infChecks';
import { infKind, parseInf } from '../../server/src/service/inf/infParser';
import type { InfKind } from '../../server/src/service/inf/model';
import { unmark } from './marked';

/** An expected problem: its code, or its code and severity. */
export type Expected = string | { code: string; severity: string };

/**
 * Asserts the problems of `input`: their codes in order, each on its `⟦ ⟧` range (and severity where given).
 * The kind comes from the content unless `kind` is given.
 */
export function checkInf(input: string, expected: Expected[], kind?: InfKind, options?: InfCheckOptions): void {
  const { text, ranges } = unmark(input);
  const doc = parseInf(text);
  const problems = validateInf(doc, kind ?? infKind(doc), options);
  const want = expected.map((e) => (typeof e === 'string' ? { code: e } : e));
  assert.deepEqual(
    problems.map((p, i) => ({ code: p.code, ...(want[i] && 'severity' in want[i] ? { severity: p.severity } : {}), range: text.slice(p.start, p.end) })),
    want.map((e, i) => ({ ...e, range: ranges[i] ? text.slice(ranges[i].start, ranges[i].end) : '<no marker>' })),
  );
  problems.forEach((p, i) => assert.deepEqual({ start: p.start, end: p.end }, ranges[i], `range of ${p.code}`));
}

/** A KeyProv.inf from its `_continue_` strings (the repairstore shape of certutil's help). */
export const keyProv = (...strings: string[]): string => ['[Properties]', '2 = "{text}"', ...strings.map((s) => `_continue_ = "${s}"`), ''].join('\n');
