/** What every INF check reads: the parsed document, which program reads it, and the settings that apply. */

import type { Severity } from '../../types';
import type { InfDocument, InfKind } from '../model';

/** The settings the INF checks read (a subset of the service's CheckOptions). */
export interface InfCheckOptions {
  /** Severity of `keyspec.ksp-nonzero` where the key is not known to be a CA key (a certreq request). */
  nonCaKeySpecSeverity: Severity | 'off';
}

export interface InfCheckContext {
  doc: InfDocument;
  kind: InfKind;
  options: InfCheckOptions;
}
