/**
 * The workspace's config files (`certutil-keyspec.json`, `.certutilrc.json`) as the server sees them: for a
 * document, the nearest one in its folder or a folder above it, inside the workspace (the same search as the
 * command line's, stopped at the workspace folder). Read from disk once and kept until a watched-file change
 * says otherwise; the text is read by the one reader the command line uses too (common/configFile.ts).
 */

import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { configFileNames, readConfigFileText } from '../../common/configFile';
import type { ConfigFileFound, ConfigFileLookup } from './configFileLookup';

export class ConfigFiles implements ConfigFileLookup {
  /** Folder path -> the config file that applies there (null: none). */
  private readonly byFolder = new Map<string, ConfigFileFound | null>();

  /** `inWorkspace`: whether a folder URI lies inside a workspace folder (the search goes no higher). */
  constructor(private readonly inWorkspace: (folderUri: string) => boolean) {}

  /** The config file that applies to a document, if any. Only local files have one. */
  forDocument(documentUri: string): ConfigFileFound | undefined {
    const uri = URI.parse(documentUri);
    if (uri.scheme !== 'file') return undefined;
    return this.forFolder(path.dirname(uri.fsPath)) ?? undefined;
  }

  /** Forgets everything read: called when a config file is created, changed or deleted. */
  forget(): void {
    this.byFolder.clear();
  }

  private forFolder(folder: string): ConfigFileFound | null {
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known;
    let found: ConfigFileFound | null = null;
    if (this.inWorkspace(URI.file(folder).toString())) {
      const file = configFileNames.map((name) => path.join(folder, name)).find(isFile);
      const parent = path.dirname(folder);
      found = file ? { uri: URI.file(file).toString(), path: file, read: readText(file) } : parent === folder ? null : this.forFolder(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}

function readText(file: string): ConfigFileFound['read'] {
  try {
    return readConfigFileText(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
