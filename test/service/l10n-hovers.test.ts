/**
 * Hovers and reports in the admin's language (issue 17): every hover kind, the CA key health report, the comparison
 * report and the health summary, rendered in English, German and French. In German and French no English text
 * that has a translation is left (a sentence of a `say` template or of a translated domain note), the spans, codes
 * and counts are the same in every language, and English is what the service wrote before it spoke other languages.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  compare,
  defaultCheckOptions,
  diagnose,
  dumpSummary,
  healthReport,
  hover,
  localizeProblem,
  parse,
  type CheckOptions,
} from '../../server/src/service/languageService';
import { serverBundles } from '../../server/src/service/l10n/serverMessages';
import { escapeHtml } from '../../server/src/service/dump/healthReport';

const TODAY = Date.UTC(2026, 11, 1);
const NONCE = 'abcdefghijklmnop1234';
const locales = ['de', 'fr'] as const;
const fixtures = path.join(__dirname, '..', 'fixtures');

/** A certificate's lines from its frame to its hashes; its Key Id Hash is its serial five times. */
function certificate(index: number, serial: string, notAfter: string, subject: string, ca: boolean): string[] {
  return [
    `================ Certificate ${index} ================`,
    'X509 Certificate:',
    'Version: 3',
    `Serial Number: ${serial}`,
    'Signature Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.11 sha256RSA',
    '    Algorithm Parameters:',
    '    05 00',
    'Issuer:',
    '    CN=Fabrikam Root CA',
    '',
    ' NotBefore: 3/2/2020 9:24 AM',
    ` NotAfter: ${notAfter}`,
    '',
    'Subject:',
    `    CN=${subject}`,
    '',
    'Public Key Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.1 RSA',
    '    Algorithm Parameters:',
    '    05 00',
    'Public Key Length: 2048 bits',
    'Public Key: UnusedBits = 0',
    '    0000  30 82 01 0a 02 82 01 01  00 ce 12 c8 a4 26 00 71',
    'Certificate Extensions: 1',
    ...(ca
      ? ['    2.5.29.19: Flags = 1(Critical), Length = 5', '    Basic Constraints', '        Subject Type=CA', '        Path Length Constraint=None', '']
      : []),
    'Signature Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.11 sha256RSA',
    'Signature: UnusedBits=0',
    '    0000  ba de 4c 1d',
    'Signature matches Public Key',
    `Key Id Hash(sha1): ${serial.repeat(5)}`,
    'Cert Hash(sha1): 1abb2ad73583007e9de803291960146d94ad9a52',
  ];
}

/** A CA store dump of our own: a KSP key with KeySpec 2, a lost key, a CSP TLS key, a known and an unknown certutil error. */
const healthDump = [
  'my "Personal"',
  ...certificate(0, '0aa1', '3/2/2030 9:24 AM', 'Fabrikam Issuing CA', true),
  '',
  '  CERT_KEY_PROV_INFO_PROP_ID(2):',
  '    Key Container = Fabrikam Issuing CA',
  '    Unique container name: 0123456789abcdef0123456789abcdef_1234',
  '    Provider = Microsoft Software Key Storage Provider',
  '    ProviderType = 0',
  '  Flags = 20 (32)',
  '    CRYPT_MACHINE_KEYSET -- 20 (32)',
  '    KeySpec = 2 -- AT_SIGNATURE',
  '',
  'Signature test passed',
  ...certificate(1, '0bb2', '5/6/2027 9:24 AM', 'Old Partner CA', true),
  '',
  'Missing stored keyset',
  ...certificate(2, '0cc3', '2/3/2029 9:24 AM', 'Web Server', false),
  '',
  '  CERT_KEY_PROV_INFO_PROP_ID(2):',
  '    Key Container = web-key',
  '    Provider = Microsoft Enhanced RSA and AES Cryptographic Provider',
  '    ProviderType = 24',
  '  Flags = 0',
  '    KeySpec = 1 -- AT_KEYEXCHANGE',
  '',
  'Encryption test passed',
  'CertUtil: -repairstore command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)',
  'CertUtil: Keyset does not exist',
  '',
  'CertUtil: -store command FAILED: 0x80071234 (-2147020236)',
  '',
].join('\r\n');

const repairInf = [
  '[Version]',
  'Signature="$Windows NT$"',
  '',
  '[Properties]',
  '2 = "{text}"',
  '_continue_ = "Container=Fabrikam Issuing CA&"',
  '_continue_ = "Provider=Microsoft Software Key Storage Provider&ProviderType=0&Flags=32&KeySpec=0"',
  '11 = "Fabrikam"',
  '40000 = "mine"',
  '200 = "other"',
  '',
].join('\n');

const requestInf = fs.readFileSync(path.join(fixtures, 'inf', 'request-ksp.inf'), 'utf8');
const capolicyInf = fs.readFileSync(path.join(fixtures, 'inf', 'capolicy-issuing.inf'), 'utf8');

/**
 * The English sentences that have a translation in `locale`: the literal pieces (between `{holes}` and `code`
 * spans) of every phrase, at least three words long. None may be left in that language's hovers and reports.
 */
function translatedEnglish(locale: (typeof locales)[number]): string[] {
  const pieces = Object.keys(serverBundles[locale].phrases).flatMap((english) => english.split(/\{\w+\}|`[^`]*`/));
  return [...new Set(pieces.map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 3))];
}

function assertNoTranslatedEnglish(text: string, locale: (typeof locales)[number], where: string): void {
  const left = translatedEnglish(locale).filter((piece) => text.includes(piece) || text.includes(escapeHtml(piece)));
  assert.deepEqual(left, [], `${where} (${locale}) still has English:\n${text}`);
}

const options = (locale?: CheckOptions['locale']): CheckOptions => ({ ...defaultCheckOptions, today: TODAY, ...(locale ? { locale } : {}) });

/** Each hover kind: the document, where to ask (the text after the marker's first occurrence, plus an offset), and how its English starts. */
const kinds: { name: string; language: 'certutil-dump' | 'certutil-inf'; text: string; at: string; plus?: number; english: RegExp }[] = [
  {
    name: 'summary on the store header',
    language: 'certutil-dump',
    text: healthDump,
    at: 'my "Personal"',
    english: /^\*\*CA key health\*\*: 1 KeySpec repair/,
  },
  { name: 'Key Container', language: 'certutil-dump', text: healthDump, at: 'Key Container = Fabrikam', english: /^\*\*Key Container\*\*: the name/ },
  { name: 'unique container name', language: 'certutil-dump', text: healthDump, at: 'Unique container name', english: /^The key's file/ },
  {
    name: 'KSP provider',
    language: 'certutil-dump',
    text: healthDump,
    at: 'Provider = Microsoft Software',
    english: /CNG Key Storage Provider \(KSP\), ProviderType 0/,
  },
  {
    name: 'CSP provider',
    language: 'certutil-dump',
    text: healthDump,
    at: 'Provider = Microsoft Enhanced',
    english: /legacy CryptoAPI provider \(CSP\), ProviderType 24/,
  },
  { name: 'ProviderType', language: 'certutil-dump', text: healthDump, at: 'ProviderType = 0', english: /^\*\*ProviderType\*\* 0 = CNG/ },
  { name: 'Flags', language: 'certutil-dump', text: healthDump, at: 'Flags = 20', english: /certutil prints Flags in hex/ },
  { name: 'no Flags', language: 'certutil-dump', text: healthDump, at: 'Flags = 0', english: /none \(a user key\)/ },
  { name: 'KeySpec on a KSP key', language: 'certutil-dump', text: healthDump, at: 'KeySpec = 2', english: /its KeySpec must be 0/ },
  {
    name: 'KeySpec on a CSP key',
    language: 'certutil-dump',
    text: healthDump,
    at: 'KeySpec = 1',
    english: /legacy CryptoAPI provider \(CSP\), where KeySpec 1 or 2 is right/,
  },
  { name: 'property id', language: 'certutil-dump', text: healthDump, at: 'CERT_KEY_PROV_INFO_PROP_ID(2)', english: /\(property id 2\)/ },
  { name: 'known HRESULT', language: 'certutil-dump', text: healthDump, at: 'FAILED: 0x80090016', english: /For a CA key: / },
  { name: 'unknown HRESULT', language: 'certutil-dump', text: healthDump, at: 'FAILED: 0x80071234', english: /not in this extension's table/ },
  { name: 'lost key', language: 'certutil-dump', text: healthDump, at: 'Missing stored keyset', english: /^\*\*Lost key association\*\*/ },
  { name: 'NotAfter', language: 'certutil-dump', text: healthDump, at: 'NotAfter: 3/2/2030', english: /local time of the machine that made the dump/ },
  {
    name: 'INF section',
    language: 'certutil-inf',
    text: requestInf,
    at: '[NewRequest]',
    plus: 2,
    english: /^\*\*\[NewRequest\]\*\*\n\n`certreq -new`: the request/,
  },
  {
    name: 'INF policy section',
    language: 'certutil-inf',
    text: capolicyInf,
    at: '[LegalPolicy]',
    plus: 2,
    english: /^\*\*\[LegalPolicy\]\*\*\n\nA policy section named in `Policies=`/,
  },
  { name: 'INF key with values', language: 'certutil-inf', text: requestInf, at: 'RequestType', english: /\n\nValues: `/ },
  { name: 'INF boolean key', language: 'certutil-inf', text: requestInf, at: 'Exportable', english: /\n\nValues: `TRUE`, `FALSE`/ },
  {
    name: 'INF provider value',
    language: 'certutil-inf',
    text: requestInf,
    at: 'Microsoft Software Key Storage Provider',
    english: /CNG Key Storage Provider \(KSP\): ProviderType 0, KeySpec 0\./,
  },
  { name: 'INF ProviderType value', language: 'certutil-inf', text: requestInf, at: 'ProviderType = 0', plus: 15, english: /^\*\*ProviderType 0\*\*: CNG\. / },
  { name: 'INF KeySpec value', language: 'certutil-inf', text: requestInf, at: 'AT_NONE', english: /^\*\*KeySpec 0\*\*: XCN_AT_NONE/ },
  { name: '_continue_', language: 'certutil-inf', text: repairInf, at: '_continue_', english: /^\*\*_continue_\*\*: appends/ },
  {
    name: 'key provider pair name',
    language: 'certutil-inf',
    text: repairInf,
    at: 'Container=',
    english: /^\*\*Container\*\* \(CRYPT_KEY_PROV_INFO `pwszContainerName`\)/,
  },
  { name: 'decimal Flags pair', language: 'certutil-inf', text: repairInf, at: 'Flags=32', plus: 6, english: /Read as decimal/ },
  { name: 'KeySpec pair', language: 'certutil-inf', text: repairInf, at: 'KeySpec=0', plus: 8, english: /^\*\*KeySpec 0\*\*/ },
  { name: 'known property', language: 'certutil-inf', text: repairInf, at: '11 =', english: /^\*\*CERT_FRIENDLY_NAME_PROP_ID\*\* \(property 11\)/ },
  { name: 'user-defined property', language: 'certutil-inf', text: repairInf, at: '40000', english: /^\*\*Property 40000\*\*: a user-defined property/ },
  { name: 'unlisted property', language: 'certutil-inf', text: repairInf, at: '200 =', english: /^\*\*Property 200\*\*: not in the wincrypt.h list/ },
];

describe("hovers in the admin's language", () => {
  for (const kind of kinds) {
    it(`${kind.name}: the same span in every language, no English left in German or French`, () => {
      const parsed = parse(kind.language, kind.text)!;
      const at = kind.text.indexOf(kind.at);
      assert.ok(at >= 0, kind.at);
      const offset = at + (kind.plus ?? 0);
      const english = hover(parsed, offset, options())!;
      assert.ok(english, `no hover at ${kind.at}`);
      assert.match(english.contents, kind.english);
      assert.deepEqual(hover(parsed, offset, options('en')), english);
      for (const locale of locales) {
        const translated = hover(parsed, offset, options(locale))!;
        assert.deepEqual(translated.span, english.span);
        assert.notEqual(translated.contents, english.contents);
        assertNoTranslatedEnglish(translated.contents, locale, kind.name);
      }
    });
  }

  it('asks every offset of the fixtures in three languages: a hover in one is a hover in all, over the same span', () => {
    const files = [
      'dump/renewed-ca.txt',
      'dump/german-v.txt',
      'dump/old-build-hsm.txt',
      'inf/keyprov-broken.inf',
      'inf/capolicy-issuing.inf',
      'inf/request-ksp.inf',
    ];
    let hovers = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
      const parsed = parse(file.endsWith('.inf') ? 'certutil-inf' : 'certutil-dump', text)!;
      for (let offset = 0; offset <= text.length; offset += 3) {
        const english = hover(parsed, offset, options());
        for (const locale of locales) assert.deepEqual(hover(parsed, offset, options(locale))?.span, english?.span, `${file} @${offset}`);
        if (english) hovers++;
      }
    }
    assert.ok(hovers > 500, `${hovers} hovers`);
  });
});

describe("reports in the admin's language", () => {
  const parsed = parse('certutil-dump', healthDump)!;
  const english = healthReport(parsed, options(), NONCE)!;
  const codes = (html: string): string[] => [...html.matchAll(/<li class="(\w+)"><code>([\w.-]+)<\/code>/g)].map((m) => `${m[1]} ${m[2]}`);

  it('English: the report is the same with no locale and with "en"', () => {
    assert.equal(healthReport(parsed, options('en'), NONCE), english);
    assert.match(english, /<html lang="en">/);
    assert.match(english, /<title>CA key health<\/title>/);
  });

  for (const locale of locales) {
    it(`${locale}: the health report's title, headings and problem messages are translated; its codes and severities are the same`, () => {
      const html = healthReport(parsed, options(locale), NONCE)!;
      const title = escapeHtml(serverBundles[locale].phrases['CA key health']);
      assert.ok(html.includes(`<title>${title}</title>`) && html.includes(`<h1>${title}</h1>`));
      assert.match(html, new RegExp(`<html lang="${locale}">`));
      assert.deepEqual(codes(html), codes(english));
      assert.ok(codes(html).length >= 3, codes(html).join());
      // The problems read as they do in the Problems view in that language.
      for (const problem of diagnose(parsed, options(locale)))
        if (html.includes(`<code>${problem.code}</code>`)) assert.ok(html.includes(escapeHtml(localizeProblem(problem, locale).message)), problem.code);
      // The messages are the diagnostics' own (l10n/serverMessages.ts localizeProblem, checked above); the rest is the report's.
      assertNoTranslatedEnglish(html.replace(/(<\/code>)[^<]*(<\/li>)/g, '$1$2'), locale, 'health report');
    });
  }

  const before = fs.readFileSync(path.join(fixtures, 'dump', 'renewed-ca.txt'), 'utf8');
  const cases = [
    { name: 'all fixed', after: before.replace(/KeySpec = 2 -- AT_SIGNATURE/g, 'KeySpec = 0 -- XCN_AT_NONE') },
    {
      name: 'still broken and changed',
      after: before
        .replace('KeySpec = 2 -- AT_SIGNATURE', 'KeySpec = 0 -- XCN_AT_NONE')
        .replace(/Provider = Microsoft RSA SChannel Cryptographic Provider/, 'Provider = Microsoft Enhanced RSA and AES Cryptographic Provider'),
    },
    { name: 'nothing to repair', after: healthDump, first: healthDump },
    // A field one dump does not show: "(none)" in the "Other changes" list.
    { name: 'a field gone', after: before.replace('  Flags = 20 (32)\n', ''), gone: true },
  ];
  for (const c of cases) {
    it(`the comparison report (${c.name}): the same rows and serials in every language, no English left`, () => {
      const earlier = parse('certutil-dump', c.first ?? before)!;
      const later = parse('certutil-dump', c.after)!;
      const englishMarkdown = compare(earlier, later, 'before.txt', 'after.txt')!.markdown;
      assert.equal(compare(earlier, later, 'before.txt', 'after.txt', 'en')!.markdown, englishMarkdown);
      const rows = (markdown: string): string[] =>
        markdown
          .split('\n')
          .filter((l) => l.startsWith('|'))
          .map((l) => l.replace(/^\|[^|]*\|/, '').replace(/\|[^|]*\|$/, ''));
      for (const locale of locales) {
        const markdown = compare(earlier, later, 'before.txt', 'after.txt', locale)!.markdown;
        assert.notEqual(markdown, englishMarkdown);
        assert.equal(markdown.split('\n').length, englishMarkdown.split('\n').length);
        assert.deepEqual(
          [...markdown.matchAll(/`[0-9a-f]+`/g)].map((m) => m[0]),
          [...englishMarkdown.matchAll(/`[0-9a-f]+`/g)].map((m) => m[0]),
        );
        assert.equal(rows(markdown).length, rows(englishMarkdown).length);
        assertNoTranslatedEnglish(markdown, locale, `comparison ${c.name}`);
        if (c.gone) assert.ok(englishMarkdown.includes('(none)') && markdown.includes(serverBundles[locale].phrases['(none)']), c.name);
      }
    });
  }

  for (const locale of locales) {
    it(`${locale}: the health summary's counts are the same, in words of that language`, () => {
      const englishSummary = dumpSummary(parsed, options())!;
      const summary = dumpSummary(parsed, options(locale))!;
      assert.deepEqual({ ...summary, text: '' }, { ...englishSummary, text: '' });
      assert.equal(englishSummary.text, '1 KeySpec repair, 1 lost key, 2 certutil errors');
      const phrases = serverBundles[locale].phrases;
      assert.equal(
        summary.text,
        [phrases['{n} KeySpec repair'], phrases['{n} lost key'], phrases['{n} certutil errors']]
          .map((p, i) => p.replace('{n}', i === 2 ? '2' : '1'))
          .join(', '),
      );
    });
  }
});
