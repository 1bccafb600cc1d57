/**
 * VS Code gives every `.txt` file to Plain Text before it looks at `firstLine` (checked in 1.100), and
 * guesses a language for untitled text by itself (a pasted dump became Visual Basic). So dumps are
 * recognised by content: on every open (a reopen too), whenever a document's language becomes Plain
 * Text again, and while untitled or plain-text documents are edited. Plain Text is switched to Certutil
 * Dump at once; another language VS Code guessed gets a notification with an "Open as Certutil Dump"
 * action instead, since the guess may be right.
 */

import * as vscode from 'vscode';
import { settingDefaults, settingKeys, settingsSection } from '../../common/settings';
import { looksLikeDump, SNIFF_LENGTH } from '../../common/dumpSniff';
import { languageIds } from '../../common/languageIds';

/** Edits are sniffed this long after the last one, so a paste or a burst of typing is read once. */
const EDIT_DEBOUNCE_MS = 150;
/** Languages VS Code may pick for a dump by name or by guess, where an offer to switch makes sense. */
const GUESSED_LANGUAGES: ReadonlySet<string> = new Set(['log']);
const openAsDump = (): string => vscode.l10n.t('Open as Certutil Dump');

/** The first 64 KB of a document: all detection reads, however large the document is. */
export function documentHead(document: vscode.TextDocument): string {
  const end = document.positionAt(SNIFF_LENGTH);
  return document.getText(new vscode.Range(0, 0, end.line, end.character));
}

/** True when the start of `document` is certutil output. */
export function isDumpDocument(document: vscode.TextDocument): boolean {
  return looksLikeDump(documentHead(document));
}

/** Replaceable, so tests can answer the notification. */
export interface DetectionHooks {
  /** Asks whether a document VS Code opened in another language should become a Certutil Dump. */
  offerSwitch: (document: vscode.TextDocument) => Thenable<boolean>;
}

function showSwitchOffer(document: vscode.TextDocument): Thenable<boolean> {
  const name = document.isUntitled ? vscode.l10n.t('This untitled editor') : vscode.workspace.asRelativePath(document.uri);
  return vscode.window
    .showInformationMessage(vscode.l10n.t('{0} looks like certutil output, but VS Code opened it as {1}.', name, document.languageId), openAsDump())
    .then((answer) => answer === openAsDump());
}

export function watchForDumps(context: vscode.ExtensionContext): DetectionHooks {
  const hooks: DetectionHooks = { offerSwitch: showSwitchOffer };
  /** Documents this extension switched to Certutil Dump, while an editor tab shows them. */
  const switched = new Set<string>();
  /** Documents the admin set back to Plain Text (or another language) by hand: left alone until their last tab closes. */
  const keptPlain = new Set<string>();
  /** Documents already offered the switch (VS Code guessed another language): asked once per open. */
  const offered = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();

  const enabled = (): boolean =>
    vscode.workspace.getConfiguration(settingsSection).get<boolean>(settingKeys.detectDumpsInTextFiles, settingDefaults[settingKeys.detectDumpsInTextFiles]);

  const hasTab = (key: string): boolean =>
    vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));

  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId === languageIds.dump) {
      switched.add(key);
      return;
    }
    if (keptPlain.has(key) || !enabled()) return;
    if (switched.has(key) && hasTab(key)) {
      // It was a dump a moment ago and its editor is still open: the admin chose this language by hand.
      keptPlain.add(key);
      return;
    }
    const plain = document.languageId === 'plaintext';
    const guessed = !plain && (document.isUntitled || GUESSED_LANGUAGES.has(document.languageId));
    if (!plain && !(guessed && !offered.has(key))) return;
    if (!isDumpDocument(document)) return;
    if (plain) {
      switched.add(key);
      void vscode.languages.setTextDocumentLanguage(document, languageIds.dump);
      return;
    }
    offered.add(key);
    void hooks.offerSwitch(document).then(async (yes) => {
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!yes || !current || current.isClosed || current.languageId === languageIds.dump) return;
      switched.add(key);
      await vscode.languages.setTextDocumentLanguage(current, languageIds.dump);
    });
  };

  const edited = (e: vscode.TextDocumentChangeEvent): void => {
    const document = e.document;
    if (document.languageId === languageIds.dump || document.languageId === languageIds.inf) return;
    if (!document.isUntitled && document.languageId !== 'plaintext') return;
    // Only the start decides: an edit further down cannot turn a document into a dump or out of one.
    if (!e.contentChanges.some((change) => change.rangeOffset < SNIFF_LENGTH)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (current && !current.isClosed) consider(current);
      }, EDIT_DEBOUNCE_MS),
    );
  };

  // The last tab of a document closed: a later open is a fresh open, detected again.
  const tabsChanged = (e: vscode.TabChangeEvent): void => {
    for (const tab of e.closed) {
      if (!(tab.input instanceof vscode.TabInputText)) continue;
      const key = tab.input.uri.toString();
      if (hasTab(key)) continue;
      switched.delete(key);
      keptPlain.delete(key);
      offered.delete(key);
    }
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeTextDocument(edited),
    vscode.window.tabGroups.onDidChangeTabs(tabsChanged),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.workspace.textDocuments.forEach(consider);
  return hooks;
}
