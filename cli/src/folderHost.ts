/**
 * The command line's RepairHost over the local disk: the folder is read once and its names are folded to
 * lower case, because Windows compares file names without case and the files are copied to a CA. A dangling
 * link is still a name in the folder (readdir lists it), so it counts as taken.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RepairHost } from '../../server/src/service/languageService';

export class FolderHost implements RepairHost {
  private readonly names = new Map<string, Set<string>>();

  /** A folder given on the command line is the user's choice: it counts as inside the "workspace". */
  inWorkspace(): boolean {
    return true;
  }

  isTaken(folder: string, fileName: string): boolean {
    return this.namesIn(folder).has(fileName.toLowerCase());
  }

  /** The text of a plain file (no link) of a repair file's size, to see whether it is the one a write would give. */
  readText(folderUri: string, fileName: string): string | undefined {
    const file = path.join(fileURLToPath(folderUri), fileName);
    try {
      const stat = fs.lstatSync(file);
      return stat.isFile() && stat.size <= 1024 * 1024 ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  private namesIn(folderUri: string): Set<string> {
    let names = this.names.get(folderUri);
    if (!names) {
      names = new Set(listFolder(fileURLToPath(folderUri)).map((name) => name.toLowerCase()));
      this.names.set(folderUri, names);
    }
    return names;
  }
}

/** The names in `folder`, or none when it does not exist yet. */
function listFolder(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
