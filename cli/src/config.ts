/**
 * Configuration as code for the command line: the nearest `certutil-keyspec.json` (or `.certutilrc.json`) in the
 * scanned file's folder or above it. The text is read by the one reader the editor uses too
 * (common/configFile.ts), and the server's own validation reads the settings (server/src/readSettings.ts).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { configFileNames, readConfigFileText } from '../../common/configFile';
import { settingDefaults, settingKeys } from '../../common/settings';
import { readServerSettings } from '../../server/src/readSettings';
import type { FileOptions } from './analyse';

/** A config file that cannot be used: a usage error (exit code 2). */
export class ConfigError extends Error {}

export interface ResolvedConfig {
  options: Omit<FileOptions, 'encoding'>;
  /** The file the settings came from, if any. */
  file?: string;
}

/** Finds and reads config files upward from folders, reading each folder and each file once. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();

  /** `explicit`: a `--config` file that replaces the search. */
  constructor(private readonly explicit?: string) {}

  forFile(file: string): ResolvedConfig {
    if (this.explicit !== undefined) return this.read(path.resolve(this.explicit));
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  /** For standard input: the working folder's. */
  forStdin(): ResolvedConfig {
    return this.explicit !== undefined ? this.read(path.resolve(this.explicit)) : this.forFolder(process.cwd());
  }

  private forFolder(folder: string): ResolvedConfig {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const found = configFileNames.map((name) => path.join(folder, name)).find((candidate) => isFile(candidate));
    const parent = path.dirname(folder);
    const resolved = found ? this.read(found) : parent === folder ? { options: optionsFrom({}) } : this.forFolder(parent);
    this.byFolder.set(folder, resolved);
    return resolved;
  }

  private read(file: string): ResolvedConfig {
    const known = this.byFile.get(file);
    if (known) return known;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const read = readConfigFileText(text);
    if (!read.ok) throw new ConfigError(`${file}: ${read.reason}`);
    const resolved = { options: optionsFrom(read.section), file };
    this.byFile.set(file, resolved);
    return resolved;
  }
}

function optionsFrom(section: Record<string, unknown>): ResolvedConfig['options'] {
  const detect = section[settingKeys.detectDumpsInTextFiles];
  return { check: readServerSettings(section), detectDumps: typeof detect === 'boolean' ? detect : settingDefaults[settingKeys.detectDumpsInTextFiles] };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
