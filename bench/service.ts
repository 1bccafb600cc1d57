/** The pure language service, called in this process: what each editor feature costs before any protocol. */

import { repairFiles } from '../server/src/service/repair/repairJob';
import { defaultCheckOptions, diagnose, infFixes, parse, symbols, type Parsed } from '../server/src/service/languageService';
import type { RepairTarget } from '../server/src/service/repair/repairTargetOf';
import type { Problem } from '../server/src/service/types';
import { medianMs } from './stats';

export interface ServiceFigures {
  parseAndDiagnoseMs: number;
  outlineMs: number;
  codeActionMs: number;
  /** One keystroke in the middle, then parse (with the previous parse to reuse) and diagnostics again. */
  keystrokeMs: number;
  problems: number;
}

/** The same edit for every input: one character typed at `offset`, then taken back on the next run. */
export function typedAt(text: string, offset: number, run: number): string {
  return run % 2 === 0 ? text.slice(0, offset) + 'x' + text.slice(offset) : text;
}

export function measureService(languageId: 'certutil-dump' | 'certutil-inf', text: string, runs: number, fileName: string): ServiceFigures {
  const parseAndDiagnose = (source: string, previous?: Parsed): { parsed: Parsed; problems: Problem[] } => {
    const parsed = parse(languageId, source, fileName, previous)!;
    return { parsed, problems: diagnose(parsed, defaultCheckOptions) };
  };
  const { parsed, problems } = parseAndDiagnose(text);
  // The problem in the middle of the document: its quick fix is what a user asks for there.
  // Only the KeySpec problems carry a RepairTarget (the health problems carry their own repairs).
  const repairable = parsed.language === 'dump' ? problems.filter((p) => p.code === 'keyspec.ksp-nonzero') : problems;
  const problem = repairable[Math.floor(repairable.length / 2)];
  const codeAction = (): unknown => {
    if (!problem) return undefined;
    if (parsed.language === 'dump')
      return repairFiles({ targets: [problem.data as RepairTarget], folder: 'file:///ws', scripts: false }, { inWorkspace: () => true, isTaken: () => false });
    return infFixes(parsed, problem, []);
  };

  // The keystroke goes on the line after the middle problem, where it changes nothing the checks read.
  const lineAfter = problem ? text.indexOf('\n', problem.end) + 1 : Math.floor(text.length / 2);
  let previous = parsed;
  let run = 0;
  const keystroke = (): void => {
    const next = parseAndDiagnose(typedAt(text, lineAfter, run++), previous);
    previous = next.parsed;
  };

  return {
    parseAndDiagnoseMs: medianMs(runs, () => parseAndDiagnose(text)),
    outlineMs: medianMs(runs, () => symbols(parsed)),
    codeActionMs: medianMs(runs * 4, codeAction),
    keystrokeMs: medianMs(runs * 2, keystroke),
    problems: problems.length,
  };
}
