/**
 * Issue 18 part 4: the dump outline and folding are bounded like VS Code's own JSON outline (a setting, default
 * 5,000 items): certificates first, then each one's key-provider block, then the property blocks of the
 * certificates whose KeySpec needs a look.
 */

import * as assert from 'node:assert/strict';
import { folding, parse, symbols, type OutlineSymbol } from '../../server/src/service/languageService';
import { fixtureText } from '../fixtureText';

const renewed = fixtureText('dump', 'renewed-ca.txt');
const body = renewed.slice(renewed.indexOf('================ Certificate'));
/** The fixture's three certificates (two with KeySpec 2 on a KSP, one CSP key with KeySpec 1), repeated `times` times. */
const dump = (times: number): string => renewed + body.repeat(times - 1);
const parsed = (times: number) => parse('certutil-dump', dump(times), 'machine.txt')!;
const count = (outline: OutlineSymbol[]): number => outline.reduce((n, s) => n + 1 + count(s.children), 0);
const kinds = (symbol: OutlineSymbol): string[] => symbol.children.map((c) => c.kind);

describe('dump outline: bounded, with children where they help', () => {
  it('gives every certificate its key-provider block, and property blocks only to those with a KeySpec problem', () => {
    const outline = symbols(parsed(1), 5000);
    assert.equal(outline.length, 3);
    const [broken, alsoBroken, fine] = outline;
    for (const symbol of [broken, alsoBroken]) {
      assert.ok(kinds(symbol).includes('keyProvider'));
      assert.ok(kinds(symbol).filter((k) => k === 'property').length > 0, `${symbol.name} has no property blocks`);
    }
    assert.deepEqual(kinds(fine), ['keyProvider']);
  });

  for (const max of [1, 3, 10, 40, 100]) {
    it(`never gives more than ${max} entries, the certificates first, in document order`, () => {
      const outline = symbols(parsed(20), max);
      assert.ok(count(outline) <= max, `${count(outline)} entries`);
      assert.equal(outline.length, Math.min(60, max));
      assert.deepEqual(
        outline.map((s) => s.start),
        [...outline.map((s) => s.start)].sort((a, b) => a - b),
      );
      // Key-provider blocks before any other property block; once the budget allows both, nothing is cut.
      const withProperty = outline.findIndex((s) => kinds(s).includes('property'));
      if (withProperty >= 0) assert.ok(outline.every((s) => kinds(s).includes('keyProvider')));
      if (max >= 60 * 2) assert.equal(count(outline), count(symbols(parsed(20))));
    });
  }

  it('bounds folding the same way: the certificates first, returned in document order', () => {
    const all = folding(parsed(20));
    for (const max of [10, 60, 200]) {
      const spans = folding(parsed(20), max);
      assert.equal(spans.length, Math.min(max, all.length));
      assert.deepEqual(
        spans.map((s) => s.start),
        [...spans.map((s) => s.start)].sort((a, b) => a - b),
      );
      const certificates = (parsed(20) as { dump: { certificates: { start: number }[] } }).dump.certificates;
      for (const c of certificates.slice(0, max)) assert.ok(spans.some((s) => s.start === c.start));
    }
  });
});
