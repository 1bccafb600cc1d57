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
import { needsStoreChoice, type StoreChoice } from '../../../../common/repairTarget';
import { repairStoreCommand, verifyCommand } from './repairCommands';
import { withStoreChoice, type RepairTarget, type StoreEvidence } from './repairTargetOf';

/**
 * The keyless repair of one certificate: its CertId and where it is, from the same store evidence as the KeySpec
 * repair (`repairTargetOf`'s `storeOf`), so `-user` and the store are never taken from the header alone.
 */
export interface RepairStoreTarget {
  serial: string;
  store: string;
  userKey: boolean;
  enterprise?: boolean;
  storeEvidence?: StoreEvidence;
}

/** What a key-binding quick fix writes, carried in the diagnostic's data. */
export type KeyRepair = ({ kind: 'repairstore' } & RepairStoreTarget) | { kind: 'inf'; target: RepairTarget; key: RepairInfKey; why: string };

const EOL = '\r\n';

/** `repairstore-<serial>.cmd`, `-2` … when taken. */
export function repairStoreScriptFileName(serial: string, attempt = 1): string {
  return attempt <= 1 ? `repairstore-${serial}.cmd` : `repairstore-${serial}-${attempt}.cmd`;
}

/** The .cmd that runs the INF-less repair and shows the result, or why it cannot be written. */
export function writeRepairStoreScript(repair: RepairStoreTarget, fileName: string): { ok: true; text: string } | { ok: false; reason: string } {
  const { serial, store, userKey } = repair;
  // Only hex and a plain store name reach cmd.exe: nothing it could read as an operator or a variable.
  if (typeof serial !== 'string' || !/^[0-9a-f]{1,200}$/.test(serial))
    return { ok: false, reason: `The serial number "${shown(serial)}" is not plain hex, so it cannot be passed to certutil safely.` };
  if (typeof store !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(store))
    return { ok: false, reason: `The store name "${shown(store)}" is not a plain store name.` };
  if (typeof userKey !== 'boolean') return { ok: false, reason: 'The repair does not say whether the certificate is in the machine or the user store.' };
  if (!SAFE_FILE_NAME.test(fileName)) return { ok: false, reason: `The file name "${shown(fileName)}" is not a plain file name.` };
  const scope = { store, userKey, enterprise: repair.enterprise === true };
  const where = userKey ? `the current user's store "${store}"` : `the local machine's ${scope.enterprise ? 'enterprise ' : ''}store "${store}"`;
  const lines = [
    '@echo off',
    `rem ${fileName}: links certificate ${serial} in ${where} to its private key again.`,
    'rem Without an INF, certutil -repairstore searches the key providers for the key that matches the certificate.',
    userKey
      ? "rem Run it as the user who owns the certificate (the user store is that user's)."
      : 'rem Run from an elevated command prompt on the machine that holds the key.',
    // By full path (a certutil.bat in the folder never runs), and any non-zero exit stops, negative HRESULTs too.
    `"%SystemRoot%\\System32\\certutil.exe" ${repairStoreCommand(scope, serial).slice('certutil '.length)}`,
    'if not "%errorlevel%"=="0" (echo certutil -repairstore failed with exit code %errorlevel%: nothing was changed. & exit /b 1)',
    'rem The key-provider property and "Encryption test passed" / "Signature test passed" show the repaired link:',
    `"%SystemRoot%\\System32\\certutil.exe" ${verifyCommand({ ...scope, serial }).slice('certutil '.length)}`,
    '',
  ];
  return { ok: true, text: lines.join(EOL) };
}

/** The keyless repair as the admin's choice of store makes it (the store question answered). */
export function keyRepairWithStoreChoice(repair: KeyRepair, choice: StoreChoice): KeyRepair {
  if (repair.kind === 'inf') return { ...repair, target: withStoreChoice(repair.target, choice) };
  const store = choice.store ?? repair.store;
  const chosen: KeyRepair = {
    ...repair,
    store,
    userKey: choice.location === 'user',
    storeEvidence: {
      status: 'shown',
      found: [...(repair.storeEvidence?.found ?? []), `chosen: the ${choice.location === 'user' ? 'current user' : 'local machine'} store "${store}"`],
    },
  };
  if (choice.location === 'user') delete chosen.enterprise;
  return chosen;
}

/** The store question a key repair needs answered first, or undefined when the dump shows its store. */
export function keyRepairStoreQuestion(repair: KeyRepair): { serial: string; store: string; question: string } | undefined {
  const where = repair.kind === 'inf' ? repair.target : repair;
  if (!needsStoreChoice(where)) return undefined;
  return { serial: where.serial, store: where.store, question: where.storeEvidence?.question ?? 'The dump does not show the store of this certificate.' };
}

/** The keyless command as text for messages: `certutil [-user] -repairstore <store> "<serial>"`. */
export function keylessCommand(repair: RepairStoreTarget): string {
  return repairStoreCommand(repair, repair.serial);
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
      reason: `The dump is outside the workspace: run ${keylessCommand(repair)} ${repair.userKey ? "as the certificate's owner" : 'from an elevated prompt'}.`,
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
  // Like the KeySpec repair: a store the dump does not show is asked for, never guessed (docs/formats.md §D.1).
  if (needsStoreChoice(repair)) return { ok: false, reason: repair.storeEvidence?.question ?? 'The dump does not show the store of this certificate.' };
  const script = writeRepairStoreScript(repair, fileName);
  return script.ok ? { ok: true, fileName, text: script.text } : script;
}
