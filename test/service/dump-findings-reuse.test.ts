/**
 * Issue 18 part 2: after an edit only the certificates the incremental parse read anew are checked again; every
 * other certificate's findings are taken over. Whatever the edit, the findings must equal those of a parse and
 * check from scratch: codes, ranges, messages, severities and data.
 */

import * as assert from 'node:assert/strict';
import { defaultCheckOptions, diagnose, parse, type CheckOptions, type Parsed } from '../../server/src/service/languageService';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', name);
const renewed = fixture('renewed-ca.txt');
/** A dump whose certificates repeat: subjects and Key Id Hashes shared across certificates (renewals, key donors). */
const repeated = renewed + renewed.slice(renewed.indexOf('================ Certificate')) + fixture('old-build-hsm.txt');
const today = Date.UTC(2026, 0, 15);
const options: CheckOptions = { ...defaultCheckOptions, today, keepFindings: true };

function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

/** Text an admin might type or paste: characters, line breaks, values the checks read, whole lines and frames. */
const insertions = [
  'x',
  ' ',
  '\r\n',
  '0',
  '2',
  'KeySpec = 2 -- AT_SIGNATURE\r\n',
  '    CN=Fabrikam Issuing CA\r\n',
  'NotAfter: 1/2/2020 3:04 AM\r\n',
  'Key Id Hash(sha1): 0123456789abcdef0123456789abcdef01234567\r\n',
  'Missing stored keyset\r\n',
  '================ Certificate 7 ================\r\n',
  'my "Personal"\r\n',
];

function diagnosed(parsed: Parsed, opts: CheckOptions = options): unknown {
  return JSON.parse(JSON.stringify(diagnose(parsed, opts)));
}

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  if (roll < 0.35) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
  if (roll < 0.45) {
    // A block of the dump copied elsewhere: another certificate with the same subject or key.
    const from = Math.floor(random() * text.length);
    return text.slice(0, at) + text.slice(from, from + Math.floor(random() * 3000)) + text.slice(at);
  }
  return text.slice(0, at) + insertions[Math.floor(random() * insertions.length)] + text.slice(at);
}

describe('dump checks: findings taken over after an edit equal a check from scratch', () => {
  for (const [name, source] of [
    ['the renewed CA dump', renewed],
    ['a dump of repeated certificates', repeated],
    ['LF line endings', repeated.replace(/\r\n/g, '\n')],
  ] as const) {
    for (const seed of [1, 2, 3, 4]) {
      it(`${name}, edit sequence ${seed}`, () => {
        const random = randomSource(seed * 7919);
        let text = source;
        let parsed = parse('certutil-dump', text, 'machine.txt')!;
        diagnose(parsed, options);
        for (let step = 0; step < 40; step++) {
          text = edit(text, random);
          parsed = parse('certutil-dump', text, 'machine.txt', parsed)!;
          const fresh = parse('certutil-dump', text, 'machine.txt')!;
          assert.deepStrictEqual(diagnosed(parsed), diagnosed(fresh), `step ${step}`);
        }
      });
    }
  }

  it('takes over the findings of the certificates an edit did not touch', () => {
    const first = parse('certutil-dump', repeated, 'machine.txt')!;
    const before = diagnose(first, options);
    // The KeySpec digit of the first certificate: same length, so nothing moves.
    const at = repeated.indexOf('KeySpec = 2') + 'KeySpec = '.length;
    const text = repeated.slice(0, at) + '0' + repeated.slice(at + 1);
    const after = diagnose(parse('certutil-dump', text, 'machine.txt', first)!, options);
    const lastCertificate = first.language === 'dump' ? first.dump.certificates[first.dump.certificates.length - 1] : undefined;
    const untouched = before.filter((p) => p.start >= lastCertificate!.start);
    assert.ok(untouched.length > 0, 'the last certificate has no findings to take over');
    for (const problem of untouched) assert.ok(after.includes(problem), `${problem.code} was computed again`);
    assert.deepStrictEqual(diagnosed(parse('certutil-dump', text, 'machine.txt')!), JSON.parse(JSON.stringify(after)));
  });

  it('checks again when the settings or the day change', () => {
    const parsed = parse('certutil-dump', repeated, 'machine.txt')!;
    const fresh = (opts: CheckOptions): unknown => diagnosed(parse('certutil-dump', repeated, 'machine.txt')!, opts);
    diagnose(parsed, options);
    for (const opts of [
      { ...options, today: today + 400 * 24 * 60 * 60 * 1000 },
      { ...options, nonCaKeySpecSeverity: 'off' as const },
      { ...options, health: { ...defaultCheckOptions.health!, severities: { 'cert.expired': 'off' as const } } },
      options,
    ])
      assert.deepStrictEqual(diagnosed(parsed, opts), fresh(opts));
  });
});
