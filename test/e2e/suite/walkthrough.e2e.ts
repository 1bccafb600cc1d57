// Issue 17 part 2: a first-time user opens the walkthrough "Repair a CA certificate's KeySpec" and sees its steps,
// from the capture on the CA to the comparison after the repair; its copy button copies the capture command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { captureCommandLine, repairCommandLine, walkthroughCommands } from '../../../common/walkthrough';
import { closeAllEditors, extensionApi, extensionId, pageTexts, screenshot, waitFor } from '../util';

const steps = [
  'Capture the dump on the CA',
  'Open the dump',
  'Read the problems',
  'Generate the repair files',
  'Run them on the CA',
  'Compare with the after-dump',
];

describe("walkthrough: Repair a CA certificate's KeySpec", () => {
  after(closeAllEditors);

  it('opens from workbench.action.openWalkthrough with its six steps, in order', async () => {
    await extensionApi();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#repairCaKeySpec`, false);
    let last: string[] | undefined = [];
    const titles = await waitFor(
      async () => {
        last = await pageTexts('.getting-started-step .step-title');
        if (last === undefined) return ['no page to read (VS Code desktop)'];
        const shown = last.map((t) => t.trim()).filter((t) => steps.includes(t));
        return shown.length === steps.length ? shown : undefined;
      },
      30_000,
      () => `the walkthrough's steps (shown: ${JSON.stringify(last)})`,
    );
    if (last !== undefined) assert.deepEqual(titles, steps);
    const category = await pageTexts('.getting-started-category .category-title');
    if (category !== undefined)
      assert.ok(
        category.some((t) => t.includes("Repair a CA certificate's KeySpec")),
        JSON.stringify(category),
      );
    await screenshot('walkthrough');
  });

  it('its copy buttons put the exact command lines on the clipboard', async () => {
    await vscode.commands.executeCommand(walkthroughCommands.copyCaptureCommand);
    assert.equal(await vscode.env.clipboard.readText(), captureCommandLine);
    await vscode.commands.executeCommand(walkthroughCommands.copyRepairCommand);
    assert.equal(await vscode.env.clipboard.readText(), repairCommandLine);
  });
});
