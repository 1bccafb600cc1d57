/**
 * Issue 13 part 5: a parser or check that throws is visible. The part it could not read gets
 * `internal.error` (Information), the error goes to the sink the server logs, and the rest is still checked.
 * The throw is provoked by a String method that fails on one marker value, the only fault a pure parser takes in.
 */

import * as assert from 'node:assert/strict';
import { defaultCheckOptions, diagnose, parse, type InternalError } from '../../server/src/service/languageService';
import { fixtureText as fixture } from '../fixtureText';

/** Runs `body` while `String.prototype.toLowerCase` throws on the string `marker`. */
function failingOn<T>(marker: string, body: () => T): T {
  const original = Object.getOwnPropertyDescriptor(String.prototype, 'toLowerCase')!;
  const lower = original.value as (this: string) => string;
  Object.defineProperty(String.prototype, 'toLowerCase', {
    ...original,
    value: function (this: string): string {
      if (String(this) === marker) throw new Error(`provoked on ${marker}`);
      return lower.call(this);
    },
  });
  try {
    return body();
  } finally {
    Object.defineProperty(String.prototype, 'toLowerCase', original);
  }
}

const codesAt = (text: string, problems: { code: string; start: number; severity: string }[]): string[] =>
  problems.map((p) => `${p.code}@${text.slice(0, p.start).split('\n').length - 1}:${p.severity}`);

describe('internal errors are diagnostics, not silence', () => {
  it('a dump certificate the parser throws on gets internal.error on its frame; the others are still checked', () => {
    const text = fixture('dump', 'renewed-ca.txt').replace('Serial Number: 6100000002c0ffee4ab8d1e300000000000002', 'Serial Number: bad0');
    const errors: InternalError[] = [];
    const parsed = failingOn('bad0', () => parse('certutil-dump', text, 'machine.txt', undefined, errors))!;
    const problems = diagnose(parsed, defaultCheckOptions);
    assert.deepEqual(codesAt(text, problems), ['internal.error@1:information', 'keyspec.ksp-nonzero@172:error']);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0].error), /provoked on bad0/);
    assert.equal(errors[0].what, 'the dump parser');
  });

  it('a dump check that throws gets internal.error on the certificate it was checking', () => {
    const text = fixture('dump', 'renewed-ca.txt');
    const parsed = parse('certutil-dump', text)!;
    assert.equal(parsed.language, 'dump');
    if (parsed.language !== 'dump') return;
    Object.defineProperty(parsed.dump.certificates[1], 'keyProv', {
      get: () => {
        throw new Error('provoked');
      },
    });
    const errors: InternalError[] = [];
    const problems = diagnose(parsed, defaultCheckOptions, undefined, errors);
    assert.ok(
      codesAt(text, problems).includes(`internal.error@${text.slice(0, parsed.dump.certificates[1].start).split('\n').length - 1}:information`),
      codesAt(text, problems).join(),
    );
    assert.equal(errors.length, 1);
    assert.equal(errors[0].what, 'the KeySpec check');
  });

  it('an INF line the parser throws on gets internal.error on that line; the rest of the file is still read', () => {
    const text =
      '[Version]\nSignature="$Windows NT$"\n[BOOM]\n[Properties]\n2 = "{text}"\n_continue_ = "Container=c&"\n_continue_ = "Provider=Microsoft Software Key Storage Provider&"\n_continue_ = "KeySpec=2"\n';
    const errors: InternalError[] = [];
    const parsed = failingOn('BOOM', () => parse('certutil-inf', text, 'KeyProv.inf', undefined, errors))!;
    const problems = diagnose(parsed, defaultCheckOptions);
    assert.deepEqual(codesAt(text, problems), ['internal.error@2:information', 'keyspec.ksp-nonzero@7:error']);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].what, 'the INF parser');
  });

  it('an INF check that throws gets internal.error and the other checks still run', () => {
    const text =
      '[Version]\nSignature="$Windows NT$"\n[Properties]\n2 = "{text}Container=c&Provider=Microsoft Software Key Storage Provider&KeySpec=2"\n[Propertes]\n';
    const parsed = parse('certutil-inf', text, 'KeyProv.inf')!;
    const errors: InternalError[] = [];
    const problems = failingOn('$Windows NT$', () => diagnose(parsed, defaultCheckOptions, undefined, errors));
    assert.deepEqual(codesAt(text, problems), ['internal.error@0:information', 'keyspec.ksp-nonzero@3:error', 'inf.misspelt-section@4:warning']);
    assert.deepEqual(
      errors.map((e) => e.what),
      ['the Signature check'],
    );
  });
});
