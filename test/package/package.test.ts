/**
 * Marketplace and Open VSX readiness (issue 17 part 5): `vsce package` prints no warning (and so asks no question:
 * stdin is closed, so a prompt fails the run), the VSIX carries the localization, icon and walkthrough files, its
 * manifest reads in English with no %key% left, and `ovsx publish` accepts it up to the upload, against a local stand-in
 * for the registry (the one check ovsx can run offline; the real registry's own checks need the network).
 * Run after `node scripts/build.mjs --production` (npm run test:package does both).
 */

import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  publisher: string;
  version: string;
  icon: string;
};

/** Runs a node CLI to the end; its exit code and everything it printed. stdin is closed: a prompt fails. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('package: vsce and ovsx accept the extension', function () {
  this.timeout(180_000);
  let folder: string;
  let vsix: string;
  let packaged: { code: number | null; output: string };

  before(async () => {
    assert.ok(fs.existsSync(path.join(root, 'dist', 'client.js')) && fs.existsSync(path.join(root, 'dist', 'server.js')), 'build first');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-package-'));
    vsix = path.join(folder, 'certutil-keyspec.vsix');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    packaged = await run([vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix]);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('vsce package succeeds without a warning', () => {
    assert.equal(packaged.code, 0, packaged.output);
    assert.doesNotMatch(packaged.output, /WARNING|warn/i, packaged.output);
    assert.match(packaged.output, /DONE/);
  });

  it('the VSIX holds the translations, the client bundles, the icon and the walkthrough media', () => {
    const files = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n');
    for (const file of [
      'package.nls.json',
      'package.nls.de.json',
      'package.nls.fr.json',
      'l10n/bundle.l10n.de.json',
      'l10n/bundle.l10n.fr.json',
      manifest.icon,
      'media/walkthrough/capture.md',
      'media/walkthrough/run.md',
      'docs/images/dump-problems.png',
      'docs/images/generated-inf.png',
      'docs/images/compare-report.png',
    ]) {
      assert.ok(files.includes(`extension/${file}`), file);
    }
    assert.ok(!files.some((f) => f.includes('node_modules') || f.endsWith('.ts') || f.endsWith('.map')));
  });

  it('the gallery manifest is in English, with no %key% or nls key left in name, description or tags', () => {
    const xml = execFileSync('unzip', ['-p', vsix, 'extension.vsixmanifest'], { encoding: 'utf8' });
    assert.match(xml, /<DisplayName>Certutil KeySpec Repair<\/DisplayName>/);
    const tags = /<Tags>([^<]*)<\/Tags>/.exec(xml)?.[1] ?? '';
    assert.ok(tags.length > 0);
    assert.doesNotMatch(xml, /%[\w.]+%/);
    for (const tag of tags.split(',')) assert.doesNotMatch(tag, /^(language|command|config|walkthrough|category)\./, tag);
    assert.match(xml, /Branding\.Color" Value="#[0-9a-f]{6}"/i);
    assert.match(xml, /CustomerQnALink/);
  });

  it("keeps the README's promise: the shipped bundles load no HTTP, TLS or UDP module and call no fetch", () => {
    for (const bundle of ['dist/client.js', 'dist/server.js']) {
      const code = fs.readFileSync(path.join(root, bundle), 'utf8');
      assert.doesNotMatch(code, /require\("(node:)?(http|https|http2|tls|dgram)"\)/, bundle);
      assert.doesNotMatch(code, /\bfetch\(|XMLHttpRequest|new WebSocket/, bundle);
    }
  });

  it('the icon is a 128 x 128 PNG', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it('ovsx publish reads the VSIX and uploads it whole (to a local stand-in for the registry)', async () => {
    const uploads: { url: string; body: Buffer }[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        uploads.push({ url: request.url ?? '', body: Buffer.concat(chunks) });
        response.writeHead(201, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ namespace: manifest.publisher, name: manifest.name, version: manifest.version, targetPlatform: 'universal' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const ovsx = path.join(root, 'node_modules', 'ovsx', 'bin', 'ovsx');
      const result = await run([ovsx, 'publish', vsix, '--registryUrl', registry, '--pat', 'offline-test'], { OVSX_PAT: '', NO_PROXY: '127.0.0.1' });
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, new RegExp(`Published ${manifest.publisher}\\.${manifest.name} v${manifest.version.replace(/\./g, '\\.')}`));
      assert.equal(uploads.length, 1);
      assert.match(uploads[0].url, /^\/api\/-\/publish\?token=offline-test$/);
      assert.ok(uploads[0].body.equals(fs.readFileSync(vsix)), 'the upload is the VSIX, byte for byte');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
