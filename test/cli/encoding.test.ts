import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { codesAt, repoRoot, scanJson, tempFolder } from './cliRun';

/** A dump whose provider name carries umlauts: the KeySpec message quotes it, so a wrong decoding shows. */
const provider = 'Schlüsselspeicher für Größe';
const dump = fs
  .readFileSync(path.join(repoRoot, 'test', 'fixtures', 'dump', 'seed-flattened.txt'), 'utf8')
  .replace('Microsoft Software Key Storage Provider', provider)
  .replace(/\r?\n/g, '\r\n');

/** The bytes as each Windows tool writes them, and what the scan must say it read. */
const cases: { name: string; bytes: Buffer; detected: string }[] = [
  { name: 'UTF-8 (no BOM)', bytes: Buffer.from(dump, 'utf8'), detected: 'utf8' },
  {
    name: 'UTF-8 with BOM (Notepad, Out-File -Encoding utf8)',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(dump, 'utf8')]),
    detected: 'utf8bom',
  },
  {
    name: 'UTF-16LE with BOM (Windows PowerShell 5.1 >)',
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(dump, 'utf16le')]),
    detected: 'utf16le',
  },
  { name: 'UTF-16BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(dump, 'utf16-be')]), detected: 'utf16be' },
  { name: 'UTF-16LE without BOM', bytes: Buffer.from(dump, 'utf16le'), detected: 'utf16le' },
  { name: 'UTF-16BE without BOM', bytes: iconv.encode(dump, 'utf16-be'), detected: 'utf16be' },
  { name: 'OEM 850 (cmd.exe > on a western European Windows)', bytes: iconv.encode(dump, 'cp850'), detected: 'cp850' },
  // The letters of this text sit at the same bytes in 437 and 850, so reading it as 850 gives the same text.
  { name: 'OEM 437 (cmd.exe > on a US Windows)', bytes: iconv.encode(dump, 'cp437'), detected: 'cp850' },
  { name: 'ANSI 1252 (Notepad "ANSI")', bytes: iconv.encode(dump, 'cp1252'), detected: 'cp1252' },
];

describe('certutil-keyspec scan: decoding as Windows wrote the file', function () {
  this.timeout(60000);
  let folder: string;
  before(() => {
    folder = tempFolder('encoding');
    cases.forEach((c, i) => fs.writeFileSync(path.join(folder, `${String(i)}.txt`), c.bytes));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('detects every encoding from the bytes and reports the same findings with the text read right', () => {
    const report = scanJson(['.'], { cwd: folder });
    const expected = codesAt(report.files[0]);
    assert.deepEqual(expected, ['keyspec.ksp-nonzero 29:5']);
    cases.forEach((c, i) => {
      const file = report.files[i];
      assert.equal(file.encoding, c.detected, c.name);
      assert.deepEqual(codesAt(file), expected, c.name);
      assert.ok(file.findings[0].message.includes(`(${provider})`), `${c.name}: ${file.findings[0].message}`);
    });
  });

  it('guesses 437 from a lone sign (0xE0: α in 437, Ó in 850), says nothing when the bytes decided, and takes --encoding over the guess', () => {
    const text = dump.replace(provider, 'Anbieter α');
    fs.writeFileSync(path.join(folder, 'greek.txt'), iconv.encode(text, 'cp437'));
    const guessed = scanJson(['greek.txt'], { cwd: folder });
    assert.equal(guessed.files[0].encoding, 'cp437');
    assert.equal(guessed.files[0].encodingNotice, undefined);
    assert.match(guessed.files[0].findings[0].message, /\(Anbieter α\)/);
    const forced = scanJson(['greek.txt', '--encoding', 'cp850'], { cwd: folder });
    assert.equal(forced.files[0].encoding, 'cp850');
    assert.match(forced.files[0].findings[0].message, /\(Anbieter Ó\)/);
  });

  it('says so when the bytes cannot tell 850 from 437, and keeps 850', () => {
    const text = dump.replace(provider, 'São Paulo Ó');
    fs.writeFileSync(path.join(folder, 'undecided.txt'), iconv.encode(text, 'cp850'));
    const report = scanJson(['undecided.txt'], { cwd: folder });
    assert.equal(report.files[0].encoding, 'cp850');
    assert.match(report.files[0].encodingNotice ?? '', /--encoding cp437/);
  });
});
