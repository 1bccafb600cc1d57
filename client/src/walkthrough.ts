/** The copy buttons of the walkthrough "Repair a CA certificate's KeySpec": each puts one command line on the clipboard. */

import * as vscode from 'vscode';
import { captureCommandLine, repairCommandLine, walkthroughCommands } from '../../common/walkthrough';

export function registerWalkthroughCommands(context: vscode.ExtensionContext): void {
  const copy = (line: string) => async (): Promise<void> => {
    await vscode.env.clipboard.writeText(line);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied to the clipboard: {0}', line));
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(walkthroughCommands.copyCaptureCommand, copy(captureCommandLine)),
    vscode.commands.registerCommand(walkthroughCommands.copyRepairCommand, copy(repairCommandLine)),
  );
}
