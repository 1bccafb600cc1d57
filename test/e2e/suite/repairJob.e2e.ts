// Issue 5: the whole repair job on a renewed CA: every INF and the scripts at once, the comparison with
// the dump taken afterwards, and the CodeLens and status bar item that lead there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  copyFixture,
  describeDiagnostics,
  diagnosticsWithCode,
  extensionApi,
  fileNames,
  languageServerCaughtUp,
  readDiskText,
  showInLanguage,
  unexpectedPicker,
  waitFor,
  waitForDiagnostic,
  withHooks,
  workspaceFile,
  workspaceFolder,
} from '../util';
import { assertSameLines, expectedKeyProv, fixtures, tailspinWebServerSerial } from './expected';

const { tailspinGen1: gen1, tailspinGen2: gen2 } = fixtures;
const keyProv = (cert: { serial: string }, suffix = ''): string => `KeyProv-${cert.serial}${suffix}.inf`;
const names = (uris: readonly vscode.Uri[] | undefined): string[] => (uris ?? []).map((uri) => uri.path.split('/').pop()!).sort();

/** Lines (0-based) of `document` that contain `text`. */
function linesWith(document: vscode.TextDocument, text: string): number[] {
  return document
    .getText()
    .split(/\r?\n/)
    .flatMap((line, i) => (line.includes(text) ? [i] : []));
}

/** `text` (line endings aside: lineEndings.e2e.ts checks those) has each of `wanted`. */
function assertIncludesAll(text: string, wanted: readonly string[], what: string): void {
  const lf = text.replace(/\r\n/g, '\n');
  const missing = wanted.filter((line) => !lf.includes(line));
  assert.deepEqual(missing, [], `${what} lacks these lines:\n${missing.join('\n')}\n--- it reads:\n${text}`);
}

/** The cmd script's commands for `files` (serial, INF name): backup, repair, stop on any non-zero code; then the new dump. */
function cmdLines(files: [string, string][]): string[] {
  return [
    ...files.flatMap(([serial, inf]) => [
      `"%CERTUTIL%" -v -store "my" "${serial}" > "before-${serial}.txt"`,
      `"%CERTUTIL%" -repairstore "my" "${serial}" "${inf}"\nset "RC=%ERRORLEVEL%"\nif not "%RC%"=="0" goto :failed`,
    ]),
    '"%CERTUTIL%" -v -store "my" > "machine-after.txt"',
  ];
}

/** The ps1's table of certificates for `files`, and its calls. */
function ps1Lines(files: [string, string][]): string[] {
  return [
    "$ErrorActionPreference = 'Stop'",
    ...files.flatMap(([serial, inf]) => [`    Serial = '${serial}'\n    Inf = '${inf}'`]),
    "Invoke-Certutil ($scope + @('-repairstore', $store, $c.Serial, $c.Inf))",
    "$afterDump = 'machine-after.txt'",
  ];
}

/** `rollback-<serial><suffix>.inf`. */
function rollback(cert: { serial: string }, suffix = ''): string {
  return `rollback-${cert.serial}${suffix}.inf`;
}

describe('repair job on a renewed CA', () => {
  afterEach(closeAllEditors);

  it('writes an INF per affected certificate and the cmd and ps1 scripts into the picked folder, never overwriting', async () => {
    const dump = await copyFixture('renewed/machine.txt', 'repair-job');
    const target = vscode.Uri.joinPath(workspaceFolder(), 'repair-job', 'for-the-ca');
    await vscode.workspace.fs.createDirectory(target);
    await showInLanguage(dump, 'certutil-dump');
    await waitForDiagnostic(dump, 'keyspec.ksp-nonzero');

    const asked: string[] = [];
    const run = (): Promise<vscode.Uri[] | undefined> =>
      withHooks(
        {
          pickFolder: (uri) => {
            asked.push(uri.toString());
            return Promise.resolve(target);
          },
          pickCertificates: unexpectedPicker('the certificate picker'),
        },
        async () => vscode.commands.executeCommand<vscode.Uri[]>('certutil.generateRepairFiles', dump),
      );

    const first = await run();
    assert.deepEqual(asked, [dump.toString()], 'the folder picker was not asked once, for this dump');
    const firstNames = [keyProv(gen1), keyProv(gen2), rollback(gen1), rollback(gen2), 'repair-keyspec.cmd', 'repair-keyspec.ps1'].sort();
    assert.deepEqual(names(first), firstNames, 'the command returned other files');
    assert.deepEqual(await fileNames(target), firstNames, 'the folder holds other files');
    assert.ok(
      !(await fileNames(vscode.Uri.joinPath(dump, '..'))).some((name) => name.endsWith('.inf')),
      'files were written beside the dump, not in the picked folder',
    );
    const cmd = await readDiskText(vscode.Uri.joinPath(target, 'repair-keyspec.cmd'));
    const ps1 = await readDiskText(vscode.Uri.joinPath(target, 'repair-keyspec.ps1'));
    const firstFiles: [string, string][] = [
      [gen1.serial, keyProv(gen1)],
      [gen2.serial, keyProv(gen2)],
    ];
    for (const cert of [gen1, gen2])
      assertSameLines(await readDiskText(vscode.Uri.joinPath(target, keyProv(cert))), expectedKeyProv(cert, keyProv(cert)), keyProv(cert));
    assertIncludesAll(cmd, cmdLines(firstFiles), 'repair-keyspec.cmd');
    assertIncludesAll(ps1, ps1Lines(firstFiles), 'repair-keyspec.ps1');
    // One key backs both CA certificates: the scripts say so.
    for (const [script, text] of [
      ['cmd', cmd],
      ['ps1', ps1],
    ])
      assert.match(text, /Key container "Tailspin Issuing CA 01" .*one key backs 2 certificates/, `repair-keyspec.${script} does not group the shared key`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.split('/').pop(), 'repair-keyspec.cmd', 'the cmd script is not shown');
    const unsaved = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.path.startsWith(target.path)).map((d) => d.uri.path);
    assert.deepEqual(unsaved, [], 'generated files were left unsaved');

    // Run again on the unchanged folder: each file is there as this run would write it, so nothing is written.
    const again = await run();
    assert.deepEqual(names(again), firstNames, 'the unchanged re-run did not use the files already written');
    assert.deepEqual(await fileNames(target), firstNames, 'the unchanged re-run wrote files');

    // The admin changes every file (a blank line at the end): a different file of a name is never overwritten,
    // so each file of the next run gets the next name.
    for (const name of firstNames) {
      const uri = vscode.Uri.joinPath(target, name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${await readDiskText(uri)}\r\n`));
    }
    const before = new Map(await Promise.all(firstNames.map(async (name) => [name, await readDiskText(vscode.Uri.joinPath(target, name))] as const)));
    const second = await run();
    const secondNames = [
      keyProv(gen1, '-2'),
      keyProv(gen2, '-2'),
      rollback(gen1, '-2'),
      rollback(gen2, '-2'),
      'repair-keyspec-2.cmd',
      'repair-keyspec-2.ps1',
    ].sort();
    assert.deepEqual(names(second), secondNames, 'the second run did not pick new names');
    assert.deepEqual(await fileNames(target), [...firstNames, ...secondNames].sort());
    for (const [name, text] of before) assert.equal(await readDiskText(vscode.Uri.joinPath(target, name)), text, `${name} changed on the second run`);
    const secondFiles: [string, string][] = [
      [gen1.serial, keyProv(gen1, '-2')],
      [gen2.serial, keyProv(gen2, '-2')],
    ];
    assertIncludesAll(await readDiskText(vscode.Uri.joinPath(target, 'repair-keyspec-2.cmd')), cmdLines(secondFiles), 'repair-keyspec-2.cmd');
    assertIncludesAll(await readDiskText(vscode.Uri.joinPath(target, 'repair-keyspec-2.ps1')), ps1Lines(secondFiles), 'repair-keyspec-2.ps1');
    assertSameLines(await readDiskText(vscode.Uri.joinPath(target, keyProv(gen2, '-2'))), expectedKeyProv(gen2, keyProv(gen2, '-2')), keyProv(gen2, '-2'));

    // Cancelling the folder picker writes nothing.
    const cancelled = await withHooks({ pickFolder: () => Promise.resolve(undefined) }, async () =>
      vscode.commands.executeCommand<vscode.Uri[]>('certutil.generateRepairFiles', dump),
    );
    assert.deepEqual(names(cancelled), []);
    assert.equal((await fileNames(target)).length, 12);
  });

  it('compares with the dump taken after the repair: every CA certificate fixed, shown on the later dump', async () => {
    const earlier = workspaceFile('renewed/machine.txt');
    const later = workspaceFile('renewed/machine-after.txt');
    await showInLanguage(earlier, 'certutil-dump');
    await waitForDiagnostic(earlier, 'keyspec.ksp-nonzero');

    const asked: string[] = [];
    const markdown = await withHooks(
      {
        pickLaterDump: (uri) => {
          asked.push(uri.toString());
          return Promise.resolve(later);
        },
      },
      async () => vscode.commands.executeCommand<string>('certutil.compareWithLaterDump', earlier),
    );
    assert.deepEqual(asked, [earlier.toString()], 'the later-dump picker was not asked once, for the earlier dump');
    assert.ok(typeof markdown === 'string', `the command returned ${JSON.stringify(markdown)}, not the report`);
    assert.match(markdown, /Every CA certificate is fixed/, `the report does not say so plainly:\n${markdown}`);
    assert.match(markdown, /2 fixed, 0 still broken, 1 unchanged and fine, 0 changed, 0 appeared, 0 disappeared/, markdown);
    const row = (serial: string): string => markdown.split('\n').find((line) => line.includes(serial)) ?? `(no row for ${serial})`;
    assert.match(row(gen1.serial), /^\| fixed \| 2 → 0 \| Tailspin Issuing CA 01 \(CA\)<br>/, row(gen1.serial));
    assert.match(row(gen2.serial), /^\| fixed \| 2 → 0 \| Tailspin Issuing CA 01 \(CA\)<br>/, row(gen2.serial));
    assert.match(row(tailspinWebServerSerial), /^\| fine \|/, row(tailspinWebServerSerial));

    // The later dump: open as a dump, with a compare.fixed problem on each repaired KeySpec line and no KeySpec problem.
    const laterDocument = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === later.toString() && d.languageId === 'certutil-dump'),
      10_000,
      'the later dump to be open as certutil-dump',
    );
    const fixed = await waitFor(
      () => {
        const found = diagnosticsWithCode(later, 'compare.fixed');
        return found.length === 2 ? found : undefined;
      },
      20_000,
      () => `two compare.fixed problems on machine-after.txt (it has ${describeDiagnostics(later).join(', ') || 'none'})`,
    );
    assert.deepEqual(
      fixed.map((d) => d.range.start.line),
      linesWith(laterDocument, 'KeySpec = 0'),
      'compare.fixed is not on the KeySpec lines',
    );
    assert.ok(
      fixed.every((d) => d.severity === vscode.DiagnosticSeverity.Information),
      'compare.fixed is not information',
    );
    assert.deepEqual(diagnosticsWithCode(later, 'keyspec.ksp-nonzero'), [], 'the later dump still has KeySpec problems');
  });

  it('puts a "Generate repair INF" CodeLens above each affected certificate, which writes that one INF', async () => {
    const dump = await copyFixture('renewed/machine.txt', 'codelens');
    const document = await showInLanguage(dump, 'certutil-dump');
    const lenses = await waitFor(
      async () => {
        const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', dump)) ?? [];
        const ours = all.filter((lens) => lens.command?.command === 'certutil.generateRepairInf');
        return ours.length > 0 ? ours : undefined;
      },
      20_000,
      'the repair CodeLenses',
    );
    const frames = linesWith(document, '================ Certificate');
    assert.deepEqual(
      lenses.map((lens) => `${lens.range.start.line} ${lens.command!.title} ${JSON.stringify(lens.command!.arguments)}`),
      [gen1, gen2].map((cert, i) => `${frames[i]} Generate repair INF (KeySpec=0) ${JSON.stringify([dump.toString(), cert.serial])}`),
      'one lens on the frame line of each CA certificate, none on the web server certificate',
    );

    // Clicking the second lens: its arguments go to the command, which writes only that certificate's INF.
    const command = lenses[1].command!;
    const written = await withHooks(
      { pickCertificates: unexpectedPicker('the certificate picker'), pickFolder: unexpectedPicker('the folder picker') },
      async () => vscode.commands.executeCommand<vscode.Uri[]>(command.command, ...(command.arguments ?? [])),
    );
    assert.deepEqual(names(written), [keyProv(gen2)]);
    assertSameLines(await readDiskText(written[0]), expectedKeyProv(gen2, keyProv(gen2)), keyProv(gen2));

    const clean = workspaceFile('clean/machine.txt');
    await showInLanguage(clean, 'certutil-dump');
    await languageServerCaughtUp();
    const cleanLenses = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', clean)) ?? []).filter(
      (lens) => lens.command?.command === 'certutil.generateRepairInf',
    );
    assert.deepEqual(
      cleanLenses.map((lens) => lens.range.start.line),
      [],
      'a clean dump has repair CodeLenses',
    );
  });

  it('shows the health summary "2 KeySpec repairs" in the status bar on the renewed CA, OK on a clean dump, nothing elsewhere', async () => {
    const { statusBar } = await extensionApi();
    // The API has no "is it shown": watch the item's own show() and hide(), which the extension calls on every editor change.
    let visible: boolean | undefined;
    const own = { show: Object.getOwnPropertyDescriptor(statusBar, 'show'), hide: Object.getOwnPropertyDescriptor(statusBar, 'hide') };
    const show = statusBar.show.bind(statusBar);
    const hide = statusBar.hide.bind(statusBar);
    statusBar.show = () => {
      visible = true;
      show();
    };
    statusBar.hide = () => {
      visible = false;
      hide();
    };
    const state = (): string => `"${statusBar.text}" (${visible === undefined ? 'not updated yet' : visible ? 'shown' : 'hidden'})`;
    const expectShown = async (text: string, on: string): Promise<void> => {
      await waitFor(
        () => visible === true && statusBar.text.includes(text),
        20_000,
        () => `the status bar item to say "${text}" on ${on}; it is ${state()}`,
      );
    };
    try {
      const renewed = workspaceFile('renewed/machine.txt');
      await showInLanguage(renewed, 'certutil-dump');
      await expectShown('2 KeySpec repairs', 'renewed/machine.txt');
      assert.equal(statusBar.command, 'certutil.generateRepairFiles', 'with KeySpec repairs the item does not run the all-certificates command');

      await showInLanguage(workspaceFile('single/machine.txt'), 'certutil-dump');
      await expectShown('1 KeySpec repair', 'single/machine.txt');

      await showInLanguage(workspaceFile('clean/machine.txt'), 'certutil-dump');
      await expectShown('No CA key problems found', 'clean/machine.txt');
      assert.equal(statusBar.command, 'certutil.showCaKeyHealth', 'on a clean dump the item does not open the health report');

      await showInLanguage(workspaceFile('README.txt'), 'plaintext');
      await waitFor(
        () => visible === false,
        10_000,
        () => `the status bar item to hide on a plain text file; it is ${state()}`,
      );

      await showInLanguage(renewed, 'certutil-dump');
      await expectShown('2 KeySpec repairs', 'renewed/machine.txt, switched back');

      await showInLanguage(workspaceFile('inf/KeyProv.inf'), 'certutil-inf');
      await waitFor(
        () => visible === false,
        10_000,
        () => `the status bar item to hide on an INF; it is ${state()}`,
      );
    } finally {
      // Drop the wrappers: the item's own show() and hide() apply again.
      for (const key of ['show', 'hide'] as const) {
        const descriptor = own[key];
        if (descriptor) Object.defineProperty(statusBar, key, descriptor);
        else delete (statusBar as Partial<vscode.StatusBarItem>)[key];
      }
    }
  });
});
