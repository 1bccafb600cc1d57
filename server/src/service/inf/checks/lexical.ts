/**
 * The parser's lexical problems (any INF, driver INFs included; docs/formats.md §2.1) and their fixes: an
 * unterminated quote, a broken section header, `//` or `#` used as a comment. The parser finds them while it
 * reads; this file is where they are reported from and repaired.
 * Rules: `inf.unterminated-quote`, `inf.outside-section`, `inf.bad-section-header`, `inf.slash-comment`,
 * `inf.continue-without-key`.
 */

import type { Problem, TextEdit } from '../../types';
import { dataWith, replaceFix, type CloseQuoteData, type InfFixTable, type InfQuickFix, type RemarkData } from '../fixData';
import type { InfCheckContext } from './infCheckContext';

export function checkLexical({ doc }: InfCheckContext): Problem[] {
  return doc.problems;
}

export const lexicalFixes: InfFixTable = {
  'inf.slash-comment': ({ doc, problem }) => {
    const data = dataWith<RemarkData>(problem, 'ownLine');
    return data ? remarkFixes(data, doc.eol) : [];
  },
  'inf.unterminated-quote': ({ problem }) => {
    const data = dataWith<CloseQuoteData>(problem, 'at');
    return data ? [{ title: 'Close the quote at the end of the line', edits: [{ start: data.at, end: data.at, newText: '"' }] }] : [];
  },
  'inf.bad-section-header': replaceFix('Write {r}'),
};

/** `//` text becomes a `;` comment: in place when alone on its line, else on a line of its own above. */
function remarkFixes(data: RemarkData, eol: string): InfQuickFix[] {
  if (data.ownLine) {
    return [{ title: 'Use ; to start the comment', isPreferred: true, edits: [{ ...data.marker, newText: ';' }] }];
  }
  const removal: TextEdit = { ...data.remove, newText: data.commentFollows ? ' ' : '' };
  return [
    {
      title: 'Move the remark to a ; comment line of its own',
      isPreferred: true,
      edits: [{ start: data.lineStart, end: data.lineStart, newText: `${data.indent}; ${data.body}${eol}` }, removal],
    },
    { title: 'Delete the remark', edits: [removal] },
  ];
}
