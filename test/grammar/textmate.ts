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

/**
 * VS Code's own extensions, from the code-server runtime the e2e tier installs in .vscode-test
 * (`npm run runtime`, scripts/ensure-runtime.mjs): the grammars ours are compared with (`ini`) and
 * injected into (Markdown). Never copied into the project.
 */
export const vscodeExtensionsDir = path.join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');

/** VS Code's built-in grammars used here, by scope name. */
export const builtinGrammarFiles = {
  'source.ini': path.join(vscodeExtensionsDir, 'ini', 'syntaxes', 'ini.tmLanguage.json'),
  'text.html.markdown': path.join(vscodeExtensionsDir, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
} as const;

export type BuiltinScope = keyof typeof builtinGrammarFiles;

/** Where a built-in grammar comes from, for a report: `VS Code 1.100.3 (code-server runtime): extensions/ini/...`. */
export function builtinGrammarSource(scopeName: BuiltinScope): string {
  const manifest = path.join(vscodeExtensionsDir, '..', 'package.json');
  const version = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
  return `VS Code ${version ?? '(unknown version)'} from the code-server runtime: ${path.relative(vscodeExtensionsDir, builtinGrammarFiles[scopeName])}`;
}

interface ContributedGrammar {
  scopeName: string;
  path: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

/** `contributes.grammars` of package.json: what VS Code itself would load. */
export function contributedGrammars(): ContributedGrammar[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { grammars: ContributedGrammar[] } };
  return manifest.contributes.grammars;
}

/** Every grammar file the registry can load: ours as package.json declares them, then VS Code's. */
function grammarFileOf(scopeName: string): string | undefined {
  const ours = contributedGrammars().find((g) => g.scopeName === scopeName);
  if (ours) return path.join(root, ours.path);
  const builtin = (builtinGrammarFiles as Record<string, string>)[scopeName];
  if (builtin === undefined) return undefined;
  if (!fs.existsSync(builtin)) throw new Error(`VS Code's grammar ${scopeName} is not at ${builtin}: run \`npm run runtime\` first`);
  return builtin;
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
      // Grammars a built-in one includes but nobody here provides (Markdown's fenced JavaScript, ...) stay unloaded, as in
      // a VS Code without those extensions: their blocks are plain fenced code.
      loadGrammar: (scopeName) => {
        const file = grammarFileOf(scopeName);
        return Promise.resolve(file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null);
      },
      // Injections as VS Code wires them: every contributed grammar whose `injectTo` names the scope.
      getInjections: (scopeName) =>
        contributedGrammars()
          .filter((g) => g.injectTo?.includes(scopeName))
          .map((g) => g.scopeName),
    });
  }
  return registry;
}

const grammars = new Map<GrammarScope | BuiltinScope, Promise<vsctm.IGrammar>>();

export function loadGrammar(scopeName: GrammarScope | BuiltinScope): Promise<vsctm.IGrammar> {
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
