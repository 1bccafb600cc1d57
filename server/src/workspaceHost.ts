/**
 * The repair's view of the disk (the service's RepairHost) in the Node server: which folders lie in the
 * workspace (workspaceFolders.ts) and which names are taken. The only file of the server that reads the file
 * system; what counts as inside and which names may be written is the service's policy (repair/writePolicy.ts).
 */

import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { repairFileTextLimit } from '../../common/protocol';
import type { RepairHost } from './service/languageService';
import { ConfigFiles } from './configFiles';
import { WorkspaceFolders } from './workspaceFolders';

/** Windows and macOS fold case in file names by default: there `C:\WS` and `c:\ws` are one folder. */
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

export class WorkspaceHost extends WorkspaceFolders implements RepairHost {
  /** The case-folded names in a folder, read once per request: every name picked in one plan sees the same listing. */
  private readonly listings = new Map<string, Set<string>>();

  /** The config file of each document, read from the disk, searched no higher than a workspace folder. */
  readonly configFiles = new ConfigFiles((folder) => this.inWorkspace(folder));

  constructor() {
    super(caseInsensitive);
  }

  /** Nothing to fetch before a plan: the disk is read when a name is asked about. */
  prepare(): Promise<void> {
    return Promise.resolve();
  }

  isTaken(folder: string, fileName: string): boolean {
    const uri = URI.parse(folder);
    // Only the local disk can be asked; anything else is checked by the client's create-only edit.
    if (uri.scheme !== 'file') return false;
    if (this.listing(uri.fsPath).has(fileName.toLowerCase())) return true;
    // lstat, not exists: a dangling symbolic link is a name the create would fail on (or follow).
    try {
      fs.lstatSync(path.join(uri.fsPath, fileName));
      return true;
    } catch {
      return false;
    }
  }

  /** A repair file is a few KB; anything larger is not one this extension wrote. */
  readText(folder: string, fileName: string): string | undefined {
    const uri = URI.parse(folder);
    if (uri.scheme !== 'file') return undefined;
    const file = path.join(uri.fsPath, fileName);
    try {
      // lstat: a link is never taken for the file it points at.
      const stat = fs.lstatSync(file);
      return stat.isFile() && stat.size <= repairFileTextLimit ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  private listing(folder: string): Set<string> {
    let names = this.listings.get(folder);
    if (!names) {
      try {
        names = new Set(fs.readdirSync(folder).map((name) => name.toLowerCase()));
      } catch {
        names = new Set();
      }
      this.listings.set(folder, names);
      // Forgotten once this request is answered, so the next one sees files written since.
      setImmediate(() => this.listings.delete(folder));
    }
    return names;
  }
}
