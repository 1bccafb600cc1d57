/**
 * The command lines the walkthrough "Repair a CA certificate's KeySpec" copies to the clipboard, and the
 * commands that copy them. package.nls*.json show the same lines in the step texts (a test holds them to these).
 */

/** Dumps the machine's Personal store with every property (`-v` prints ProviderType, Flags and KeySpec). */
export const captureCommandLine = 'certutil -v -store my > machine.txt';

/** The generated repair script in its dry-run mode: it lists every certutil command and changes nothing. */
export const repairCommandLine = 'repair-keyspec.cmd /whatif';

/** Client commands behind the walkthrough's copy buttons (command links, not in the palette). */
export const walkthroughCommands = {
  copyCaptureCommand: 'certutil.copyCaptureCommand',
  copyRepairCommand: 'certutil.copyRepairCommand',
} as const;
