/**
 * An echoed certutil command line before its output (`C:\>certutil -v -user -store my`, `PS> certutil.exe
 * -enterprise -store NTAuth >> all.txt`): the verb, the store it names and the store location options
 * (docs/formats.md §D.1). Read by hand, token by token: no regular expression runs over the line.
 */

import type { Line } from '../text';
import type { Span } from '../types';

/** What one echoed command says about where its output comes from. */
export interface CommandEcho extends Span {
  /** The verb, lower case without the dash: `store`, `repairstore`, `key`, `scinfo`, `dump` ... */
  verb: string;
  /** The store argument of `-store` / `-repairstore` / `-key`, when given. */
  store?: string;
  /** `-user`: the current user's stores. */
  user: boolean;
  /** `-enterprise`: the local machine's enterprise stores. */
  enterprise: boolean;
  /** `-service`: a service's stores. */
  service: boolean;
  /** `-grouppolicy`: the group-policy stores. */
  groupPolicy: boolean;
}

/** The verbs whose first argument is a store name (certutil's help: `-store [CertificateStoreName [CertId]]`). */
const STORE_VERBS = new Set(['store', 'viewstore', 'repairstore', 'delstore', 'addstore', 'exportpfx', 'verifystore']);
/** Options followed by a value (`-p password`, `-csp KSP`, `-config CA\\Name`): the value is no store name. */
const OPTIONS_WITH_VALUE = new Set(['p', 'csp', 'config', 't', 'pin', 'out', 'restrict', 'sid', 'kdf', 'protectto', 'reader', 'alg', 'dc', 'symkeyalg']);
const MAX_LINE = 400;
const CERTUTIL = /certutil/i;

/** The command echoed on `line`, or undefined when the line is no certutil command (`CertUtil: -store command completed` is not). */
export function commandEcho(line: Line): CommandEcho | undefined {
  const text = line.text.length > MAX_LINE ? '' : line.text;
  if (!CERTUTIL.test(text)) return undefined;
  const lower = text.toLowerCase();
  const at = lower.indexOf('certutil');
  if (at < 0) return undefined;
  // What comes before the name is a prompt (`C:\>`, `PS C:\> `, `$ `), a path or nothing.
  const before = at === 0 ? ' ' : lower[at - 1];
  if (!' \t>\\/"\''.includes(before)) return undefined;
  let i = at + 'certutil'.length;
  if (lower.startsWith('.exe', i)) i += 4;
  if (lower[i] === '"' || lower[i] === "'") i++;
  if (lower[i] !== ' ' && lower[i] !== '\t') return undefined;
  const tokens = tokenize(text, i);
  const echo: CommandEcho = { start: line.start + at, end: line.end, verb: '', user: false, enterprise: false, service: false, groupPolicy: false };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === '>' || token === '>>' || token === '|' || token.startsWith('>') || token.startsWith('|')) break;
    const option = token.startsWith('-') || token.startsWith('/') ? token.slice(1).toLowerCase() : undefined;
    if (option === undefined) {
      if (echo.verb && STORE_VERBS.has(echo.verb) && echo.store === undefined) echo.store = token;
      continue;
    }
    if (option === 'user') echo.user = true;
    else if (option === 'enterprise') echo.enterprise = true;
    else if (option === 'service') echo.service = true;
    else if (option === 'grouppolicy') echo.groupPolicy = true;
    else if (OPTIONS_WITH_VALUE.has(option)) k++;
    else if (!echo.verb && option !== 'v' && option !== 'silent' && option !== 'split' && option !== 'f' && option !== 'q' && option !== 'gmt')
      echo.verb = option;
  }
  // `certutil` alone, or NSS's `certutil -L` (not ours), names no verb certutil.exe knows.
  if (!echo.verb || echo.verb === 'l') return undefined;
  return echo;
}

/** Whitespace-separated tokens from `from`, with `"..."` kept whole (`-store "Remote Desktop"`). */
function tokenize(text: string, from: number): string[] {
  const tokens: string[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= text.length) break;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close;
      tokens.push(text.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < text.length && text[i] !== ' ' && text[i] !== '\t') i++;
    tokens.push(text.slice(start, i));
  }
  return tokens;
}
