/**
 * Property: the verdict and the repair never depend on the label table. Every label of a dump is replaced by
 * nonsense words (Latin, Cyrillic or CJK letters, as an unknown language would print them); what certutil
 * does not localize stays (frames, property identifiers, OIDs, DN strings, hex, decode lines, provider
 * names, the `CertUtil: -verb` prefix, the store name, a hash label's `(sha1)`). The repair must come out the same.
 */

import * as assert from 'node:assert/strict';
import { checkDump } from '../../server/src/service/dump/dumpChecks';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import type { NoRepair, RepairTarget } from '../../common/repairTarget';
import { repairCommand } from '../../server/src/service/repair/repairCommands';
import { Random } from '../fuzz/random';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', 'fidelity', name);

const ALPHABETS = ['bdfgklmnprstvzaeiou', 'бвгджзклмнпрстфаеиоуя', '証明書鍵容器提供者番号発行主体'];

function word(random: Random): string {
  const letters = ALPHABETS[random.int(0, ALPHABETS.length - 1)];
  let text = '';
  for (let i = random.int(3, 9); i > 0; i--) text += letters[random.int(0, letters.length - 1)];
  return text;
}

function words(random: Random, text: string): string {
  const count = Math.max(1, text.trim().split(/\s+/).length);
  return Array.from({ length: count }, () => word(random)).join(' ');
}

/** The line with its labels replaced; what certutil does not translate is kept. */
function relabel(line: string, random: Random): string {
  const lead = /^\s*/.exec(line)![0];
  const body = line.slice(lead.length);
  if (body === '') return line;
  if (/^={5,} \S+ \d+ ={5,}$/.test(body)) return body.replace(/ \S+ (\d+) /, ` ${word(random)} $1 `);
  if (/^[A-Z][A-Z0-9_]*_PROP_ID\(\d+\)/.test(body) || /^[A-Z][A-Z0-9_]+ -- /.test(body)) return line;
  if (/^[0-9a-f]{4}  /.test(body) || /^([0-9a-f]{2} )*[0-9a-f]{2}$/.test(body) || /^V\d+\.\d+$/.test(body)) return line;
  if (/^(CN|O|OU|DC|C|L|S|E)=/.test(body) || /certutil(\.exe)? -/i.test(body)) return line;
  if (/^CertUtil: -\S+/.test(body)) return `${lead}${/^CertUtil: -\S+/.exec(body)![0]} ${words(random, body)}`;
  const store = /^(\S+) "([^"]*)"$/.exec(body);
  if (store) return `${lead}${store[1]} "${words(random, store[2])}"`;
  const oid = /^(\d+(?:\.\d+)+): (.*)$/.exec(body);
  if (oid) return `${lead}${oid[1]}: ${oid[2].replace(/[A-Za-z]+/g, () => word(random))}`;
  const at = body.search(/[:=]/);
  if (at < 0) return lead + words(random, body);
  const separator = body[at];
  const value = body.slice(at + 1);
  // A value of plain words (`Subject Type=CA`, `None`) is translated too; data (names, numbers, AT_ tokens) is not.
  const translated = /^\s*[A-Za-z]+( [A-Za-z]+)*\s*$/.test(value) && !/Provider|CA$/.test(value) ? ` ${words(random, value)}` : value;
  // The hash algorithm in a label (`Cert Hash(sha1)`) is kept in every language observed (docs/formats.md §D.3).
  const algorithm = /\((?:sha\d*|md5|rfc-sha1)\)\s*$/i.exec(body.slice(0, at))?.[0] ?? '';
  return `${lead}${words(random, body.slice(0, at))}${algorithm}${separator}${translated}`;
}

function relabelled(text: string, random: Random): string {
  return text
    .split(/(\r\n|\n)/)
    .map((part) => (part === '\r\n' || part === '\n' ? part : relabel(part, random)))
    .join('');
}

/** Each KeySpec diagnostic as its line number and what it offers. */
function offers(text: string): [number, string][] {
  return checkDump(parseDump(text))
    .filter((p) => p.code === 'keyspec.ksp-nonzero')
    .map((p) => {
      const line = text.slice(0, p.start).split('\n').length;
      const data = p.data as RepairTarget | NoRepair;
      return [line, 'noRepair' in data ? 'no repair' : `${repairCommand(data, 'x.inf')} ${data.storeEvidence?.status} isCA=${data.isCA}`];
    });
}

describe('dump property: labels the table has never seen', () => {
  const fixtures = ['appended-runs.txt', 'user-then-machine.txt', 'machine-flags0.txt', 'hash-only.txt', 'pt-br.txt', 'no-evidence.txt'];
  for (const name of fixtures) {
    it(`${name}: the same verdict and repair with every label replaced by nonsense`, () => {
      const text = fixture(name);
      const expected = offers(text);
      assert.ok(expected.length > 0, 'the fixture has a KeySpec problem');
      for (let n = 0; n < 25; n++) {
        const random = new Random(0x1abe1).fork(n);
        const mangled = relabelled(text, random);
        assert.notEqual(mangled, text);
        assert.deepEqual(offers(mangled), expected, `case ${n}:\n${mangled.slice(0, 400)}`);
      }
    });
  }
});
