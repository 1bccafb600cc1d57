/**
 * The CA key health report (`Certutil: Show CA key health`): the dump's findings grouped by CA certificate
 * generation and key, each with its repair, and a timeline of the CA's certificate generations drawn as SVG
 * (validity bars from NotBefore to NotAfter, today marked, bars of one key joined, broken ones in the error
 * colour). Plain HTML for a webview with scripts off: every dump value is escaped, the one style block carries
 * the nonce the client put in the Content-Security-Policy, colours come from the theme's CSS variables.
 */

import { certificateFacts } from './certificateFacts';
import { healthContext } from './checks/healthContext';
import { localizeProblem, say, type ServerLocale } from '../l10n/serverMessages';
import type { Problem } from '../types';
import type { Certificate, DumpDocument } from './dumpParser';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface Generation {
  certificate: Certificate;
  from?: number;
  to?: number;
  keyId: string;
  problems: Problem[];
}

const NONCE = /^[A-Za-z0-9+/=]{16,128}$/;

/**
 * The report's HTML in `locale` (English when absent; the problems' messages as the diagnostics show them); undefined
 * when `nonce` is not a plain nonce (never put a caller's text in the CSP).
 */
export function healthReportHtml(
  dump: DumpDocument,
  text: string,
  problems: readonly Problem[],
  today: number,
  nonce: string,
  locale?: ServerLocale,
): string | undefined {
  if (!NONCE.test(nonce)) return undefined;
  const context = healthContext(dump, text, { nonCaKeySpecSeverity: 'warning', today });
  const generations: Generation[] = dump.certificates.map((certificate) => {
    const facts = certificateFacts(text, certificate);
    const from = context.date(facts.notBefore?.value);
    const to = context.date(facts.notAfter?.value);
    const hash = facts.keyIdHashes.sha1 ?? Object.values(facts.keyIdHashes)[0];
    const generation: Generation = {
      certificate,
      keyId: hash ?? certificate.keyProv?.container?.value ?? `${say(locale, 'certificate')} ${certificate.index ?? '?'}`,
      problems: problems.filter((p) => certificate.start <= p.start && p.start <= certificate.end),
    };
    if (from?.kind === 'date') generation.from = from.value;
    if (to?.kind === 'date') generation.to = to.value;
    return generation;
  });
  const ca = generations.filter((g) => g.certificate.caEvidence !== undefined);
  const others = generations.filter((g) => g.certificate.caEvidence === undefined && g.problems.length > 0);
  const outside = problems.filter((p) => !dump.certificates.some((c) => c.start <= p.start && p.start <= c.end));
  const style = [
    'body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); }',
    '.error { color: var(--vscode-errorForeground); } .warning { color: var(--vscode-editorWarning-foreground); }',
    'li { margin: 0.2em 0; } code { font-family: var(--vscode-editor-font-family); }',
    '.bar { fill: var(--vscode-charts-blue); } .bar.broken { fill: var(--vscode-errorForeground); }',
    '.today { stroke: var(--vscode-charts-orange); stroke-width: 2; } .link { stroke: var(--vscode-foreground); stroke-dasharray: 3 2; }',
    'text { fill: var(--vscode-foreground); font-size: 11px; }',
  ].join('\n');
  const title = escapeHtml(say(locale, 'CA key health'));
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${locale ?? 'en'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">`,
    `<style nonce="${nonce}">${style}</style>`,
    `<title>${title}</title></head><body>`,
    `<h1>${title}</h1>`,
    timeline(ca, today, locale),
    ...groupByKey(ca).map((group) => section(escapeHtml(`${say(locale, 'Key')} ${shortKey(group[0].keyId)}`), group, locale)),
    others.length ? section(escapeHtml(say(locale, 'Other certificates')), others, locale) : '',
    outside.length ? `<h2>${escapeHtml(say(locale, 'Elsewhere in the dump'))}</h2>${list(outside, locale)}` : '',
    '</body></html>',
  ];
  return parts.join('\n');
}

function groupByKey(generations: Generation[]): Generation[][] {
  const groups = new Map<string, Generation[]>();
  for (const g of generations) groups.set(g.keyId, [...(groups.get(g.keyId) ?? []), g]);
  return [...groups.values()];
}

function shortKey(keyId: string): string {
  return /^[0-9a-f]{16,}$/.test(keyId) ? `${keyId.slice(0, 12)}…` : keyId;
}

function section(title: string, generations: Generation[], locale: ServerLocale | undefined): string {
  const items = generations.map((g) => {
    const c = g.certificate;
    const name = say(locale, 'Certificate {index}: {subject} (serial {serial})', {
      index: c.index ?? '?',
      subject: c.subject?.value ?? say(locale, '(no subject)'),
      serial: c.serial?.value ?? '?',
    });
    return `<h3>${escapeHtml(name)}</h3>${g.problems.length ? list(g.problems, locale) : `<p>${escapeHtml(say(locale, 'No problems found.'))}</p>`}`;
  });
  return `<h2>${title}</h2>\n${items.join('\n')}`;
}

/** The problems with their messages in `locale`, as the Problems view shows them. */
function list(problems: readonly Problem[], locale: ServerLocale | undefined): string {
  const message = (p: Problem): string => (locale ? localizeProblem(p, locale).message : p.message);
  return `<ul>${problems.map((p) => `<li class="${p.severity}"><code>${escapeHtml(p.code)}</code> ${escapeHtml(message(p))}</li>`).join('')}</ul>`;
}

/** Validity bars of the CA generations on one time axis, today marked; bars of one key joined by a dashed line. */
function timeline(generations: Generation[], today: number, locale: ServerLocale | undefined): string {
  const dated = generations.filter((g): g is Generation & { from: number; to: number } => g.from !== undefined && g.to !== undefined && g.to > g.from);
  if (dated.length === 0) return `<p>${escapeHtml(say(locale, 'No CA certificate with readable validity dates.'))}</p>`;
  const min = Math.min(today, ...dated.map((g) => g.from));
  const max = Math.max(today, ...dated.map((g) => g.to));
  const width = 720;
  const left = 160;
  const row = 22;
  const x = (t: number): number => Math.round(left + ((t - min) / (max - min || 1)) * (width - left - 10));
  const height = dated.length * row + 30;
  const bars = dated.map((g, i) => {
    const y = 10 + i * row;
    const broken = g.problems.some((p) => p.severity === 'error');
    const label = `${g.certificate.index ?? '?'}: ${g.certificate.subject?.value ?? ''}`.slice(0, 28);
    return `<text x="4" y="${y + 12}">${escapeHtml(label)}</text><rect class="bar${broken ? ' broken' : ''}" x="${x(g.from)}" y="${y}" width="${Math.max(2, x(g.to) - x(g.from))}" height="14"><title>${escapeHtml(`${new Date(g.from).toISOString().slice(0, 10)} ${say(locale, 'to')} ${new Date(g.to).toISOString().slice(0, 10)}`)}</title></rect>`;
  });
  const links: string[] = [];
  dated.forEach((g, i) => {
    const j = dated.findIndex((h, k) => k > i && h.keyId === g.keyId);
    if (j > i) links.push(`<line class="link" x1="${x(g.from) + 4}" y1="${10 + i * row + 14}" x2="${x(dated[j].from) + 4}" y2="${10 + j * row}"/>`);
  });
  const todayX = x(today);
  return [
    `<svg role="img" aria-label="${escapeHtml(say(locale, 'Validity of the CA certificate generations'))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`,
    ...bars,
    ...links,
    `<line class="today" x1="${todayX}" y1="0" x2="${todayX}" y2="${height - 16}"/><text x="${todayX + 3}" y="${height - 4}">${escapeHtml(say(locale, 'today'))}</text>`,
    '</svg>',
  ].join('\n');
}
