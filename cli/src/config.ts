/**
 * Configuration as code: `certutil-keyspec.json` (or `.certutilrc.json`) in the scanned file's folder or the
 * nearest folder above it. It takes the editor's setting keys, flat as in settings.json
 * (`"certutil.keySpec.otherCertificatesSeverity": "error"`) or nested (`{"keySpec": {"otherCertificatesSeverity": "error"}}`), and
 * the server's own validation reads them (server/src/readSettings.ts), so both read a value the same way.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { settingDefaults, settingKeys, settingsSection } from '../../common/settings';
import { readServerSettings } from '../../server/src/readSettings';
import type { FileOptions } from './analyse';

/** The names looked for in each folder, nearest folder first, in this order. */
export const configFileNames = ['certutil-keyspec.json', '.certutilrc.json'] as const;

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
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    } catch (error) {
      throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${file}: expected a JSON object of settings`);
    const resolved = { options: optionsFrom(nested(raw as Record<string, unknown>)), file };
    this.byFile.set(file, resolved);
    return resolved;
  }
}

/** Flat settings.json keys (`certutil.maxProblems`, `keySpec.otherCertificatesSeverity`) into the nested section the server reads. */
function nested(raw: Record<string, unknown>): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parts = (key.startsWith(`${settingsSection}.`) ? key.slice(settingsSection.length + 1) : key).split('.');
    let at = section;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        at[part] = value;
        return;
      }
      if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
      at = at[part] as Record<string, unknown>;
    });
  }
  return section;
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
