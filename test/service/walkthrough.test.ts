/**
 * The walkthrough "Repair a CA certificate's KeySpec" as package.json declares it: each step's command links and
 * completion events name commands that exist, context keys and views VS Code knows, and media that exist.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contributedCommands } from '../../common/commandIds';
import { languageIds } from '../../common/languageIds';
import { captureCommandLine, repairCommandLine, walkthroughCommands } from '../../common/walkthrough';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}
interface Manifest {
  activationEvents: string[];
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; title: string; steps: Step[] }[] };
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const text = (value: string): string => (/^%[\w.-]+%$/.test(value) ? nls[value.slice(1, -1)] : value);

/** VS Code's own commands and views the steps use (their ids are VS Code's, not this project's). */
const vscodeCommands = new Set(['workbench.action.files.openFile', 'workbench.actions.view.problems']);
const vscodeViews = new Set(['workbench.panel.markers.view']);

const clientSource = read('client/src/walkthrough.ts');
const registeredWalkthroughCommands = Object.entries(walkthroughCommands)
  .filter(([name]) => clientSource.includes(`registerCommand(walkthroughCommands.${name},`))
  .map(([, id]) => id);
const knownCommands = new Set<string>([...manifest.contributes.commands.map((c) => c.command), ...registeredWalkthroughCommands, ...vscodeCommands]);

describe("walkthrough: Repair a CA certificate's KeySpec", () => {
  const walkthrough = manifest.contributes.walkthroughs.find((w) => w.id === 'repairCaKeySpec');

  it('exists, with the six steps from capture to comparison, in order', () => {
    assert.ok(walkthrough);
    assert.equal(text(walkthrough.title), "Repair a CA certificate's KeySpec");
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['capture', 'open', 'problems', 'generate', 'run', 'compare'],
    );
  });

  it('every walkthrough command is registered by the client and activates the extension', () => {
    assert.deepEqual(registeredWalkthroughCommands.sort(), Object.values(walkthroughCommands).sort());
    for (const id of Object.values(walkthroughCommands)) assert.ok(manifest.activationEvents.includes(`onCommand:${id}`), id);
    for (const id of Object.values(contributedCommands)) assert.ok(knownCommands.has(id));
  });

  for (const step of walkthrough?.steps ?? []) {
    describe(`step ${step.id}`, () => {
      it('has a command link, and every command it links exists', () => {
        const links = [...text(step.description).matchAll(/\]\(command:([\w.]+)[^)]*\)/g)].map((m) => m[1]);
        assert.ok(links.length >= 1, step.id);
        for (const link of links) assert.ok(knownCommands.has(link), `${step.id}: ${link}`);
      });

      it('uses in its texts only what VS Code renders in a walkthrough step (links; no `code` or **bold** marks)', () => {
        for (const file of fs.readdirSync(root).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f))) {
          const bundle = JSON.parse(read(file)) as Record<string, string>;
          for (const value of [step.title, step.description]) assert.doesNotMatch(bundle[value.slice(1, -1)], /`|\*\*/, `${file}: ${step.id}`);
        }
      });

      it('has completion events, each naming a command, context or view that exists', () => {
        assert.ok((step.completionEvents ?? []).length >= 1);
        for (const event of step.completionEvents ?? []) {
          const [kind, ...rest] = event.split(':');
          const what = rest.join(':');
          if (kind === 'onCommand') assert.ok(knownCommands.has(what), event);
          else if (kind === 'onView') assert.ok(vscodeViews.has(what), event);
          else if (kind === 'onContext') assert.equal(what, `editorLangId == ${languageIds.dump}`, event);
          else assert.fail(`unexpected completion event ${event}`);
        }
      });

      it('has media that exist: a PNG screenshot with alt text, or a Markdown page', () => {
        if (step.media.image) {
          const png = fs.readFileSync(path.join(root, step.media.image));
          assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
          assert.ok(step.media.altText && text(step.media.altText).length > 10);
        } else {
          assert.ok(step.media.markdown && fs.existsSync(path.join(root, step.media.markdown)), step.id);
        }
      });
    });
  }

  it('the capture and run steps show the command lines their copy buttons copy, in every language', () => {
    const capture = walkthrough!.steps.find((s) => s.id === 'capture')!;
    const run = walkthrough!.steps.find((s) => s.id === 'run')!;
    for (const file of fs.readdirSync(root).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f))) {
      const bundle = JSON.parse(read(file)) as Record<string, string>;
      assert.ok(bundle[capture.description.slice(1, -1)].includes(captureCommandLine), file);
      assert.ok(bundle[capture.description.slice(1, -1)].includes(`(command:${walkthroughCommands.copyCaptureCommand})`), file);
      assert.ok(bundle[run.description.slice(1, -1)].includes(`(command:${walkthroughCommands.copyRepairCommand})`), file);
    }
    assert.ok(read(capture.media.markdown!).includes(captureCommandLine));
    assert.ok(read(run.media.markdown!).includes(repairCommandLine));
  });
});
