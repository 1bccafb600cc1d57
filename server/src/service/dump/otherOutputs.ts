/**
 * What the text outside the certificates shows, for the outputs of other certutil verbs that share the
 * dump language (docs/formats.md §D.5): echoed commands, `-csplist` providers, `-getreg` values
 * (`ca\csp`, `ca\EncryptionCSP`), `-scinfo` readers and `-key` provider groups. Read line by line with
 * anchored patterns that cannot backtrack; used for the outline and for the checks that apply to them.
 */

import { lookupProvider } from '../data/providers';
import { splitLines, trimmedSpan, type Line } from '../text';
import type { Span } from '../types';
import { commandEcho } from './commandEcho';

/** One line of another certutil output worth an outline entry. */
export interface OutputEntry extends Span {
  kind: 'command' | 'csp' | 'registry' | 'reader' | 'keyGroup';
  name: string;
  detail?: string;
  /** For a registry value or a provider type: where its value stands. */
  value?: Span & { text: string };
}

// `Provider Name: X` / `Provider Type: 1 - PROV_RSA_FULL` (-csplist); `  ProviderType REG_DWORD = 0` (-getreg).
const CSP_NAME = /^[\s\u00a0]*Provider Name:[\s\u00a0]*(\S.*)$/s;
const CSP_TYPE = /^[\s\u00a0]*Provider Type:[\s\u00a0]*(\S.*)$/s;
const REGISTRY = /^[\s\u00a0]*([A-Za-z][\w.]*)[ \t]+REG_[A-Z_]+[ \t]*=[ \t]*(.*)$/s;
const READER = /^--- Reader: (.*)$/s;
const KEY_GROUP = /^(\S.*\S):$/s;
const MAX_LINE = 1000;

/** The entries of `text[from..to)`: the part of a dump before its first certificate, or a whole frameless output. */
export function otherOutputEntries(text: string, from: number, to: number): OutputEntry[] {
  const entries: OutputEntry[] = [];
  const lines = splitLines(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.length > MAX_LINE) continue;
    const entry = entryOf(line);
    if (!entry) continue;
    if (entry.kind === 'csp' && i + 1 < lines.length) {
      const type = CSP_TYPE.exec(lines[i + 1].text);
      if (type) entry.value = valueSpan(lines[i + 1], type[1].trim());
      if (type) entry.detail = type[1].trim();
    }
    entries.push(entry);
  }
  return entries;
}

function entryOf(line: Line): OutputEntry | undefined {
  const span = trimmedSpan(line);
  const command = commandEcho(line);
  if (command)
    return {
      kind: 'command',
      name: `certutil ${command.user ? '-user ' : ''}${command.enterprise ? '-enterprise ' : ''}-${command.verb}${command.store ? ` ${command.store}` : ''}`,
      ...span,
    };
  const text = line.text;
  let m: RegExpExecArray | null;
  if ((m = CSP_NAME.exec(text))) {
    const name = m[1].trim();
    return { kind: 'csp', name, detail: lookupProvider(name)?.kind === 'ksp' ? 'KSP' : undefined, ...span };
  }
  if ((m = REGISTRY.exec(text))) {
    const value = m[2].trim();
    return { kind: 'registry', name: m[1], detail: value, value: valueSpan(line, value), ...span };
  }
  if ((m = READER.exec(text))) return { kind: 'reader', name: m[1].trim(), ...span };
  // `-key` lists containers under a `<provider name>:` line; only known provider names, so prose is never taken.
  if ((m = KEY_GROUP.exec(text)) && lookupProvider(m[1])) return { kind: 'keyGroup', name: m[1], ...span };
  return undefined;
}

function valueSpan(line: Line, value: string): Span & { text: string } {
  const at = value ? line.text.lastIndexOf(value) : -1;
  const start = at >= 0 ? line.start + at : line.end;
  return { start, end: start + (at >= 0 ? value.length : 0), text: value };
}
