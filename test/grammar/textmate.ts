/**
 * Loads the extension's two TextMate grammars with vscode-textmate + vscode-oniguruma, the same engine
 * VS Code uses, and turns text into per-line tokens. Shared by the grammar tests (and usable by a bench).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');

/** The grammar files, by scope name, as package.json declares them. */
export const grammarFiles = {
  'source.certutil-dump': path.join(root, 'syntaxes', 'certutil-dump.tmLanguage.json'),
  'source.certutil-inf': path.join(root, 'syntaxes', 'certutil-inf.tmLanguage.json'),
} as const;

export type GrammarScope = keyof typeof grammarFiles;

/** The suffix every scope of a grammar ends with (`source.certutil-dump` -> `.certutil-dump`). */
export function scopeSuffix(scopeName: GrammarScope): string {
  return scopeName.slice(scopeName.indexOf('.'));
}

export interface Token {
  text: string;
  /** Outermost first, without the grammar's root scope. */
  scopes: string[];
}

let registry: vsctm.Registry | undefined;

function getRegistry(): vsctm.Registry {
  if (!registry) {
    const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    // loadWASM is idempotent: a second call returns the first call's promise.
    const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }));
    registry = new vsctm.Registry({
      onigLib,
      loadGrammar: (scopeName) => {
        const file = (grammarFiles as Record<string, string>)[scopeName];
        return Promise.resolve(file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null);
      },
    });
  }
  return registry;
}

const grammars = new Map<GrammarScope, Promise<vsctm.IGrammar>>();

export function loadGrammar(scopeName: GrammarScope): Promise<vsctm.IGrammar> {
  let grammar = grammars.get(scopeName);
  if (!grammar) {
    grammar = getRegistry()
      .loadGrammar(scopeName)
      .then((g) => {
        if (!g) throw new Error(`grammar ${scopeName} not found`);
        return g;
      });
    grammars.set(scopeName, grammar);
  }
  return grammar;
}

/** Splits like the editor does: CRLF, LF and lone CR all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Tokenizes `text` line by line, carrying the rule stack across lines as the editor does. */
export function tokenize(grammar: vsctm.IGrammar, text: string): Token[][] {
  let state = vsctm.INITIAL;
  return splitLines(text).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, t.endIndex),
      scopes: t.scopes.slice(1),
    }));
  });
}

/** The scopes of the first token (on any line of `input`) whose text is exactly `text`; undefined if none. */
export async function scopesOf(scopeName: GrammarScope, input: string, text: string): Promise<string[] | undefined> {
  return tokenize(await loadGrammar(scopeName), input)
    .flat()
    .find((t) => t.text === text)?.scopes;
}
