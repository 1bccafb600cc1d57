import * as assert from 'node:assert/strict';
import { infKind, parseInf, type InfDocument } from '../../server/src/service/inf/infParser';
import { entryChain, valueSpan } from '../../server/src/service/inf/model';
import { readKeyProv } from '../../server/src/service/inf/keyProvString';
import { infFolding, infSymbols } from '../../server/src/service/inf/infOutline';
import type { Span } from '../../server/src/service/types';
import { unmark } from './marked';

/** Parses `input` (markers stripped) and asserts that `select` picks exactly the `⟦ ⟧` ranges, in order. */
function check(input: string, select: (doc: InfDocument) => Span[]): void {
  const { text, ranges } = unmark(input);
  const spans = select(parseInf(text));
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ranges.map((r) => text.slice(r.start, r.end)),
  );
  assert.deepEqual(
    spans.map((s) => ({ start: s.start, end: s.end })),
    ranges,
  );
}

const keys = (doc: InfDocument): Span[] => doc.sections.flatMap((s) => s.entries.flatMap((e) => entryChain(e).map((x) => x.key!.span)));
const values = (doc: InfDocument): Span[] => doc.sections.flatMap((s) => s.entries.flatMap((e) => entryChain(e).map((x) => x.value.span)));

describe('INF parser', () => {
  describe('sections, keys and values with offsets', () => {
    const cases: [string, string, (doc: InfDocument) => Span[]][] = [
      ['section names', '[⟦Version⟧]\n[ ⟦Properties⟧ ] ; note\n', (d) => d.sections.map((s) => s.nameSpan)],
      ['section spans end at the last non-blank line', '⟦[A]\nx=1\n; c⟧\n\n⟦[B]⟧\n', (d) => d.sections.map((s) => s.span)],
      ['keys, indented by tabs and spaces', '[S]\n\t⟦Signature⟧ = "$Windows NT$"\n   ⟦19⟧ = Empty\n', keys],
      ['values: quoted, bare, empty', '[S]\na = ⟦"x y"⟧ ; c\nb=⟦bare value⟧\nc =⟦⟧  ; removes\n', values],
      ['a `;` inside quotes is text', '[S]\nNotice=⟦"Policy; see the CPS"⟧ ; real comment\n', values],
      ['comments, whole-line and trailing', '⟦; top⟧\n[S] ⟦; header⟧\nk = v ⟦;trailing⟧\n', (d) => d.comments],
      ['CRLF, lone CR and LF all end a line', '[S]\r\n⟦a⟧=1\r⟦b⟧=2\n⟦c⟧=3', keys],
      ['a BOM is not part of the first section', '\ufeff[⟦Properties⟧]\n', (d) => d.sections.map((s) => s.nameSpan)],
      ['`\\` at the end of a line continues the value', '[S]\nk = ⟦a, \\\n   b⟧\n', values],
      ['comma-separated fields', '[S]\nPolicies = ⟦One⟧, ⟦"Two, quoted"⟧,⟦Three⟧\n', (d) => d.sections[0].entries[0].fields.map((f) => f.span)],
      ['`//` after a value is a remark, not a comment', '[S]\nk="v"   ⟦// see "x"⟧; c\n', (d) => [d.sections[0].entries[0].remark!]],
    ];
    for (const [name, input, select] of cases) it(name, () => check(input, select));
  });

  it('decodes "" inside quotes and keeps each character\'s offset', () => {
    const text = '[S]\nk = "say ""hi""" ; c\n';
    const value = parseInf(text).sections[0].entries[0].value;
    assert.equal(value.text, 'say "hi"');
    const hi = valueSpan(value, 4, 8);
    assert.equal(text.slice(hi.start, hi.end), '""hi""');
    assert.equal(text.slice(value.contentStart, value.contentEnd), 'say ""hi""');
  });

  it('joins _continue_ entries to the key above and keeps each fragment', () => {
    const { text, ranges } = unmark('[Properties]\n2 = "{text}"\n_continue_ = "⟦Container=Contoso CA&⟧"\n\n; between\n  _continue_="⟦KeySpec=0⟧"\n');
    const doc = parseInf(text);
    assert.equal(doc.sections[0].entries.length, 1);
    const head = doc.sections[0].entries[0];
    assert.deepEqual(
      head.continues.map((c) => ({ start: c.value.contentStart, end: c.value.contentEnd })),
      ranges,
    );
    const pairs = readKeyProv(head).pairs.map((p) => [p.name, p.value, text.slice(p.valueSpan.start, p.valueSpan.end)]);
    assert.deepEqual(pairs, [
      ['Container', 'Contoso CA', 'Contoso CA'],
      ['KeySpec', '0', '0'],
    ]);
  });

  it('keeps a line without `=` as an entry without key', () => {
    const doc = parseInf('[SourceDisksFiles]\nfoo.sys = 1\nbar.sys\n');
    assert.deepEqual(
      doc.sections[0].entries.map((e) => [e.key?.text, e.value.text]),
      [
        ['foo.sys', '1'],
        [undefined, 'bar.sys'],
      ],
    );
  });

  it('reports the file line break for edits', () => {
    assert.equal(parseInf('[A]\r\nk=1').eol, '\r\n');
    assert.equal(parseInf('[A]\nk=1').eol, '\n');
    assert.equal(parseInf('[A]').eol, '\r\n');
  });

  it('never throws, whatever the input', () => {
    // A fixed pseudo-random sequence over the characters that matter to the grammar.
    const alphabet = ['[', ']', '=', '"', ';', ',', '\\', '/', '#', '%', '&', ' ', '\t', '\r', '\n', '\r\n', '\ufeff', 'a', '2', '_continue_', '{text}'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 500; round++) {
      let input = '';
      const length = next() % 60;
      for (let i = 0; i < length; i++) input += alphabet[next() % alphabet.length];
      const doc = parseInf(input);
      for (const p of doc.problems) assert.ok(p.start >= 0 && p.end <= input.length && p.start <= p.end, JSON.stringify(input));
    }
  });

  describe('infKind', () => {
    const cases: [string, string, string | undefined, string][] = [
      ['[Properties] makes a repairstore INF', '[Version]\n[properties]\n', undefined, 'repairstore'],
      ['[NewRequest] makes a certreq INF', '[NewRequest]\nSubject="CN=x"\n', 'request.inf', 'certreq'],
      ['[Certsrv_Server] makes a CAPolicy.inf', '[certsrv_server]\nRenewalKeyLength=2048\n', undefined, 'capolicy'],
      ['[PolicyStatementExtension] makes a CAPolicy.inf', '[PolicyStatementExtension]\nPolicies=P\n', undefined, 'capolicy'],
      ['the CAPolicy.inf name, any case and path', '[Version]\nSignature="$Windows NT$"\n', 'C:\\Windows\\capolicy.INF', 'capolicy'],
      ['content before name', '[Properties]\n11="{text}x"\n', '/tmp/CAPolicy.inf', 'repairstore'],
      ['a driver INF', '[Version]\nSignature="$Windows NT$"\nClass=Net\n[Manufacturer]\n', 'oem1.inf', 'other'],
    ];
    for (const [name, text, fileName, kind] of cases) it(name, () => assert.equal(infKind(parseInf(text), fileName), kind));
  });

  describe('outline and folding', () => {
    const text = '[Version]\nSignature="$Windows NT$"\n\n[Properties]\n2 = "{text}"\n_continue_ = "Container=c&"\n_continue_ = "KeySpec=0"\n11 = "{text}n"\n';
    const doc = parseInf(text);

    it('lists sections with their keys; property ids show their names', () => {
      const outline = infSymbols(doc).map((s) => [s.name, s.children.map((c) => `${c.name}:${c.detail ?? ''}`)]);
      assert.deepEqual(outline, [
        ['[Version]', ['Signature:']],
        ['[Properties]', ['2:CERT_KEY_PROV_INFO_PROP_ID', '11:CERT_FRIENDLY_NAME_PROP_ID']],
      ]);
    });

    it('folds sections and _continue_ chains', () => {
      const folds = infFolding(doc).map((f) => text.slice(f.start, f.end).split('\n').length);
      assert.deepEqual(folds, [2, 5, 3]);
    });
  });
});
