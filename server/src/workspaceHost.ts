/**
 * The repair's view of the disk (the service's RepairHost): which folders lie in the workspace and which
 * names are taken. The only file of the server that reads the file system; what counts as inside and which
 * names may be written is the service's policy (repair/writePolicy.ts).
 */

import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { isInside, normaliseFolder, type NormalFolder, type RepairHost } from './service/languageService';

/** Windows and macOS fold case in file names by default: there `C:\WS` and `c:\ws` are one folder. */
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

type Normal = NormalFolder & { ok: true };

/** The largest file read to see whether it is the repair file a write would give (readText). */
const MAX_REUSED_BYTES = 1024 * 1024;

export class WorkspaceHost implements RepairHost {
  private folders: { uri: string; normal: Normal }[] = [];
  /** The case-folded names in a folder, read once per request: every name picked in one plan sees the same listing. */
  private readonly listings = new Map<string, Set<string>>();

  setFolders(uris: readonly string[]): void {
    this.folders = uris.flatMap((uri) => this.normal(uri));
  }

  addRemove(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.map((uri) => URI.parse(uri).toString()));
    this.folders = [...this.folders.filter((f) => !gone.has(f.uri)), ...added.flatMap((uri) => this.normal(uri))];
  }

  inWorkspace(folder: string): boolean {
    const normal = normaliseFolder(folder);
    return normal.ok && this.folders.some((w) => isInside(normal, w.normal, caseInsensitive));
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
      return stat.isFile() && stat.size <= MAX_REUSED_BYTES ? fs.readFileSync(file, 'utf8') : undefined;
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

  private normal(uri: string): { uri: string; normal: Normal }[] {
    const normal = normaliseFolder(uri);
    return normal.ok ? [{ uri: URI.parse(uri).toString(), normal }] : [];
  }
}
