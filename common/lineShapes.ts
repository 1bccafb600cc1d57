/** The shapes of the structural lines of certutil output, shared by the parser and the detection (docs/formats.md §1.3, §1.6). */

/** `================ Certificate 3 ================`: the word is localized, the frame is not. */
export const FRAME = /^[\s\ufeff]*={5,} (\S+) (\d+) ={5,}\s*$/;

/** `  CERT_KEY_PROV_INFO_PROP_ID(2):`, `  CERT_SIGNATURE_HASH_PROP_ID(15) disallowedHash:`, `  Unknown Property(98):`. */
export const PROPERTY_HEADER = /^[\s\u00a0]*([A-Z][A-Z0-9_]*_PROP_ID|Unknown Property)\((\d+)\)[^:]*:[\s\u00a0]*$/;
