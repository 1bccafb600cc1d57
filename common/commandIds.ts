/** Every command id the extension knows, in one place: package.json, the client and the server read these. */

/** Commands contributed in package.json (a test holds the two to each other). */
export const contributedCommands = {
  generateRepairInf: 'certutil.generateRepairInf',
  generateRepairFiles: 'certutil.generateRepairFiles',
  compareWithLaterDump: 'certutil.compareWithLaterDump',
  /** Saves the comparison report shown last to a Markdown file the admin picks. */
  saveComparisonReport: 'certutil.saveComparisonReport',
  /** Switches the active editor to Certutil Dump (when detection did not, or was turned off). */
  openAsDump: 'certutil.openAsDump',
  /** Opens the CA key health report of the active dump. */
  showCaKeyHealth: 'certutil.showCaKeyHealth',
} as const;

/** Context keys the extension sets for `when` clauses in package.json. */
export const contextKeys = {
  /** A comparison report has been shown in this window, so it can be saved. */
  hasComparisonReport: 'certutil.hasComparisonReport',
} as const;

/** Client-side commands the server's code actions may name (not in the palette). */
export const clientCommands = {
  /** Opens a generated file (saving it first, with CRLF) so the admin sees what was written. */
  showGeneratedFile: 'certutil.showGeneratedFile',
  /** Opens INF text in an untitled editor (for an untitled dump, which has no folder). */
  openUntitledInf: 'certutil.openUntitledInf',
  /**
   * Asks machine or user store, then writes the repair with that choice (`repairEditRequest` with `storeChoice`).
   * Arguments: dump URI, serial, the question, the store name the dump shows (or proposes), and for a key-binding
   * repair (`key.missing`, `keyspec.consumer`) its diagnostic's data, sent back with `keyRepairEditRequest`.
   */
  repairWithStoreChoice: 'certutil.repairWithStoreChoice',
} as const;

/** Server commands (workspace/executeCommand), usable by any LSP client. */
export const serverCommands = {
  /** Arguments: dump URI, optional folder URI. Returns a WorkspaceEdit that creates every repair file, or fails with the reason. */
  repairFiles: 'certutil.server.repairFiles',
} as const;
