/**
 * Hovers on the lines the CA key health checks read: certutil's error lines (the HRESULT, what it means for a
 * CA key, the next command, from data/hresults.ts), the lost-key status lines, and NotAfter (how the date was
 * read, and why, when the order of day and month had to be decided).
 */

import { hresultHex, lookupHResult } from '../data/hresults';
import { say, type ServerLocale } from '../l10n/serverMessages';
import { markdownText } from '../markdown';
import { keylessCommand } from '../repair/keyRepair';
import { storeOf } from '../repair/repairTargetOf';
import type { Span } from '../types';
import { certificateAt } from './certificateAt';
import { certificateFacts, errorLinesOutsideCertificates } from './certificateFacts';
import { healthContext, type HealthContext } from './checks/healthContext';
import type { DumpDocument } from './dumpParser';
import type { HealthSummary } from './healthSummary';

const inside = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The dates' reading of each dump, made once: every NotAfter hover on the same version asks for it. */
const contextOf = new WeakMap<DumpDocument, HealthContext>();

export function healthHover(dump: DumpDocument, text: string, offset: number, locale?: ServerLocale): { contents: string; span: Span } | undefined {
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
        contents: `**${hresultHex(error.code)}** (${signed}): ${say(locale, "not in this extension's table of CA key errors. `{command}` prints Windows' text for it.", { command: `certutil -error ${hresultHex(error.code)}` })}`,
      };
    return {
      span: error,
      contents: [
        `**${hresultHex(known.code)} ${known.name}** (${signed}): ${markdownText(known.text)}`,
        '',
        say(locale, 'For a CA key: {meaning}', { meaning: markdownText(say(locale, known.meaning)) }),
        '',
        say(locale, 'Next: {next}', { next: markdownText(say(locale, known.next)) }),
        '',
        say(locale, 'Source: {source}', { source: known.source }),
      ].join('\n'),
    };
  }
  if (!certificate) return undefined;
  const facts = certificateFacts(text, certificate);
  const lost = facts.lostKey.find((l) => inside(l, offset));
  if (lost) {
    const serial = certificate.serial?.value;
    const location = storeOf(dump, certificate);
    const params =
      serial && 'store' in location
        ? { command: keylessCommand({ serial, store: location.store, userKey: location.user, enterprise: location.enterprise }) }
        : undefined;
    const command = !params
      ? ''
      : 'user' in location && location.user
        ? `\n\n${say(locale, "`{command}` (as the certificate's owner) asks certutil to search the key providers for the key that matches this certificate and to link it again.", params)}`
        : `\n\n${say(locale, '`{command}` (elevated) asks certutil to search the key providers for the key that matches this certificate and to link it again.', params)}`;
    return {
      span: lost,
      contents: `**${say(locale, 'Lost key association')}**: ${say(locale, "certutil could not use this certificate's private key.")}${command}`,
    };
  }
  if (facts.notAfter && inside(facts.notAfter.line, offset)) {
    let context = contextOf.get(dump);
    if (!context) contextOf.set(dump, (context = healthContext(dump, text, { nonCaKeySpecSeverity: 'warning' })));
    const read = context.date(facts.notAfter.value);
    if (!read || read.kind === 'invalid')
      return { span: facts.notAfter.line, contents: `**NotAfter**: ${say(locale, 'not a date format this extension reads.')}` };
    if (read.kind === 'ambiguous') {
      return {
        span: facts.notAfter.line,
        contents: `**NotAfter**: ${say(
          locale,
          'the dump does not say whether this date is month/day or day/month (no date in it has a number above 12, and its language does not decide). Read month first it is {monthFirst}, day first {dayFirst}. Validity is judged only where both readings agree.',
          { monthFirst: iso(read.values[0]), dayFirst: iso(read.values[1]) },
        )}`,
      };
    }
    const params = { date: iso(read.value) };
    const reading = facts.notAfter.value?.fixed
      ? say(locale, '{date} (local time of the machine that made the dump), read by its format.', params)
      : context.dateOrder === 'dmy'
        ? say(locale, "{date} (local time of the machine that made the dump), read by the dump's dates and language (day first).", params)
        : context.dateOrder
          ? say(locale, "{date} (local time of the machine that made the dump), read by the dump's dates and language (month first).", params)
          : say(locale, '{date} (local time of the machine that made the dump), read by its numbers.', params);
    return { span: facts.notAfter.line, contents: `**NotAfter**: ${reading}` };
  }
  return undefined;
}

/** The hover on the store header: the one-line summary (already in `locale`, see healthSummary.ts). */
export function summaryHover(summary: HealthSummary, locale?: ServerLocale): string {
  return `**${say(locale, 'CA key health')}**: ${summary.text}.`;
}

function iso(value: number): string {
  return new Date(value).toISOString().slice(0, 16).replace('T', ' ');
}
