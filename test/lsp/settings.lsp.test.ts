import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { TestServer } from './lspClient';
import { startInTempFolder, stopAndRemove } from './setup';

/** A certreq request for a KSP key with KeySpec 2: `keyspec.ksp-nonzero` at the non-CA severity setting. */
const request = '[NewRequest]\nProviderName = "Microsoft Software Key Storage Provider"\nKeySpec = 2\n';
const kspNonzero = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero');
const severityNames: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

describe('language server over stdio: settings and the workspace config file', () => {
  let server: TestServer;
  let folder: string;
  /** What the test client answers to workspace/configuration (VS Code sends each key, defaults included). */
  let vsCode: Record<string, unknown> = {};
  const latest = new Map<string, Diagnostic[]>();
  const messages: string[] = [];
  let version = 1;

  before(async () => {
    ({ server, folder } = await startInTempFolder('certutil-lsp-settings-', { settings: () => vsCode }));
    server.onPublish((params: PublishDiagnosticsParams) => latest.set(params.uri, params.diagnostics));
    server.connection.onNotification('window/showMessage', (params: { message: string }) => void messages.push(params.message));
    server.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      messages.push(params.message);
      return null;
    });
  });
  after(() => stopAndRemove(server, folder));

  /** Polls the latest publication for `uri` until its KeySpec finding has `severity` ('none': no finding). */
  async function severityBecomes(uri: string, severity: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    const now = (): string => {
      const found = kspNonzero(latest.get(uri) ?? []);
      return found.length === 0 ? 'none' : found.map((d) => severityNames[d.severity ?? 0]).join(',');
    };
    while (now() !== severity) {
      if (Date.now() > deadline) assert.fail(`${uri}: keyspec.ksp-nonzero is ${now()}, expected ${severity}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function openRequest(file: string): string {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, request);
    const uri = pathToFileURL(file).toString();
    server.open(uri, 'certutil-inf', request, version++);
    return uri;
  }

  async function settingsChange(settings: Record<string, unknown>): Promise<void> {
    vsCode = settings;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async function configFileChange(file: string, type: FileChangeType): Promise<void> {
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type }] });
  }

  it('honours a renamed key while the new key is at its default, and the new key once it is set', async () => {
    const uri = openRequest(path.join(folder, 'renamed', 'request.inf'));
    await severityBecomes(uri, 'warning');
    await settingsChange({ keySpec: { nonCaSeverity: 'error', otherCertificatesSeverity: 'warning' } });
    await severityBecomes(uri, 'error');
    await settingsChange({ keySpec: { nonCaSeverity: 'error', otherCertificatesSeverity: 'information' } });
    await severityBecomes(uri, 'information');
    await settingsChange({});
    await severityBecomes(uri, 'warning');
  });

  it('reads certutil-keyspec.json in the workspace over the settings, and follows its changes', async () => {
    const project = path.join(folder, 'project');
    const config = path.join(project, 'certutil-keyspec.json');
    fs.mkdirSync(project, { recursive: true });
    fs.writeFileSync(config, JSON.stringify({ 'certutil.keySpec.otherCertificatesSeverity': 'information' }));
    await settingsChange({ keySpec: { otherCertificatesSeverity: 'error' } });
    const uri = openRequest(path.join(project, 'dumps', 'request.inf'));
    await severityBecomes(uri, 'information');

    fs.writeFileSync(config, JSON.stringify({ keySpec: { otherCertificatesSeverity: 'off' } }));
    await configFileChange(config, FileChangeType.Changed);
    await severityBecomes(uri, 'none');

    // A renamed key in the file counts as its new key.
    fs.writeFileSync(config, JSON.stringify({ 'keySpec.nonCaSeverity': 'warning' }));
    await configFileChange(config, FileChangeType.Changed);
    await severityBecomes(uri, 'warning');

    fs.rmSync(config);
    await configFileChange(config, FileChangeType.Deleted);
    await severityBecomes(uri, 'error');
  });

  it('takes the nearest file, .certutilrc.json too, and leaves the rest of the workspace to the settings', async () => {
    await settingsChange({});
    const outer = path.join(folder, 'nearest');
    fs.mkdirSync(path.join(outer, 'inner'), { recursive: true });
    fs.writeFileSync(path.join(outer, 'certutil-keyspec.json'), JSON.stringify({ keySpec: { otherCertificatesSeverity: 'error' } }));
    const rc = path.join(outer, 'inner', '.certutilrc.json');
    fs.writeFileSync(rc, JSON.stringify({ keySpec: { otherCertificatesSeverity: 'information' } }));
    await configFileChange(rc, FileChangeType.Created);
    const inner = openRequest(path.join(outer, 'inner', 'request.inf'));
    const middle = openRequest(path.join(outer, 'request.inf'));
    const elsewhere = openRequest(path.join(folder, 'elsewhere', 'request.inf'));
    await severityBecomes(inner, 'information');
    await severityBecomes(middle, 'error');
    await severityBecomes(elsewhere, 'warning');
  });

  it('says once that a broken file is not used, and checks with the settings meanwhile', async () => {
    await settingsChange({ keySpec: { otherCertificatesSeverity: 'information' } });
    const broken = path.join(folder, 'broken');
    const config = path.join(broken, 'certutil-keyspec.json');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(config, '{ "keySpec": ');
    await configFileChange(config, FileChangeType.Created);
    const uri = openRequest(path.join(broken, 'request.inf'));
    await severityBecomes(uri, 'information');
    const deadline = Date.now() + 15_000;
    while (!messages.some((m) => m.includes(config))) {
      if (Date.now() > deadline) assert.fail(`no message names ${config}: ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(messages.filter((m) => m.includes(config)).length, 1);
  });
});
