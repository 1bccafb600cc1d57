/**
 * The repair's view of the workspace in the browser build (the service's RepairHost). A web worker has no
 * file system: before a repair names its files, the client lists each folder it would write to with
 * `vscode.workspace.fs` (readDirectoryRequest), and the names picked avoid those. The edit still creates
 * each file with `overwrite: false`, so a file that appears meanwhile fails the write instead of being replaced.
 */

import type { Connection } from 'vscode-languageserver';
import { readDirectoryRequest } from '../../common/protocol';
import { normaliseFolder, type RepairHost } from './service/languageService';
import { noConfigFiles } from './configFileLookup';
import { WorkspaceFolders } from './workspaceFolders';

/**
 * The file systems a browser window writes through `vscode.workspace.fs`: the local disk, a remote machine
 * (code-server, SSH, WSL: `vscode-remote`), a repository (github.dev: `vscode-vfs`) and @vscode/test-web's.
 * Never `untitled`, output or settings documents.
 */
export const browserSchemes = ['file', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'] as const;

export class BrowserWorkspaceHost extends WorkspaceFolders implements RepairHost {
  /** The case-folded names of each listed folder, by its normal URI; replaced by each plan's prepare(). */
  private listings = new Map<string, Set<string>>();
  /** The texts of the possible repair files of each listed folder, by case-folded name. */
  private texts = new Map<string, Map<string, string>>();

  /** A web worker reads no disk: the settings apply, no config file (README, "In the browser"). */
  readonly configFiles = noConfigFiles;

  constructor(private readonly connection: Connection) {
    // The remote's case rule is unknown here: compared case-sensitively, a folder is inside only when it surely is.
    super(false, browserSchemes);
  }

  async prepare(folders: readonly string[]): Promise<void> {
    const listings = new Map<string, Set<string>>();
    const texts = new Map<string, Map<string, string>>();
    for (const folder of new Set(folders.flatMap((f) => this.key(f) ?? []))) {
      try {
        const answer = await this.connection.sendRequest(readDirectoryRequest, { uri: folder });
        if (answer) {
          listings.set(folder, new Set(answer.names.map((name) => name.toLowerCase())));
          texts.set(folder, new Map(Object.entries(answer.texts ?? {}).map(([name, text]) => [name.toLowerCase(), text])));
        }
      } catch {
        // Not listed: the create-only edit is the guard for that folder.
      }
    }
    this.listings = listings;
    this.texts = texts;
  }

  /** The text the client read of a possible repair file in a listed folder (a file written before is reused). */
  readText(folder: string, fileName: string): string | undefined {
    const key = this.key(folder);
    return key === undefined ? undefined : this.texts.get(key)?.get(fileName.toLowerCase());
  }

  isTaken(folder: string, fileName: string): boolean {
    const key = this.key(folder);
    return key !== undefined && (this.listings.get(key)?.has(fileName.toLowerCase()) ?? false);
  }

  /** The folder's normal URI, or undefined for one no repair may write to (untitled, a refused name). */
  private key(folder: string): string | undefined {
    const normal = normaliseFolder(folder, this.schemes);
    return normal.ok ? normal.uri.toString() : undefined;
  }
}
