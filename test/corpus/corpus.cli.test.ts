/**
 * The command line and the editor agree on every corpus file: the same language, and the same codes,
 * messages and ranges. The editor side is the language server over stdio, given the language the client
 * would give the file (`.inf` by name, a plain-text file by its content) and the text VS Code would show
 * (UTF-8, BOM removed); the command line decodes the bytes itself.
 */

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeDump } from '../../common/dumpSniff';
import { startTestServer, type TestServer } from '../lsp/lspClient';
import { corpusFolder } from './corpusFolder';

const corpus = corpusFolder();
const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');

interface Report {
  files: {
    path: string;
    uri?: string;
    language?: string;
    encoding?: string;
    error?: string;
    findings: { code: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
}

describe('corpus check: the command line agrees with the editor', function () {
  this.timeout(120000);
  let server: TestServer;
  let report: Report;
  before(async () => {
    assert.ok(fs.existsSync(corpus), `the corpus is missing at ${corpus}: pass it to npm run test:corpus`);
    const run = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json', '--fail-on', 'never'], {
      cwd: corpus,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(run.status, 0, run.stderr);
    report = JSON.parse(run.stdout) as Report;
    server = await startTestServer();
  });
  after(async () => server?.stop());

  it('scans the whole corpus without a read error, and finds its dumps and INFs', () => {
    assert.deepEqual(
      report.files.filter((f) => f.error !== undefined),
      [],
    );
    assert.ok(report.files.filter((f) => f.language === 'dump').length > 15);
    assert.ok(report.files.filter((f) => f.language === 'inf').length > 5);
  });

  it("gives every file the language the editor gives it, and the editor's findings", async () => {
    for (const file of report.files) {
      const absolute = path.join(corpus, file.path);
      const text = fs.readFileSync(absolute, 'utf8').replace(/^\ufeff/, '');
      const editorLanguage = absolute.endsWith('.inf') ? 'inf' : looksLikeDump(text) ? 'dump' : undefined;
      assert.equal(file.language, editorLanguage, file.path);
      assert.ok(file.encoding === 'utf8' || file.encoding === 'utf8bom', `${file.path}: ${String(file.encoding)}`);
      if (!editorLanguage) continue;
      const uri = file.uri!;
      server.open(uri, `certutil-${editorLanguage}`, text);
      const published = await server.diagnostics(uri);
      assert.deepEqual(
        file.findings.map((f) => [f.code, f.message, f.line, f.column, f.endLine, f.endColumn]),
        published.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1]),
        file.path,
      );
    }
  });
});
