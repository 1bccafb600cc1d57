/**
 * Configuration as code: `certutil-keyspec.json` (or `.certutilrc.json`), read by the command line (found upward
 * from the scanned file) and by the editor (found upward from the document, inside its workspace folder). One
 * reader for both: it takes the editor's setting keys, flat as in settings.json
 * (`"certutil.keySpec.otherCertificatesSeverity": "error"`) or nested (`{"keySpec": {"otherCertificatesSeverity": "error"}}`),
 * and gives the nested section the server's settings reader validates (server/src/readSettings.ts).
 */

import { settingsSection } from './settings';

/** The names looked for in each folder, in this order; the nearest folder wins. */
export const configFileNames = ['certutil-keyspec.json', '.certutilrc.json'] as const;

/** A file-system watcher pattern for both names, anywhere in the workspace. */
export const configFileGlob = `**/{${configFileNames.join(',')}}`;

export type ConfigFileText = { ok: true; section: Record<string, unknown> } | { ok: false; reason: string };

/** The settings of a config file's text (a UTF-8 BOM allowed), or why it cannot be used. */
export function readConfigFileText(text: string): ConfigFileText {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'expected a JSON object of settings' };
  return { ok: true, section: nested(raw as Record<string, unknown>) };
}

/** Flat settings.json keys (`certutil.maxProblems`, `keySpec.otherCertificatesSeverity`) into the nested section. */
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
      if (typeof at[part] !== 'object' || at[part] === null || Array.isArray(at[part])) at[part] = {};
      at = at[part] as Record<string, unknown>;
    });
  }
  return section;
}
