/**
 * A stand-in language pack for `--locale <tag>` runs. code-server switches its display language (and so
 * `vscode.env.language`, which picks the extension's l10n bundles and the LSP `locale`) only when a language
 * pack for it is installed; Microsoft's packs come from the gallery, which the tests never reach. This pack
 * declares the language and translates nothing of VS Code itself: VS Code stays English around the extension,
 * and what changes language is only what this project translates.
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes and packages the stand-in pack for `locale` in `folder`; the VSIX path. */
export function buildLanguagePack(locale: string, folder: string, projectRoot: string): string {
  if (!/^[a-z]{2}(-[a-z]{2})?$/i.test(locale)) throw new Error(`not a locale: ${locale}`);
  const dir = path.join(folder, `language-pack-${locale}`);
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  const manifest = {
    name: `test-language-pack-${locale.toLowerCase()}`,
    displayName: `Test language pack (${locale})`,
    description: `Declares ${locale} for the e2e tests; translates nothing of VS Code itself.`,
    version: '1.0.0',
    publisher: 'certutil-tests',
    license: 'MIT',
    repository: { type: 'git', url: 'https://github.com/certutil-tools/certutil-keyspec' },
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{ languageId: locale.toLowerCase(), languageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }],
    },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, 'README.md'), 'A stand-in language pack for the e2e tests.\n');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsix = path.join(folder, `language-pack-${locale}.vsix`);
  const vsce = path.join(projectRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`packaging the ${locale} language pack failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

/**
 * Writes `languagepacks.json`, the index VS Code's server reads at start to resolve `--locale` (the server fills it
 * only when the language pack service runs, which a command-line install does not): the installed pack for `locale`
 * with its translations.
 */
export function indexLanguagePack(locale: string, userDataDir: string, extensionsDir: string): void {
  const id = `certutil-tests.test-language-pack-${locale.toLowerCase()}`;
  const version = '1.0.0';
  const installed = path.join(extensionsDir, `${id}-${version}`);
  if (!fs.existsSync(installed)) throw new Error(`the ${locale} language pack is not installed in ${extensionsDir}`);
  const index = {
    [locale.toLowerCase()]: {
      hash: createHash('md5').update(id).update(version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version }],
      translations: { vscode: path.join(installed, 'translations', 'main.i18n.json') },
      label: locale,
    },
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(index));
}
