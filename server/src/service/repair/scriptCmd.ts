/**
 * `repair-keyspec.cmd`. What it leans on (docs/formats.md §R): certutil exits with the HRESULT it prints,
 * a negative number for a failure, so every call is followed by `if not "%RC%"=="0"` (never `if errorlevel 1`,
 * which is false for negative codes); certutil, net and nothing else are called by full path, so a
 * `certutil.bat` in the folder never runs; `%~dp0` is expanded once and only inside quotes, so a folder
 * named with `& ( ) % !` works (delayed expansion stays off); no value from a dump reaches a line unchecked.
 */

import { hresults } from '../data/hresults';
import { backupWarning, describeGroups, runFileNames, whoRuns, type ScriptPlan } from './scriptText';

const EOL = '\r\n';

/** The script for `plan`: CRLF lines, each far below cmd.exe's 8,191-character limit. */
export function cmdScript(plan: ScriptPlan): string {
  const user = plan.userStore ? '-user ' : '';
  const store = `"${plan.store}"`;
  const storeWords = `the ${plan.userStore ? 'user' : 'machine'} ${plan.store} store`;
  /** A certutil call as the script runs it; `out` is a file its output goes to. */
  const certutil = (args: string, out?: string): string => `"%CERTUTIL%" ${user}${args}${out ? ` > "${out}"` : ''}`;
  /** The same call as /whatif shows it: `>` escaped so that echo prints it. */
  const shown = (args: string, out?: string): string => `echo   "%CERTUTIL%" ${user}${args}${out ? ` ^> "${out}"` : ''}`;
  const undo = (serial: string, rollback: string): string => `certutil ${user}-repairstore ${store} ${serial} ${rollback}`;

  const lines = [
    '@echo off',
    'rem repair-keyspec: sets KeySpec=0 on the key provider information of the certificates below,',
    `rem in ${storeWords}. ${whoRuns(plan, 'command prompt')}`,
    'rem Usage: repair-keyspec.cmd, optionally with /whatif or /force or both:',
    'rem   /whatif  show every certutil command in order and run none of them.',
    'rem   /force   do not ask whether the backup is taken, and do not pause at the end (unattended runs).',
    'rem Exit code: 0 done or nothing to do, 1 a step failed (the message says what was changed),',
    'rem 2 refused before any change (preflight, or the backup not confirmed).',
    'rem Preflight first, changing nothing. Then per certificate: back up its properties to before-SERIAL.txt,',
    'rem certutil -repairstore with its KeyProv INF, dump it to after-SERIAL.txt and check KeySpec = 0.',
    'rem A certificate that already has KeySpec 0 is skipped. Undo one with its rollback-SERIAL.inf.',
    ...describeGroups(plan.entries, 'rem'),
    'setlocal EnableExtensions DisableDelayedExpansion',
    // A variable named ERRORLEVEL would hide the real exit code from %ERRORLEVEL%.
    'set "ERRORLEVEL="',
    'set "EXITCODE=2"',
    'set "WHATIF="',
    'set "FORCE="',
    'set "DONE="',
    'set "SCRATCH="',
    ':options',
    'if "%~1"=="" goto :options_done',
    'if /i "%~1"=="/whatif" (set "WHATIF=1" & shift & goto :options)',
    'if /i "%~1"=="/force" (set "FORCE=1" & shift & goto :options)',
    'echo Unknown option. Usage: repair-keyspec.cmd [/whatif] [/force]',
    'exit /b 2',
    ':options_done',
    'if not defined SystemRoot (set "MSG=SystemRoot is not set, so certutil cannot be called by its full path." & goto :refused)',
    'set "CERTUTIL=%SystemRoot%\\System32\\certutil.exe"',
    // pushd, not cd: it also maps a UNC folder to a drive letter.
    'pushd "%~dp0"',
    'if errorlevel 1 (set "MSG=The folder of this script cannot be made the current folder." & goto :refused)',
    'if not exist "%CERTUTIL%" (set "MSG=%SystemRoot%\\System32\\certutil.exe is missing: this script only runs that certutil." & goto :refused)',
  ];
  for (const entry of plan.entries) {
    for (const file of [entry.infFileName, entry.rollbackFileName]) {
      lines.push(`if not exist "${file}" (set "MSG=${file} is not in the folder of this script: copy all the generated files together." & goto :refused)`);
    }
  }
  lines.push('if defined WHATIF goto :whatif');
  if (!plan.userStore) {
    lines.push(
      // `net session` needs administrator rights: exit 0 elevated, 2 (access denied) when not (§R5).
      '"%SystemRoot%\\System32\\net.exe" session >nul 2>&1',
      'if not "%ERRORLEVEL%"=="0" (set "MSG=This script changes the machine store: run it from an elevated command prompt, Run as administrator." & goto :refused)',
    );
  }
  lines.push(
    'if not defined TEMP (set "MSG=TEMP is not set: the preflight needs a scratch file there." & goto :refused)',
    'set "SCRATCH=%TEMP%\\repair-keyspec-%RANDOM%-%RANDOM%.txt"',
    'if exist "%SCRATCH%" (set "SCRATCH=" & set "MSG=A scratch file of this name already exists in TEMP: run the script again." & goto :refused)',
    'echo Preflight: checking every certificate. Nothing is changed until every check passes.',
    'set "TODO="',
  );
  plan.entries.forEach((entry, i) => {
    const serial = entry.target.serial;
    const { before, after } = runFileNames(serial);
    const n = i + 1;
    lines.push(
      `set "STEP=reading certificate ${serial} from ${storeWords}"`,
      `${certutil(`-v -store ${store} "${serial}"`, '%SCRATCH%')}`,
      'set "RC=%ERRORLEVEL%"',
      'if not "%RC%"=="0" goto :refused_certutil',
      'call :read_keyspec',
      `if not defined KS_ZERO if not defined KS_OTHER (set "MSG=The dump of certificate ${serial} shows no KeySpec line: it has no key provider property to repair." & goto :refused)`,
      `set "TODO_${n}="`,
      `if defined KS_OTHER set "TODO_${n}=1"`,
      `if defined KS_OTHER set "TODO=1"`,
      `if not defined KS_OTHER echo Certificate ${serial} already has KeySpec 0: it will be skipped.`,
      `if defined KS_OTHER if exist "${before}" (set "MSG=${before} already exists: move it away, it may be the only copy of the original properties." & goto :refused)`,
      `if defined KS_OTHER if exist "${after}" (set "MSG=${after} already exists: move it away." & goto :refused)`,
    );
  });
  lines.push(
    'del "%SCRATCH%"',
    'set "SCRATCH="',
    'if not defined TODO (echo Nothing to do: every certificate already has KeySpec 0. Nothing was changed. & set "EXITCODE=0" & goto :end)',
    `if exist "${plan.afterDumpName}" (set "MSG=${plan.afterDumpName} already exists: move it away." & goto :refused)`,
    'echo Preflight passed.',
    'echo.',
    ...backupWarning(plan).map((line) => `echo ${line}`),
    'if defined FORCE goto :confirmed',
    'set "ANSWER="',
    'set /p "ANSWER=Type YES when the backup is taken: "',
    'if not defined ANSWER goto :declined',
    'set "ANSWER=%ANSWER:"=%"',
    'if /i not "%ANSWER%"=="YES" goto :declined',
    ':confirmed',
  );
  plan.entries.forEach((entry, i) => {
    const serial = entry.target.serial;
    const { before, after } = runFileNames(serial);
    const n = i + 1;
    lines.push(
      `if not defined TODO_${n} goto :skip_${n}`,
      `echo Backing up the properties of ${serial} to ${before}`,
      `set "STEP=backing up the properties of ${serial}. Nothing was changed for it"`,
      certutil(`-v -store ${store} "${serial}"`, before),
      'set "RC=%ERRORLEVEL%"',
      'if not "%RC%"=="0" goto :failed',
      `echo Repairing ${serial} with ${entry.infFileName}. To undo it: ${undo(serial, entry.rollbackFileName)}`,
      `set "STEP=repairing ${serial}: check its key provider property, and undo with ${entry.rollbackFileName} if it changed"`,
      certutil(`-repairstore ${store} "${serial}" "${entry.infFileName}"`),
      'set "RC=%ERRORLEVEL%"',
      'if not "%RC%"=="0" goto :failed',
      `set "STEP=dumping ${serial} after its repair, to check it"`,
      certutil(`-v -store ${store} "${serial}"`, after),
      'set "RC=%ERRORLEVEL%"',
      'if not "%RC%"=="0" goto :failed',
      `set "KSFILE=${after}"`,
      'call :read_keyspec',
      `if defined KS_OTHER (set "MSG=${after} still shows a KeySpec other than 0 for ${serial}." & goto :not_verified)`,
      `if not defined KS_ZERO (set "MSG=${after} shows no KeySpec line for ${serial}." & goto :not_verified)`,
      `echo Verified: ${serial} now has KeySpec 0.`,
      `set "DONE=%DONE% ${serial}"`,
      `:skip_${n}`,
    );
  });
  lines.push(
    `set "STEP=dumping ${storeWords} to ${plan.afterDumpName}. Every repair above is verified"`,
    certutil(`-v -store ${store}`, plan.afterDumpName),
    'set "RC=%ERRORLEVEL%"',
    'if not "%RC%"=="0" goto :failed',
    'echo.',
    'echo Done: every certificate now has KeySpec 0.',
    `echo Open ${plan.afterDumpName} in VS Code and run "Certutil: Compare with Later Dump".`,
    'set "EXITCODE=0"',
    'goto :end',
    '',
    ':whatif',
    'echo What if: nothing is run. The preflight reads each certificate, then for each one whose KeySpec is not 0:',
  );
  for (const entry of plan.entries) {
    lines.push(shown(`-v -store ${store} "${entry.target.serial}"`, '%%SCRATCH%%'));
  }
  for (const entry of plan.entries) {
    const serial = entry.target.serial;
    const { before, after } = runFileNames(serial);
    lines.push(
      shown(`-v -store ${store} "${serial}"`, before),
      shown(`-repairstore ${store} "${serial}" "${entry.infFileName}"`),
      shown(`-v -store ${store} "${serial}"`, after),
    );
  }
  lines.push(
    shown(`-v -store ${store}`, plan.afterDumpName),
    'set "EXITCODE=0"',
    'goto :end',
    '',
    ':read_keyspec',
    // Parse the `KeySpec = <n>` line itself, never the localized word after it.
    'set "KS_ZERO="',
    'set "KS_OTHER="',
    'if not defined KSFILE set "KSFILE=%SCRATCH%"',
    'for /f "usebackq tokens=1-3" %%a in ("%KSFILE%") do if /i "%%a"=="KeySpec" if "%%b"=="=" if "%%c"=="0" set "KS_ZERO=1"',
    'for /f "usebackq tokens=1-3" %%a in ("%KSFILE%") do if /i "%%a"=="KeySpec" if "%%b"=="=" if not "%%c"=="0" set "KS_OTHER=1"',
    'set "KSFILE="',
    'exit /b 0',
    '',
    ':describe_rc',
    'set "RCNAME="',
    ...hresults.map((h) => `if "%RC%"=="${h.code | 0}" set "RCNAME= ${h.name}"`),
    'set "RCHEX="',
    'for %%s in (28 24 20 16 12 8 4 0) do call :hex_digit %%s',
    'exit /b 0',
    ':hex_digit',
    'set /a "D=(RC>>%1)&15"',
    'set "C=%D%"',
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((c, i) => `if "%D%"=="${10 + i}" set "C=${c}"`),
    'set "RCHEX=%RCHEX%%C%"',
    'exit /b 0',
    '',
    ':failed',
    'call :describe_rc',
    'echo.',
    'echo FAILED while %STEP%.',
    'echo certutil exited with %RC% = 0x%RCHEX%%RCNAME%.',
    'goto :stopped',
    ':not_verified',
    'echo.',
    'echo NOT VERIFIED: %MSG%',
    ':stopped',
    'if defined DONE echo Repaired and verified before this:%DONE%',
    'if not defined DONE echo No certificate was repaired before this.',
    'echo The certificates after it are unchanged. Stopped.',
    `echo To undo a repair: ${undo('SERIAL', 'rollback-SERIAL.inf')}`,
    'set "EXITCODE=1"',
    'goto :end',
    ':refused_certutil',
    'call :describe_rc',
    'echo Refused: certutil failed while %STEP%: exit code %RC% = 0x%RCHEX%%RCNAME%.',
    `echo Check the serial number and the store, and that you run this ${plan.userStore ? 'as the owner of the certificate' : 'elevated'}. Nothing was changed.`,
    'goto :end',
    ':refused',
    'echo Refused: %MSG%',
    'echo Nothing was changed.',
    'goto :end',
    ':declined',
    'echo Not confirmed: nothing was changed. Take the backup, then run this again.',
    'goto :end',
    ':end',
    'if defined SCRATCH if exist "%SCRATCH%" del "%SCRATCH%"',
    'popd',
    'if not defined FORCE pause',
    'exit /b %EXITCODE%',
    '',
  );
  return lines.join(EOL);
}
