/**
 * The workspace folders the client announced, in the service's normal form: which folders a repair may
 * write beside a dump. No file system here, so both the Node and the browser server use it.
 */

import { URI } from 'vscode-uri';
import { isInside, normaliseFolder, type NormalFolder } from './service/languageService';

type Normal = NormalFolder & { ok: true };

export class WorkspaceFolders {
  private folders: { uri: string; normal: Normal }[] = [];

  /**
   * @param caseInsensitive whether the folders' file system folds case in names.
   * @param schemes the URI schemes a repair may write to (writePolicy.ts): `file` unless the host writes through VS Code.
   */
  constructor(
    private readonly caseInsensitive: boolean,
    readonly schemes: readonly string[] = ['file'],
  ) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.flatMap((uri) => this.normal(uri));
  }

  addRemove(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.map((uri) => URI.parse(uri).toString()));
    this.folders = [...this.folders.filter((f) => !gone.has(f.uri)), ...added.flatMap((uri) => this.normal(uri))];
  }

  inWorkspace(folder: string): boolean {
    const normal = normaliseFolder(folder, this.schemes);
    return normal.ok && this.folders.some((w) => isInside(normal, w.normal, this.caseInsensitive));
  }

  private normal(uri: string): { uri: string; normal: Normal }[] {
    const normal = normaliseFolder(uri, this.schemes);
    return normal.ok ? [{ uri: URI.parse(uri).toString(), normal }] : [];
  }
}
