/**
 * The scripts that run a whole repair on the CA: back up each certificate's properties, run
 * `certutil -repairstore` with its KeyProv.inf, stop at the first failure, then dump the store again.
 * Every value that reaches a command line is checked against a strict alphabet first and then quoted
 * for its shell; anything outside that alphabet stops generation (no injection, ever).
 */

import { repairInfFileName } from './fileNames';
import { SAFE_FILE_NAME, shown, unsafeReason } from './repairInf';
import { groupByContainer } from './containerGroups';
import { userOption } from './repairCommands';
import type { RepairTarget } from './repairTarget';


/** One certificate in a script: its target and the INF file written for it. */
export interface ScriptEntry {
  target: RepairTarget;
  infFileName: string;
}

/** The scripts, or why none could be written. */
export type RepairScripts = { ok: true; cmd: string; ps1: string; afterDumpName: string } | { ok: false; reason: string };

const EOL = '\r\n';

/** Certificates that share one key container: one key backs all of them. */
/** The entries for `targets` with their default INF names (`KeyProv-<serial>.inf`). */
export function scriptEntries(targets: readonly RepairTarget[]): ScriptEntry[] {
  return targets.map((target) => ({ target, infFileName: repairInfFileName(target.serial) }));
}

/** Writes `repair-keyspec.cmd` and `repair-keyspec.ps1` for `entries`, or refuses with the reason. */
export function writeRepairScripts(entries: readonly ScriptEntry[], afterDumpName = 'machine-after.txt'): RepairScripts {
  if (entries.length === 0) return { ok: false, reason: 'No certificate to repair.' };
  for (const entry of entries) {
    const reason = unsafeReason(entry.target);
    if (reason) return { ok: false, reason };
    if (!SAFE_FILE_NAME.test(entry.infFileName)) return { ok: false, reason: `The file name "${shown(entry.infFileName)}" cannot be passed to a script safely.` };
  }
  if (!SAFE_FILE_NAME.test(afterDumpName)) return { ok: false, reason: `The file name "${shown(afterDumpName)}" cannot be passed to a script safely.` };
  const stores = new Set(entries.map((e) => `${userOption(e.target)}${e.target.store.toLowerCase()}`));
  if (stores.size > 1) return { ok: false, reason: 'The certificates come from more than one store; repair each store on its own.' };
  return { ok: true, cmd: cmdScript(entries, afterDumpName), ps1: powershellScript(entries, afterDumpName), afterDumpName };
}

/** Text for a comment line of either script: cmd.exe expands `%` even in `rem`, so keep a plain alphabet. */
function commentText(value: string): string {
  return value.replace(/[^A-Za-z0-9 .,_()=+\-{}:/]/g, '?');
}

function describeGroups(entries: readonly ScriptEntry[], comment: string): string[] {
  const lines: string[] = [];
  for (const group of groupByContainer(entries)) {
    const shared = group.entries.length > 1 ? ` (one key backs ${group.entries.length} certificates)` : '';
    lines.push(`${comment} Key container "${commentText(group.container)}" in ${commentText(group.provider)}${shared}:`);
    for (const entry of group.entries) {
      lines.push(`${comment}   serial ${entry.target.serial}${entry.target.subject ? `  ${commentText(entry.target.subject)}` : ''}`);
    }
  }
  return lines;
}

/** cmd.exe: `%` and `"` never appear (the alphabet check), so double quotes are enough. */
function cmdScript(entries: readonly ScriptEntry[], afterDumpName: string): string {
  const first = entries[0].target;
  const user = userOption(first);
  const store = cmdQuote(first.store);
  const lines = [
    '@echo off',
    'rem Sets KeySpec=0 on the key provider information of the certificates below.',
    'rem Run from an elevated command prompt in the folder that holds the KeyProv INF files.',
    ...describeGroups(entries, 'rem'),
    'setlocal',
    'cd /d "%~dp0"',
  ];
  for (const entry of entries) {
    const serial = cmdQuote(entry.target.serial);
    lines.push(
      `if exist ${cmdQuote(`before-${entry.target.serial}.txt`)} (echo before-${entry.target.serial}.txt already exists: move it away, it may be the only copy of the original properties. & exit /b 1)`,
      `echo Backing up the properties of ${entry.target.serial}`,
      `certutil ${user}-v -store ${store} ${serial} > ${cmdQuote(`before-${entry.target.serial}.txt`)}`,
      `if errorlevel 1 (echo certutil could not read certificate ${entry.target.serial}: nothing was changed for it. & exit /b 1)`,
      `echo Repairing ${entry.target.serial} with ${entry.infFileName}`,
      `certutil ${user}-repairstore ${store} ${serial} ${cmdQuote(entry.infFileName)}`,
      `if errorlevel 1 (echo certutil -repairstore failed for ${entry.target.serial}: stopping. Certificates before it are repaired. & exit /b 1)`,
    );
  }
  lines.push(
    `if exist ${cmdQuote(afterDumpName)} (echo ${afterDumpName} already exists: move it away and dump the store again by hand. & exit /b 1)`,
    `echo Writing ${afterDumpName}: open it in VS Code and run "Certutil: Compare with a later dump".`,
    `certutil ${user}-v -store ${store} > ${cmdQuote(afterDumpName)}`,
    'if errorlevel 1 (echo certutil could not dump the store. & exit /b 1)',
    'echo Done.',
    'endlocal',
    '',
  );
  return lines.join(EOL);
}

/** PowerShell: single quotes take everything literally; the alphabet check already excludes `'`. */
function powershellScript(entries: readonly ScriptEntry[], afterDumpName: string): string {
  const first = entries[0].target;
  const userArgs = userOption(first).trim().split(' ').filter(Boolean).map((option) => `'${option}', `).join('');
  const store = psQuote(first.store);
  const lines = [
    '# Sets KeySpec=0 on the key provider information of the certificates below.',
    '# Run from an elevated PowerShell; it works in the folder that holds this script and the KeyProv INF files.',
    ...describeGroups(entries, '#'),
    "$ErrorActionPreference = 'Stop'",
    'Set-Location -LiteralPath $PSScriptRoot',
    'function Invoke-Certutil([string[]] $Arguments, [string] $OutFile) {',
    '  if ($OutFile -and (Test-Path -LiteralPath $OutFile)) { throw "$OutFile already exists: move it away first, it may be the only copy of what it holds" }',
    '  if ($OutFile) { & certutil.exe @Arguments | Out-File -LiteralPath $OutFile -Encoding unicode -NoClobber } else { & certutil.exe @Arguments }',
    '  if ($LASTEXITCODE -ne 0) { throw "certutil $($Arguments -join \' \') failed with exit code $LASTEXITCODE" }',
    '}',
    'try {',
  ];
  for (const entry of entries) {
    const serial = psQuote(entry.target.serial);
    lines.push(
      `  Write-Host ${psQuote(`Backing up the properties of ${entry.target.serial}`)}`,
      `  Invoke-Certutil @(${userArgs}'-v', '-store', ${store}, ${serial}) ${psQuote(`before-${entry.target.serial}.txt`)}`,
      `  Write-Host ${psQuote(`Repairing ${entry.target.serial} with ${entry.infFileName}`)}`,
      `  Invoke-Certutil @(${userArgs}'-repairstore', ${store}, ${serial}, ${psQuote(entry.infFileName)})`,
    );
  }
  lines.push(
    `  Write-Host ${psQuote(`Writing ${afterDumpName}: open it in VS Code and run "Certutil: Compare with a later dump".`)}`,
    `  Invoke-Certutil @(${userArgs}'-v', '-store', ${store}) ${psQuote(afterDumpName)}`,
    "  Write-Host 'Done.'",
    '} catch {',
    "  Write-Error \"Stopped: $($_.Exception.Message). Certificates before this one are repaired; the rest are unchanged.\"",
    '  exit 1',
    '}',
    '',
  );
  return lines.join(EOL);
}

function cmdQuote(value: string): string {
  return `"${value}"`;
}

function psQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
