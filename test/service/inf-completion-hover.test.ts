import * as assert from 'node:assert/strict';
import { infCompletions, type InfCompletionItem } from '../../server/src/service/inf/infCompletion';
import { infHover } from '../../server/src/service/inf/infHover';
import { parseInf } from '../../server/src/service/inf/infParser';
import { unmark } from './marked';

/** Completions at the `|` cursor of `input`. */
function complete(input: string): { text: string; items: InfCompletionItem[] } {
  const { text, cursor } = unmark(input, true);
  return { text, items: infCompletions(parseInf(text), text, cursor!) };
}

/**
 * Asserts that the labels `expected` come first (sorted by sortText), and that every item replaces the `⟦ ⟧`
 * range when one is marked.
 */
function check(input: string, expected: string[]): InfCompletionItem[] {
  const { text, ranges } = unmark(input.replace('|', ''));
  const { items } = complete(input.replace(/[⟦⟧]/g, ''));
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  assert.deepEqual(
    sorted.slice(0, expected.length).map((i) => i.label),
    expected,
  );
  if (ranges[0])
    for (const item of items)
      assert.equal(item.replace && text.slice(item.replace.start, item.replace.end), text.slice(ranges[0].start, ranges[0].end), item.label);
  return sorted;
}

const props = (...strings: string[]): string => ['[Properties]', '2 = "{text}"', ...strings].join('\n');

describe('INF completion', () => {
  it('offers sections after [', () => {
    const items = check('[Version]\n\n[⟦Prop|⟧\n', ['Version', 'Properties', 'NewRequest']);
    assert.equal(items.find((i) => i.label === 'Properties')?.insertText, 'Properties]');
    assert.equal(complete('[Prop|]\n').items.find((i) => i.label === 'Properties')?.insertText, 'Properties');
  });

  it('offers property ids and _continue_ as [Properties] keys', () => {
    const items = check('[Properties]\n⟦|⟧\n', ['_continue_', '1', '2', '3']);
    const two = items.find((i) => i.label === '2')!;
    assert.equal(two.detail, 'CERT_KEY_PROV_INFO_PROP_ID');
    assert.match(two.filterText!, /CERT_KEY_PROV_INFO_PROP_ID/);
    assert.equal(two.insertText, '2 = ');
  });

  it('offers {text}, {hex} and Empty after a property id', () => {
    check('[Properties]\n11 = ⟦|⟧\n', ['"{text}"', '"{hex}"', 'Empty']);
  });

  it('offers the pair names inside the key provider string, and after &', () => {
    const items = check(props('_continue_ = "⟦Pro|⟧"'), ['Container', 'Provider', 'ProviderType', 'Flags', 'KeySpec']);
    assert.equal(items[1].insertText, 'Provider=');
    check('[Properties]\n2 = "{text}Container=c&⟦|⟧"\n', ['Container', 'Provider']);
    assert.equal(complete(props('_continue_ = |')).items[0].insertText, '"Container=');
    assert.deepEqual(complete(props('_continue_ = "Flags=0&" |')).items, []);
  });

  it('offers provider names, whole-value replace, inside the string', () => {
    const items = check(props('_continue_ = "Container=c&"', '_continue_ = "Provider=⟦Micro|soft Strong⟧&"'), ['Microsoft Software Key Storage Provider']);
    assert.equal(items[0].kind, 'provider');
    assert.equal(items[0].insertText, 'Microsoft Software Key Storage Provider');
    assert.match(items[0].detail!, /KSP/);
  });

  it('ends a completed provider with & and, when it is missing, the closing quote', () => {
    const ksp = 'Microsoft Software Key Storage Provider';
    const first = (input: string): string | undefined => complete(props('_continue_ = "Container=c&"', input)).items.find((i) => i.label === ksp)?.insertText;
    assert.equal(first('_continue_ = "Provider=Micro|'), `${ksp}&"`);
    assert.equal(first('_continue_ = "Provider=Micro|"'), `${ksp}&`);
    assert.equal(first('_continue_ = "Provider=Micro|&"'), ksp);
  });

  it('puts the value that fits the provider first: KeySpec 0 and ProviderType 0 for a KSP', () => {
    const ksp = '_continue_ = "Provider=Microsoft Software Key Storage Provider&"';
    check(props(ksp, '_continue_ = "KeySpec=⟦|⟧"'), ['0', '1', '2']);
    check(props('_continue_ = "Provider=Microsoft Strong Cryptographic Provider&"', '_continue_ = "ProviderType=⟦|⟧&"'), ['1', '0', '2']);
    check(props(ksp, '_continue_ = "Flags=⟦|⟧&"'), ['0', '0x1', '0x20', '0x40']);
  });

  it('offers [NewRequest] keys and their values', () => {
    check('[NewRequest]\n⟦Key|⟧\n', ['Subject', 'Exportable', 'ExportableEncrypted']);
    check('[NewRequest]\nKeySpec = ⟦|⟧\n', ['0', '1', '2']);
    check('[NewRequest]\nValidityPeriod = ⟦Y|⟧ ; unit\n', ['Years', 'Months']);
    check('[NewRequest]\nExportable = ⟦|⟧\n', ['TRUE', 'FALSE']);
    const providers = check('[NewRequest]\nProviderName = ⟦"Mic|"⟧\n', ['Microsoft Software Key Storage Provider']);
    assert.equal(providers[0].insertText, '"Microsoft Software Key Storage Provider"');
  });

  it('offers CAPolicy keys, values, policy keys and section names', () => {
    check('[Certsrv_Server]\nCRLPeriod=⟦|⟧\n', ['Hours', 'Days', 'Weeks', 'Months', 'Years']);
    check('[Certsrv_Server]\n⟦|⟧\n', ['RenewalKeyLength', 'RenewalValidityPeriod']);
    check('[PolicyStatementExtension]\nPolicies=LegalPolicy\n[LegalPolicy]\n⟦|⟧\n', ['OID', 'Notice', 'URL']);
    check('[PolicyStatementExtension]\nPolicies=⟦|⟧\n[LegalPolicy]\n', ['LegalPolicy']);
  });

  it('reads CRLF files and a misspelt [Propertes] as the section meant', () => {
    check('[Properties]\r\n2 = "{text}"\r\n_continue_ = "⟦Pro|⟧"\r\n', ['Container', 'Provider']);
    check('[Propertes]\r\n⟦|⟧\r\n', ['_continue_', '1']);
  });

  it('offers nothing in a comment or an unknown place', () => {
    assert.deepEqual(complete('[Properties]\n11 = Empty ; |\n').items, []);
    assert.deepEqual(complete('[Manufacturer]\n|\n').items, []);
  });
});

/** Hover at the `|` cursor: the markdown, and the text of its span (the `⟦ ⟧` range when marked). */
function hover(input: string, contains: RegExp[]): void {
  const { text, ranges } = unmark(input.replace('|', ''));
  const { cursor } = unmark(input.replace(/[⟦⟧]/g, ''), true);
  const result = infHover(parseInf(text), text, cursor!);
  assert.ok(result, 'no hover');
  for (const pattern of contains) assert.match(result.contents, pattern);
  if (ranges[0]) assert.deepEqual({ start: result.span.start, end: result.span.end }, ranges[0]);
}

describe('INF hover', () => {
  const keyProv = props(
    '_continue_ = "Container=Contoso CA&"',
    '_continue_ = "Provider=Microsoft Software Key Storage Provider&"',
    '_continue_ = "ProviderType=0&"',
    '_continue_ = "Flags=0x20&"',
    '_continue_ = "KeySpec=2"',
  );
  const at = (needle: string, marked: string): string => keyProv.replace(needle, marked);

  it('explains property 2', () => hover(at('2 =', '⟦|2⟧ ='), [/CERT_KEY_PROV_INFO_PROP_ID/, /key provider information/i]));
  it('explains _continue_', () => hover(at('_continue_ = "Flags', '⟦_conti|nue_⟧ = "Flags'), [/appends/]));
  it('explains a pair name', () => hover(at('Flags=', '⟦Fla|gs⟧='), [/dwFlags/, /0x20/]));
  it('explains a provider', () =>
    hover(at('Provider=Microsoft Software Key Storage Provider', 'Provider=⟦Micro|soft Software Key Storage Provider⟧'), [
      /Key Storage Provider \(KSP\)/,
      /KeySpec 0/,
    ]));
  it('explains ProviderType, Flags and KeySpec values', () => {
    hover(at('ProviderType=0', 'ProviderType=⟦|0⟧'), [/CNG/]);
    hover(at('Flags=0x20', 'Flags=⟦0x2|0⟧'), [/CRYPT_MACHINE_KEYSET/]);
    hover(at('KeySpec=2', 'KeySpec=⟦|2⟧'), [/AT_SIGNATURE/, /breaks CA renewal/]);
  });
  it('explains sections', () => hover('[⟦Pro|perties⟧]\n', [/repairstore/]));
  it('explains certreq keys and values', () => {
    hover('[NewRequest]\n⟦Key|Spec⟧ = 0\n', [/AT_NONE/]);
    hover('[NewRequest]\nRequestType = ⟦Ce|rt⟧\n', [/self-signed/]);
    hover('[NewRequest]\nProviderName = ⟦"Microsoft Strong Cryptographic| Provider"⟧\n', [/PROV_RSA_FULL/]);
  });
  it('explains CAPolicy keys and policy sections', () => {
    hover('[Certsrv_Server]\n⟦CRLPer|iod⟧=Weeks\n', [/CRLPeriodUnits/, /Years/]);
    hover('[PolicyStatementExtension]\nPolicies=P\n[⟦|P⟧]\nOID=2.5.29.32.0\n', [/policy section/]);
  });
  it('says nothing on blank lines and unknown sections', () => {
    const text = '[Manufacturer]\nfoo=bar\n\n';
    assert.equal(infHover(parseInf(text), text, text.length - 1), undefined);
    assert.equal(infHover(parseInf(text), text, 2), undefined);
  });
});
