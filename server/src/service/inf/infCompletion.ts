/**
 * INF completion from the domain tables: sections, property ids, `[NewRequest]` and CAPolicy keys and
 * values, and inside a key provider string the pair names and their values (providers, ProviderType,
 * KeySpec, Flags). The cursor's line is read as typed (it may not parse yet); the tree gives the section
 * and the entry a `_continue_` belongs to.
 */

import { keysOfSection } from '../data/capolicySchema';
import { keyProvFlags } from '../data/flags';
import { keySpecs } from '../data/keySpec';
import { keyProvPairs, lookupKeyProvPair } from '../data/keyProvPairs';
import { propertyIds, KEY_PROV_INFO_PROP_ID } from '../data/propertyIds';
import { lookupProvider, providers } from '../data/providers';
import { providerTypes } from '../data/providerTypes';
import { knownSections } from '../data/sections';
import { booleanValues, findKey, type NamedValue, type ValueSpec } from '../data/valueSpec';
import type { Span } from '../types';
import { keySchemaOf } from './infSchema';
import { readKeyProv } from './keyProvString';
import { entryAt, nameOf, sectionAt, type InfDocument, type InfSection } from './model';

export type InfCompletionKind = 'section' | 'key' | 'value' | 'property' | 'pair' | 'provider';

/** One completion item in the service's terms; the glue maps `kind` to an LSP CompletionItemKind. */
export interface InfCompletionItem {
  label: string;
  kind: InfCompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Defaults to the label. */
  insertText?: string;
  /** What the client matches the typed text against, when not the label (`11 CERT_FRIENDLY_NAME_PROP_ID`). */
  filterText?: string;
  sortText?: string;
  /** The text the item replaces (provider names have spaces, so word boundaries would cut them). */
  replace?: Span;
}

/** The cursor's line as typed. */
interface LineContext {
  lineStart: number;
  line: string;
  /** Cursor column in `line`. */
  col: number;
}

export function infCompletions(doc: InfDocument, text: string, offset: number): InfCompletionItem[] {
  const ctx = lineAt(text, offset);
  const before = ctx.line.slice(0, ctx.col);
  if (commentStart(before) >= 0) return [];
  const indent = before.length - before.trimStart().length;
  if (before.trimStart().startsWith('[')) return sectionItems(ctx, indent);

  const at = sectionAt(doc, offset);
  const section = at ? nameOf(at) : undefined;
  const eq = outsideQuotes(before, '=');
  if (eq < 0) {
    const end = ctx.col + /^[^\s=;]*/.exec(ctx.line.slice(ctx.col))![0].length;
    return keyItems(doc, at).map((item) => ({ ...item, replace: span(ctx, indent, end) }));
  }
  const key = before.slice(0, eq).trim().toLowerCase();
  const valueFrom = eq + 1 + (before.slice(eq + 1).length - before.slice(eq + 1).trimStart().length);
  if (section === 'properties') return propertyValueItems(doc, ctx, offset, key, eq, valueFrom);
  const keys = at ? keySchemaOf(doc, at) : undefined;
  const info = keys ? findKey(keys, key) : undefined;
  if (!info) return [];
  const replace = span(ctx, valueFrom, valueEnd(ctx.line, valueFrom));
  return valueItems(doc, info.spec).map((item) => ({ ...item, replace }));
}

function sectionItems(ctx: LineContext, indent: number): InfCompletionItem[] {
  const close = ctx.line.indexOf(']', indent);
  const end = close >= 0 ? close : ctx.col + /^[^\s;\]]*/.exec(ctx.line.slice(ctx.col))![0].length;
  return knownSections.map((s, i) => ({
    label: s.name,
    kind: 'section',
    detail: s.kinds.join(', '),
    documentation: s.note,
    insertText: close >= 0 ? s.name : `${s.name}]`,
    sortText: sortKey(i),
    replace: span(ctx, indent + 1, end),
  }));
}

function keyItems(doc: InfDocument, at: InfSection | undefined): InfCompletionItem[] {
  if (at && nameOf(at) === 'properties') {
    const continueItem: InfCompletionItem = {
      label: '_continue_',
      kind: 'key',
      detail: 'Append a string to the entry above',
      documentation: 'certutil appends this quoted string, as is, to the value of the entry above it (docs/formats.md §2.1).',
      insertText: '_continue_ = "',
      sortText: sortKey(0),
    };
    const ids = propertyIds.map((p, i) => ({
      label: String(p.id),
      kind: 'property' as const,
      detail: p.name,
      documentation: p.note || undefined,
      insertText: `${p.id} = `,
      filterText: `${p.id} ${p.name}`,
      sortText: sortKey(i + 1),
    }));
    return [continueItem, ...ids];
  }
  const keys = at ? keySchemaOf(doc, at) : undefined;
  return (keys ?? []).map((k, i) => ({
    label: k.name,
    kind: 'key',
    detail: specSummary(k.spec),
    documentation: k.note,
    insertText: `${k.name} = `,
    sortText: sortKey(i),
  }));
}

/** In `[Properties]`: `{text}`/`{hex}`/`Empty` after an id, pair names and values in property 2's string. */
function propertyValueItems(doc: InfDocument, ctx: LineContext, offset: number, key: string, eq: number, valueFrom: number): InfCompletionItem[] {
  const found = entryAt(doc, offset);
  const headKey = key === '_continue_' ? found?.head.key?.text.trim() : key;
  if (headKey === String(KEY_PROV_INFO_PROP_ID)) return pairItems(ctx, eq, found?.head);
  if (key === '_continue_' || !/^\d+$/.test(key)) return [];
  const replace = span(ctx, valueFrom, valueEnd(ctx.line, valueFrom));
  return [
    {
      label: '"{text}"',
      kind: 'value',
      detail: 'A text property',
      documentation: 'The text follows `{text}` inside the quotes, or comes in `_continue_` lines.',
      replace,
      sortText: sortKey(0),
    },
    {
      label: '"{hex}"',
      kind: 'value',
      detail: 'A binary property',
      documentation: 'Space-separated hex bytes follow `{hex}`, or come in `_continue_` lines.',
      replace,
      sortText: sortKey(1),
    },
    {
      label: 'Empty',
      kind: 'value',
      detail: 'Set a zero-length property',
      documentation: '`19 = Empty` marks the certificate archived; nothing after `=` deletes the property.',
      replace,
      sortText: sortKey(2),
    },
  ];
}

/** Inside property 2's quoted string: a pair name after `"` or `&`, or the value of the pair being written. */
function pairItems(ctx: LineContext, eq: number, head: Parameters<typeof readKeyProv>[0] | undefined): InfCompletionItem[] {
  const typed = ctx.line.slice(eq + 1, ctx.col);
  const quotes = (typed.match(/"/g) ?? []).length;
  const inside = quotes % 2 === 1;
  // After the closing quote there is nothing left to complete on this line.
  if (!inside && quotes > 0) return [];
  const segmentFrom = inside ? eq + 1 + typed.lastIndexOf('"') + 1 : eq + 1;
  const segment = ctx.line.slice(segmentFrom, ctx.col).replace(/^\{text\}/i, '');
  const pieceFrom = ctx.col - (segment.length - segment.lastIndexOf('&') - 1);
  const piece = ctx.line.slice(pieceFrom, ctx.col);
  const stop = (from: number, chars: RegExp): number => from + chars.exec(ctx.line.slice(from))![0].length;
  const pairEq = piece.indexOf('=');
  if (pairEq < 0) {
    const nameFrom = pieceFrom + (piece.length - piece.trimStart().length);
    const replace = span(ctx, nameFrom, stop(ctx.col, /^[^=&";]*/));
    return keyProvPairs.map((p, i) => ({
      label: p.name,
      kind: 'pair',
      detail: p.field,
      documentation: p.note,
      insertText: `${inside ? '' : '"'}${p.name}=`,
      sortText: sortKey(i),
      replace,
    }));
  }
  const name = lookupKeyProvPair(piece.slice(0, pairEq))?.name;
  const valueFrom = pieceFrom + pairEq + 1 + (piece.slice(pairEq + 1).length - piece.slice(pairEq + 1).trimStart().length);
  const replace = span(ctx, valueFrom, stop(ctx.col, /^[^&";]*/));
  const provider = head ? lookupProvider(readKeyProv(head).pairs.find((p) => lookupKeyProvPair(p.name)?.name === 'Provider')?.value ?? '') : undefined;
  const items: InfCompletionItem[] =
    name === 'Provider'
      ? providerItems(false)
      : name === 'ProviderType'
        ? namedItems(
            providerTypes.map((t) => ({ name: String(t.value), note: t.note, detail: t.name })),
            provider ? String(provider.providerType) : undefined,
          )
        : name === 'KeySpec'
          ? namedItems(
              keySpecs.map((k) => ({ name: String(k.value), note: k.note, detail: k.names.join(' / ') })),
              provider?.kind === 'ksp' ? '0' : undefined,
            )
          : name === 'Flags'
            ? namedItems([
                { name: '0', note: 'A user key.', detail: 'no flags' },
                ...keyProvFlags.map((f) => ({ name: `0x${f.value.toString(16)}`, note: f.note, detail: f.names[0] })),
              ])
            : [];
  // A provider is never the last fragment (ProviderType, Flags and KeySpec follow): close it with `&`, and the quote when missing.
  const next = ctx.line.charAt(stop(ctx.col, /^[^&";]*/));
  const close = name === 'Provider' && next !== '&' ? (next === '"' ? '&' : '&"') : '';
  return items.map((item) => ({ ...item, replace, ...(close ? { insertText: `${item.insertText ?? item.label}${close}` } : {}) }));
}

function valueItems(doc: InfDocument, spec: ValueSpec): InfCompletionItem[] {
  switch (spec.kind) {
    case 'enum':
    case 'flags':
      return namedItems(spec.values.map((v) => ({ ...v, detail: v.value !== undefined ? `${v.value}` : undefined })));
    case 'boolean':
      return namedItems(booleanValues);
    case 'provider':
      return providerItems(true);
    case 'providerType':
      return namedItems(providerTypes.map((t) => ({ name: String(t.value), note: t.note, detail: t.name })));
    case 'keySpec':
      return namedItems(keySpecs.map((k) => ({ name: String(k.value), note: k.note, detail: k.names.join(' / ') })));
    case 'sectionList': {
      const names = doc.sections.filter((s) => !keysOfSection(s.name) && s.name !== '').map((s) => ({ name: s.name, note: 'A section of this file.' }));
      return namedItems(names);
    }
    default:
      return [];
  }
}

function providerItems(quoted: boolean): InfCompletionItem[] {
  return providers.map((p, i) => ({
    label: p.name,
    kind: 'provider',
    detail: p.kind === 'ksp' ? 'KSP, ProviderType 0, KeySpec 0' : `CSP, ProviderType ${p.providerType}`,
    documentation: p.note,
    insertText: quoted ? `"${p.name}"` : p.name,
    sortText: sortKey(i),
  }));
}

/** Values in table order; `first` (the value that fits the provider) sorts ahead of the rest. */
function namedItems(values: readonly (NamedValue & { detail?: string })[], first?: string): InfCompletionItem[] {
  return values.map((v, i) => ({
    label: v.name,
    kind: 'value',
    detail: v.detail,
    documentation: v.note,
    sortText: v.name === first ? sortKey(-1) : sortKey(i),
  }));
}

function specSummary(spec: ValueSpec): string {
  switch (spec.kind) {
    case 'enum':
      return spec.values.map((v) => v.name).join(' | ');
    case 'boolean':
      return 'TRUE | FALSE';
    default:
      return spec.kind;
  }
}

function lineAt(text: string, offset: number): LineContext {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const rest = /[\r\n]/.exec(text.slice(offset));
  const lineEnd = rest ? offset + rest.index : text.length;
  return { lineStart, line: text.slice(lineStart, lineEnd), col: offset - lineStart };
}

function span(ctx: LineContext, from: number, to: number): Span {
  return { start: ctx.lineStart + from, end: ctx.lineStart + Math.max(from, to) };
}

/** The end of the value written from `from`: before a `;` comment, without trailing white space. */
function valueEnd(line: string, from: number): number {
  const comment = commentStart(line);
  const end = comment >= 0 ? comment : line.length;
  return Math.max(from, from + line.slice(from, end).trimEnd().length);
}

function commentStart(text: string): number {
  return outsideQuotes(text, ';');
}

function outsideQuotes(text: string, wanted: string): number {
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inQuote = !inQuote;
    else if (!inQuote && text[i] === wanted) return i;
  }
  return -1;
}

function sortKey(i: number): string {
  return String(i + 1).padStart(4, '0');
}
