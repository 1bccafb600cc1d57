/**
 * Hovers on the lines the CA key health checks read: certutil's error lines (the HRESULT, what it means for a
 * CA key, the next command, from data/hresults.ts), the lost-key status lines, and NotAfter (how the date was
 * read, and why, when the order of day and month had to be decided).
 */

import { hresultHex, lookupHResult } from '../data/hresults';
import { markdownText } from '../markdown';
import { keylessCommand } from '../repair/keyRepair';
import { storeOf } from '../repair/repairTargetOf';
import type { Span } from '../types';
import { certificateAt } from './certificateAt';
import { certificateFacts, errorLinesOutsideCertificates } from './certificateFacts';
import { healthContext, type HealthContext } from './checks/healthContext';
import type { DumpDocument } from './dumpParser';

const inside = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The dates' reading of each dump, made once: every NotAfter hover on the same version asks for it. */
const contextOf = new WeakMap<DumpDocument, HealthContext>();

export function healthHover(dump: DumpDocument, text: string, offset: number): { contents: string; span: Span } | undefined {
  // The certificate under the cursor by binary search, and only its lines: a hover never walks the whole dump.
  const certificate = certificateAt(dump, offset);
  const errorLines = certificate ? certificateFacts(text, certificate).errors : errorLinesOutsideCertificates(text, dump, offset);
  const error = errorLines.find((e) => inside(e, offset));
  if (error) {
    const known = lookupHResult(error.code);
    const signed = error.code | 0;
    if (!known)
      return {
        span: error,
        contents: `**${hresultHex(error.code)}** (${signed}): not in this extension's table of CA key errors. \`certutil -error ${hresultHex(error.code)}\` prints Windows' text for it.`,
      };
    return {
      span: error,
      contents: [
        `**${hresultHex(known.code)} ${known.name}** (${signed}): ${markdownText(known.text)}`,
        '',
        `For a CA key: ${markdownText(known.meaning)}`,
        '',
        `Next: ${markdownText(known.next)}`,
        '',
        `Source: ${known.source}`,
      ].join('\n'),
    };
  }
  if (!certificate) return undefined;
  const facts = certificateFacts(text, certificate);
  const lost = facts.lostKey.find((l) => inside(l, offset));
  if (lost) {
    const serial = certificate.serial?.value;
    const location = storeOf(dump, certificate);
    const command =
      serial && 'store' in location
        ? `\n\n\`${keylessCommand({ serial, store: location.store, userKey: location.user, enterprise: location.enterprise })}\` (${location.user ? "as the certificate's owner" : 'elevated'}) asks certutil to search the key providers for the key that matches this certificate and to link it again.`
        : '';
    return { span: lost, contents: `**Lost key association**: certutil could not use this certificate's private key.${command}` };
  }
  if (facts.notAfter && inside(facts.notAfter.line, offset)) {
    let context = contextOf.get(dump);
    if (!context) contextOf.set(dump, (context = healthContext(dump, text, { nonCaKeySpecSeverity: 'warning' })));
    const read = context.date(facts.notAfter.value);
    if (!read || read.kind === 'invalid') return { span: facts.notAfter.line, contents: '**NotAfter**: not a date format this extension reads.' };
    if (read.kind === 'ambiguous') {
      return {
        span: facts.notAfter.line,
        contents: `**NotAfter**: the dump does not say whether this date is month/day or day/month (no date in it has a number above 12, and its language does not decide). Read month first it is ${iso(read.values[0])}, day first ${iso(read.values[1])}. Validity is judged only where both readings agree.`,
      };
    }
    const order = facts.notAfter.value?.fixed
      ? 'its format'
      : context.dateOrder
        ? `the dump's dates and language (${context.dateOrder === 'dmy' ? 'day first' : 'month first'})`
        : 'its numbers';
    return { span: facts.notAfter.line, contents: `**NotAfter**: ${iso(read.value)} (local time of the machine that made the dump), read by ${order}.` };
  }
  return undefined;
}

function iso(value: number): string {
  return new Date(value).toISOString().slice(0, 16).replace('T', ' ');
}
