/**
 * The repair's view of the disk (the service's RepairHost): which folders lie in the workspace and which
 * names are taken. The only file of the server that reads the file system.
 */

import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { RepairHost } from './service/languageService';

export class WorkspaceHost implements RepairHost {
  private folders: URI[] = [];

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((uri) => URI.parse(uri));
  }

  addRemove(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed);
    this.folders = [...this.folders.filter((f) => !gone.has(f.toString())), ...added.map((uri) => URI.parse(uri))];
  }

  inWorkspace(folder: string): boolean {
    const uri = URI.parse(folder);
    return this.folders.some((w) => w.scheme === uri.scheme && w.authority === uri.authority && (uri.path === w.path || uri.path.startsWith(`${w.path.replace(/\/$/, '')}/`)));
  }

  isTaken(folder: string, fileName: string): boolean {
    const uri = URI.parse(folder);
    // Only the local disk can be asked; anything else is checked by the client's create-only edit.
    if (uri.scheme !== 'file') return false;
    return fs.existsSync(path.join(uri.fsPath, fileName));
  }
}
