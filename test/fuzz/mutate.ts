/**
 * Hostile variants of real fixtures: what a dump or INF looks like after a bad paste, a chat client, a
 * wrong code page or a truncated ticket attachment. Each mutant carries a description for failure messages.
 */

import type { Random } from './random';

export interface Mutant {
  what: string;
  text: string;
}

const LINE_BREAK = /\r\n|\n|\r/;

/** Lines with their break kept, so joining them gives the text back. */
export function linesWithBreaks(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let m = LINE_BREAK.exec(rest); m; m = LINE_BREAK.exec(rest)) {
    parts.push(rest.slice(0, m.index + m[0].length));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** Offsets where a line starts that matches `pattern`. */
export function lineStartsMatching(text: string, pattern: RegExp): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of linesWithBreaks(text)) {
    if (pattern.test(line)) starts.push(offset);
    offset += line.length;
  }
  return starts;
}

/** Every line start of the text. */
export function lineStarts(text: string): number[] {
  return lineStartsMatching(text, /^/);
}

/** The punctuation both parsers split on: INF keys, values, quotes, comments, KeyProv pairs, sections; dump labels. */
export const SYNTAX_CHARACTERS = ['=', ':', '"', ';', '&', '%', '[', ']', '\\'];

/** Characters that matter to the parsers, plus some that never should. */
const SPECIAL = [
  ...SYNTAX_CHARACTERS,
  '-',
  '0',
  '2',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\ufeff',
  '\u00a0',
  '\ufffd',
  '\ud800',
  '\udfff',
  '{',
  '}',
  '(',
  ')',
  ',',
];

/** One random in-place mutation of `text`. */
export function randomMutation(random: Random, text: string): Mutant {
  const ops: ((t: string) => Mutant)[] = [
    (t) => {
      const at = random.int(0, t.length);
      return { what: `truncated at ${at}`, text: t.slice(0, at) };
    },
    (t) => {
      let s = t;
      const n = random.int(1, 8);
      for (let i = 0; i < n && s.length > 0; i++) {
        const at = random.int(0, s.length - 1);
        s = s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) ^ (1 << random.int(0, 15))) + s.slice(at + 1);
      }
      return { what: `${n} bit flips`, text: s };
    },
    (t) => {
      let s = t;
      const n = random.int(1, 8);
      for (let i = 0; i < n && s.length > 0; i++) {
        const at = random.int(0, s.length - 1);
        const c = random.chance(0.6) ? random.pick(SPECIAL) : random.codeUnit();
        s = s.slice(0, at) + c + s.slice(at + 1);
      }
      return { what: `${n} char replacements`, text: s };
    },
    (t) => {
      const lines = linesWithBreaks(t);
      const n = random.int(1, 5);
      for (let i = 0; i < n && lines.length > 0; i++) lines.splice(random.int(0, lines.length - 1), 1);
      return { what: `${n} lines deleted`, text: lines.join('') };
    },
    (t) => {
      const lines = linesWithBreaks(t);
      const n = random.int(1, 5);
      for (let i = 0; i < n && lines.length > 0; i++) {
        const at = random.int(0, lines.length - 1);
        lines.splice(at, 0, lines[at]);
      }
      return { what: `${n} lines duplicated`, text: lines.join('') };
    },
    (t) => {
      const lines = linesWithBreaks(t);
      if (lines.length < 2) return { what: 'nothing to swap', text: t };
      const a = random.int(0, lines.length - 1);
      const b = random.int(0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return { what: `lines ${a} and ${b} swapped`, text: lines.join('') };
    },
    (t) => ({ what: 'blocks shuffled', text: shuffleBlocks(random, t) }),
    (t) => insertAt(random, t, '\ufeff', 'BOM'),
    (t) => insertAt(random, t, '\u0000'.repeat(random.int(1, 4)), 'NUL'),
    (t) => ({ what: 'lone CR line ends', text: t.replace(/\r?\n/g, '\r') }),
    (t) => ({ what: 'LF line ends', text: t.replace(/\r\n?/g, '\n') }),
    (t) => ({ what: 'mixed line ends', text: t.replace(/\r?\n/g, () => random.pick(['\r\n', '\n', '\r', '\n\r'])) }),
    (t) => {
      const indent = random.pick([' ', '\t', '\u00a0', '\u3000']).repeat(random.int(1, 2000));
      return {
        what: `indented by ${indent.length}`,
        text: linesWithBreaks(t)
          .map((l) => (random.chance(0.7) ? indent + l : l))
          .join(''),
      };
    },
    (t) => insertAt(random, t, random.pick([' ', '\t', '\u00a0', '\u3000', '\ufeff']).repeat(random.int(1_000, 20_000)), 'run of white space'),
    (t) => insertAt(random, t, Array.from({ length: random.int(1, 40) }, () => random.codePoint()).join(''), 'unicode'),
    (t) => ({ what: 'trailing spaces', text: t.replace(/(\r?\n)/g, (m) => ' \t'.repeat(random.int(0, 3)) + m) }),
  ];
  return random.pick(ops)(text);
}

/** Two to four random mutations stacked. */
export function stackedMutation(random: Random, text: string): Mutant {
  let current: Mutant = { what: '', text };
  const n = random.int(2, 4);
  for (let i = 0; i < n; i++) {
    const next = randomMutation(random, current.text);
    current = { what: current.what ? `${current.what}, ${next.what}` : next.what, text: next.text };
  }
  return current;
}

function insertAt(random: Random, text: string, piece: string, what: string): Mutant {
  const at = random.int(0, text.length);
  return { what: `${what} inserted at ${at}`, text: text.slice(0, at) + piece + text.slice(at) };
}

/** Blank-line separated blocks (property blocks in a dump, sections in an INF) in a random order. */
export function shuffleBlocks(random: Random, text: string): string {
  const blocks: string[] = [];
  let current = '';
  for (const line of linesWithBreaks(text)) {
    current += line;
    if (line.trim() === '') {
      blocks.push(current);
      current = '';
    }
  }
  if (current !== '') blocks.push(current.endsWith('\n') || current.endsWith('\r') ? current : `${current}\r\n`);
  return random.shuffle(blocks).join('');
}
