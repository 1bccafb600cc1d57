/**
 * The quick-fix contract of the INF checks: what each problem carries in `Problem.data`, and the shape of the fix
 * functions that each `checks/` file keeps next to its check. A fix builds its edit from the problem's code, range
 * and this data alone: no message matching, no second parse.
 */

import type { RuleCode } from '../rules';
import type { Problem, Span, TextEdit } from '../types';
import type { InfDocument } from './model';

/** The problem's range is replaced by `replacement` (a suggestion or the one right value). */
export interface ReplaceData {
  replacement: string;
}

/** keyprov.missing-ampersand: where the `&` goes (just inside the closing quote). */
export interface InsertAmpersandData {
  at: number;
}

/** inf.slash-comment: a `//` or `#` remark. */
export interface RemarkData {
  /** The remark stands alone on its line: only its marker needs to become `;`. */
  ownLine: boolean;
  /** The `//` or `#` itself. */
  marker: Span;
  /** The remark's text after the marker, trimmed. */
  body: string;
  /** For a trailing remark: what to delete (from the end of the value to the end of the remark). */
  remove: Span;
  /** A `;` comment follows the remark on the same line: keep one space before it. */
  commentFollows: boolean;
  /** Where the entry's line starts and its indentation, to put the remark on its own line above. */
  lineStart: number;
  indent: string;
}

/** inf.placeholder: which pair holds it, and the Provider written in the same string (to rank containers). */
export interface PlaceholderData {
  pair?: string;
  provider?: string;
}

/** keyprov.flags-not-hex: the two readings of a bare number. */
export interface FlagsData {
  asHex: string;
  asDecimal: string;
}

/** keyprov.missing-pair: the pair to add when the right value is certain (KeySpec=0 for a KSP). */
export interface MissingPairData {
  pair: string;
  add?: {
    /** Text to insert at `at` (a new `_continue_` line, or `&Name=Value` inside the last string). */
    at: number;
    text: string;
    /** The last fragment lacks its `&`: insert one here first. */
    ampersandAt?: number;
  };
}

/** inf.unterminated-quote: where the closing quote would go (end of the value). */
export interface CloseQuoteData {
  at: number;
}

/** The problem's data as `T`, when it has the field `key` (data is `unknown` across the protocol). */
export function dataWith<T extends object>(problem: Problem, key: keyof T): T | undefined {
  const data = problem.data;
  return typeof data === 'object' && data !== null && key in data ? (data as T) : undefined;
}

/** One quick fix in the service's terms: a title and the edits; the glue makes it an LSP code action. */
export interface InfQuickFix {
  title: string;
  isPreferred?: boolean;
  edits: TextEdit[];
}

/** A key container seen in a certutil dump open in the editor (the façade collects them). */
export interface DumpContainer {
  container: string;
  provider: string;
  serial: string;
  subject?: string;
}

/** What a fix may read besides the problem: the open dumps' containers. */
export interface InfFixContext {
  dumpContainers?: DumpContainer[];
}

/** Everything a fix function gets: the document, its text, the problem, the context. */
export interface FixInput {
  doc: InfDocument;
  text: string;
  problem: Problem;
  context: InfFixContext;
}

/** The quick fix of one rule, computed from the problem's code, range and data. */
export type InfFix = (input: FixInput) => InfQuickFix[];

/** A rule code's fix, as each check file exports it next to its check. */
export type InfFixTable = Partial<Record<RuleCode, InfFix>>;

/**
 * The plain fix "replace the problem's range with `data.replacement`": `title` has `{r}` for the replacement as
 * shown (surrounding quotes dropped unless `shown` says otherwise). A guess from spelling is not preferred.
 */
export function replaceFix(title: string, options: { preferred?: boolean; shown?: (replacement: string) => string } = {}): InfFix {
  return ({ problem }) => {
    const data = dataWith<ReplaceData>(problem, 'replacement');
    if (!data) return [];
    const shown = options.shown ? options.shown(data.replacement) : data.replacement.replace(/^"(.*)"$/, '$1');
    return [
      {
        title: title.replace('{r}', shown),
        isPreferred: options.preferred ?? true,
        edits: [{ start: problem.start, end: problem.end, newText: data.replacement }],
      },
    ];
  };
}

/** Several readings of one value, none preferred (keyspec.csp-none: AT_KEYEXCHANGE or AT_SIGNATURE). */
export interface ChoicesData {
  choices: { title: string; replacement: string }[];
}
