/**
 * Where a repair may write, as pure policy: every folder URI a client sends is normalised (percent-escapes,
 * `\`, `.` and `..`) before anything compares it with the workspace, and every name it would create is one
 * Windows reads back as written. The host (server/src/workspaceHost.ts) only answers what is on the disk.
 */

import { URI } from 'vscode-uri';

/** A folder URI in its normal form, or why nothing may be written to it. */
export type NormalFolder = { ok: true; uri: URI; path: string } | { ok: false; reason: string };

/** CON, PRN, AUX, NUL, COM1-9, LPT1-9: device names on Windows, with any extension (`nul.inf` is the device too). */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\.|$)/i;

/**
 * Why `name` (a file name, or one folder of a path) cannot be created and read back on Windows, or undefined
 * when it can: a device name, a name ending in `.` or space (Windows drops them, so the file is another
 * one), a control character or one of `<>:"|?*`, `/` and `\`.
 */
export function refusedName(name: string): string | undefined {
  if (name === '') return 'The name is empty.';
  if (RESERVED.test(name)) return `"${name}" is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), not a file.`;
  if (/[. ]$/.test(name)) return `"${name}" ends in a dot or a space, which Windows drops: the file would be another one.`;
  if (/[\u0000-\u001f<>:"|?*/\\]/.test(name)) return `"${name}" holds a character that Windows does not allow in a file name.`;
  return undefined;
}

/**
 * The folder `uri` names, normalised: `file` scheme only unless the host writes through VS Code's file
 * system (the browser build: `schemes`), percent-escapes decoded (URI.parse does it), `\` read as a
 * separator (as Windows does), `.` and `..` resolved, empty segments dropped; refused when a `..` climbs
 * above the root or a folder name could not be created on Windows.
 */
export function normaliseFolder(uri: string, schemes: readonly string[] = ['file']): NormalFolder {
  if (uri.trim() === '') return { ok: false, reason: 'The folder to write the repair files to is empty.' };
  let parsed: URI;
  try {
    parsed = URI.parse(uri, true);
  } catch {
    return { ok: false, reason: `"${uri}" is not a URI.` };
  }
  if (!schemes.includes(parsed.scheme)) {
    const where = schemes.length === 1 && schemes[0] === 'file' ? 'local folders (file: URIs)' : `${schemes.map((s) => `${s}:`).join(', ')} folders`;
    return { ok: false, reason: `Repair files are written to ${where} only, not to ${parsed.scheme}:.` };
  }
  const segments: string[] = [];
  const raw = parsed.path.replace(/\\/g, '/').split('/');
  // A drive letter (`c:`) is the root of its disk, and the one place a colon may stand.
  const root = raw.length > 1 && /^[A-Za-z]:$/.test(raw[1]) ? 1 : 0;
  if (root) segments.push(raw[1]);
  for (const segment of raw.slice(1 + root)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === root) return { ok: false, reason: `"${uri}" climbs above the root of the disk.` };
      segments.pop();
      continue;
    }
    const refused = refusedName(segment);
    if (refused) return { ok: false, reason: `The folder ${uri} cannot be written to: ${refused}` };
    segments.push(segment);
  }
  const path = `/${segments.join('/')}`;
  return { ok: true, uri: parsed.with({ path, query: '', fragment: '' }), path };
}

/**
 * True when `folder` is `root` or lies below it, both in normal form and on the same authority (a UNC
 * server); compared case-insensitively on a file system that folds case (Windows, macOS).
 */
export function isInside(folder: NormalFolder & { ok: true }, root: NormalFolder & { ok: true }, caseInsensitive: boolean): boolean {
  const fold = (s: string): string => (caseInsensitive ? s.toLowerCase() : s);
  if (fold(folder.uri.authority) !== fold(root.uri.authority)) return false;
  const a = fold(folder.path);
  const b = fold(root.path.replace(/\/$/, ''));
  return a === b || b === '' || a.startsWith(`${b}/`);
}
