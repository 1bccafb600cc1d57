/**
 * Quick fixes for INF problems: the code's fix from the one table (infChecks.ts `infFixes`), computed from the
 * problem's code, range and data only (fixData.ts): no message matching, no second parse. A fix is offered
 * where the fix is certain; where two readings exist (a bare Flags number, several dump containers) each is
 * offered and none is preferred.
 */

import type { Problem } from '../types';
import type { InfFixContext, InfQuickFix } from './fixData';
import { infFixes } from './infChecks';
import type { InfDocument } from './model';

export type { DumpContainer, InfFixContext, InfQuickFix } from './fixData';

export function infQuickFixes(doc: InfDocument, text: string, problem: Problem, context: InfFixContext = {}): InfQuickFix[] {
  const fix = infFixes[problem.code];
  return fix ? fix({ doc, text, problem, context }) : [];
}
