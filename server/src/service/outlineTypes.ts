/** Outline symbols and folding ranges in the service's own terms; the glue maps them to LSP. */

import type { Span } from './types';

/** What an outline entry stands for; mapped to an LSP SymbolKind at the edge. */
export type SymbolKindName = 'certificate' | 'keyProvider' | 'property' | 'extension' | 'section' | 'entry' | 'store';

/** One outline entry. */
export interface OutlineSymbol extends Span {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  /** The part of the entry to select and reveal (its header line). */
  selection: Span;
  children: OutlineSymbol[];
}

/** A foldable region, from the line of `start` to the line of `end`. */
export type FoldingSpan = Span;
