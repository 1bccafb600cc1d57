/**
 * The repairs of a certificate's key binding other than KeySpec=0 (issue #15): `certutil -repairstore` with no
 * INF, which makes certutil search the providers for the key matching the certificate (docs/formats.md
 * "CA key health" §H1), and a KeyProv INF with the KeySpec and ProviderType the key needs (a lost association
 * whose container another certificate of the same key shows; a CSP key a TLS server needs with KeySpec 1).
 */

import { URI, Utils } from 'vscode-uri';
import { NamePicker, repairInfFileName, type RepairHost } from './fileNames';
import { SAFE_FILE_NAME, shown, writeRepairInf, type RepairInfKey } from './repairInf';
import type { RepairPlan } from './repairActions';
import { needsStoreChoice } from '../../../../common/repairTarget';
import type { RepairTarget } from './repairTargetOf';

/** What a key-binding quick fix writes, carried in the diagnostic's data. */
export type KeyRepair = { kind: 'repairstore'; serial: string; store: string } | { kind: 'inf'; target: RepairTarget; key: RepairInfKey; why: string };

const EOL = '\r\n';

/** `certutil -repairstore <store> "<serial>"`: no INF, certutil finds the key itself. */
export function repairStoreCommand(serial: string, store: string): string {
  return `certutil -repairstore ${store.includes(' ') ? `"${store}"` : store} "${serial}"`;
}

/** `repairstore-<serial>.cmd`, `-2` … when taken. */
export function repairStoreScriptFileName(serial: string, attempt = 1): string {
  return attempt <= 1 ? `repairstore-${serial}.cmd` : `repairstore-${serial}-${attempt}.cmd`;
}

/** The .cmd that runs the INF-less repair and shows the result, or why it cannot be written. */
export function writeRepairStoreScript(serial: unknown, store: unknown, fileName: string): { ok: true; text: string } | { ok: false; reason: string } {
  // Only hex and a plain store name reach cmd.exe: nothing it could read as an operator or a variable.
  if (typeof serial !== 'string' || !/^[0-9a-f]{1,200}$/.test(serial))
    return { ok: false, reason: `The serial number "${shown(serial)}" is not plain hex, so it cannot be passed to certutil safely.` };
  if (typeof store !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(store))
    return { ok: false, reason: `The store name "${shown(store)}" is not a plain store name.` };
  if (!SAFE_FILE_NAME.test(fileName)) return { ok: false, reason: `The file name "${shown(fileName)}" is not a plain file name.` };
  const lines = [
    '@echo off',
    `rem ${fileName}: links certificate ${serial} to its private key again.`,
    'rem Without an INF, certutil -repairstore searches the key providers for the key that matches the certificate.',
    'rem Run from an elevated command prompt on the machine that holds the key.',
    // By full path (a certutil.bat in the folder never runs), and any non-zero exit stops, negative HRESULTs too.
    `"%SystemRoot%\\System32\\certutil.exe" ${repairStoreCommand(serial, store).slice('certutil '.length)}`,
    'if not "%errorlevel%"=="0" (echo certutil -repairstore failed with exit code %errorlevel%: nothing was changed. & exit /b 1)',
    'rem The key-provider property and "Encryption test passed" / "Signature test passed" show the repaired link:',
    `"%SystemRoot%\\System32\\certutil.exe" -v -store ${store} "${serial}"`,
    '',
  ];
  return { ok: true, text: lines.join(EOL) };
}

/** The file a key repair writes beside the dump (inside the workspace), or unsaved text for a dump outside it. */
export function keyRepairPlan(dumpUri: string, repair: KeyRepair, host: RepairHost): RepairPlan {
  const dump = URI.parse(dumpUri);
  const folder = Utils.dirname(dump);
  const inside = dump.scheme !== 'untitled' && host.inWorkspace(folder.toString());
  // An untitled editor opens as a certutil INF: a command script has no place there, so the command is the answer.
  if (!inside && repair.kind === 'repairstore')
    return {
      kind: 'refused',
      reason: `The dump is outside the workspace: run ${repairStoreCommand(String(repair.serial), String(repair.store))} from an elevated prompt.`,
    };
  const picker = new NamePicker(host, folder.toString());
  const written =
    repair.kind === 'inf'
      ? writeInf(repair, inside ? picker.pick((n) => repairInfFileName(repair.target.serial, n)) : repairInfFileName(repair.target.serial))
      : writeScript(repair, inside ? picker.pick((n) => repairStoreScriptFileName(repair.serial, n)) : repairStoreScriptFileName(repair.serial));
  if (!written.ok) return { kind: 'refused', reason: written.reason };
  if (!inside) return { kind: 'untitled', texts: [written.text] };
  return {
    kind: 'create',
    folder: folder.toString(),
    files: [{ fileName: written.fileName, text: written.text, uri: Utils.joinPath(folder, written.fileName).toString() }],
  };
}

type Written = { ok: true; fileName: string; text: string } | { ok: false; reason: string };

function writeInf(repair: Extract<KeyRepair, { kind: 'inf' }>, fileName: string | undefined): Written {
  if (!fileName) return { ok: false, reason: 'No free file name for the KeyProv INF beside the dump.' };
  // A store the dump does not show is never guessed (docs/formats.md §D.1).
  if (needsStoreChoice(repair.target))
    return { ok: false, reason: repair.target.storeEvidence?.question ?? 'The dump does not show the store of this certificate.' };
  return writeRepairInf(repair.target, fileName, repair.key);
}

function writeScript(repair: Extract<KeyRepair, { kind: 'repairstore' }>, fileName: string | undefined): Written {
  if (!fileName) return { ok: false, reason: 'No free file name for the repair script beside the dump.' };
  const script = writeRepairStoreScript(repair.serial, repair.store, fileName);
  return script.ok ? { ok: true, fileName, text: script.text } : script;
}
