/**
 * Expands VS Code snippets the way a user who accepts every default would get them, so tests can check
 * (and validate) the text a snippet really inserts. Syntax: https://code.visualstudio.com/docs/editing/userdefinedsnippets
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** One entry of a snippets/*.json file. */
export interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** The INF snippets the extension contributes, by name. */
export const infSnippetsFile = path.join(__dirname, '..', '..', 'snippets', 'certutil-inf.json');

export function loadSnippets(file = infSnippetsFile): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;
}

type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] };

/**
 * The text `body` inserts when every placeholder keeps its default and every choice its first option.
 * A bare `$n` / `${n}` mirrors what tab stop n got elsewhere in the body, else `values[n]`; `$0` is empty.
 * Throws on variables (`$TM_FILENAME`) and on a tab stop with no value, so a test never checks a
 * half-expanded text. `typed[n]` is what a user typed over tab stop n's default (or choice).
 */
export function expandSnippet(body: string | string[], values: Record<number, string> = {}, typed: Record<number, string> = {}): string {
  const nodes = parse(Array.isArray(body) ? body.join('\n') : body);
  const defaults = new Map<number, string>();
  const collect = (list: SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'placeholder') {
        collect(node.children);
        if (!defaults.has(node.index)) defaults.set(node.index, typed[node.index] ?? render(node.children));
      } else if (node.kind === 'choice' && !defaults.has(node.index)) {
        defaults.set(node.index, typed[node.index] ?? node.options[0]);
      }
    }
  };
  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'placeholder':
            return typed[node.index] ?? render(node.children);
          case 'choice':
            return typed[node.index] ?? node.options[0];
          case 'tabstop': {
            if (node.index === 0) return '';
            const value = defaults.get(node.index) ?? values[node.index];
            if (value === undefined) throw new Error(`tab stop $${node.index} has no default and no value was given`);
            return value;
          }
        }
      })
      .join('');
  collect(nodes);
  return render(nodes);
}

/** Parses snippet syntax into nodes (text, `$n`, `${n:default}`, `${n|a,b|}`); variables are refused. */
function parse(source: string): SnippetNode[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`snippet syntax at ${pos}: ${why} in ${JSON.stringify(source)}`);
  };

  const parseList = (inPlaceholder: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === '\\' && pos + 1 < source.length && '$}\\'.includes(source[pos + 1])) {
        text += source[pos + 1];
        pos += 2;
      } else if (ch === '}' && inPlaceholder) {
        break;
      } else if (ch === '$') {
        flush();
        nodes.push(parseDollar());
      } else {
        text += ch;
        pos++;
      }
    }
    flush();
    return nodes;
  };

  const parseDollar = (): SnippetNode => {
    pos++; // '$'
    const bare = /^\d+/.exec(source.slice(pos));
    if (bare) {
      pos += bare[0].length;
      return { kind: 'tabstop', index: Number(bare[0]) };
    }
    if (source[pos] !== '{') return fail('a variable (or a lone $; write \\$ for a literal dollar)');
    pos++;
    const braced = /^\d+/.exec(source.slice(pos));
    if (!braced) return fail('a variable');
    const index = Number(braced[0]);
    pos += braced[0].length;
    const next = source[pos];
    if (next === '}') {
      pos++;
      return { kind: 'tabstop', index };
    }
    if (next === ':') {
      pos++;
      const children = parseList(true);
      if (source[pos] !== '}') fail('an unclosed placeholder');
      pos++;
      return { kind: 'placeholder', index, children };
    }
    if (next === '|') {
      pos++;
      const options: string[] = [];
      let option = '';
      while (pos < source.length && !(source[pos] === '|' && source[pos + 1] === '}')) {
        if (source[pos] === '\\' && ',|\\'.includes(source[pos + 1] ?? '')) {
          option += source[pos + 1];
          pos += 2;
        } else if (source[pos] === ',') {
          options.push(option);
          option = '';
          pos++;
        } else {
          option += source[pos++];
        }
      }
      if (pos >= source.length) fail('an unclosed choice');
      options.push(option);
      pos += 2;
      return { kind: 'choice', index, options };
    }
    return fail(`an unexpected ${JSON.stringify(next)} after \${${index}`);
  };

  return parseList(false);
}

/** The options of every choice tab stop in `body`, by tab stop. */
export function snippetChoices(body: string | string[]): Map<number, string[]> {
  const choices = new Map<number, string[]>();
  const visit = (nodes: SnippetNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'choice') choices.set(node.index, node.options);
      if (node.kind === 'placeholder') visit(node.children);
    }
  };
  visit(parse(Array.isArray(body) ? body.join('\n') : body));
  return choices;
}
