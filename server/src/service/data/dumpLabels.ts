/**
 * The labels certutil prints in dumps, per language: docs/formats.md §4 and §D.3. Only labels seen in a
 * public source are listed (de, fr, it, zh-CN, and pt-BR's key-provider labels). For es, it (beyond the
 * above), ja, ko, zh-TW, ru, pl, nl, tr, cs and sv no public certutil output was found, so nothing is
 * guessed: frames, property identifiers, OIDs, order and value shapes carry the parse, and
 * test/service/dump-nonsense-labels.test.ts proves it with labels no table has.
 * Parsing anchors on structure (frames, `CERT_KEY_PROV_INFO_PROP_ID(2):`, position in the block);
 * these labels only confirm a line's meaning, so a language missing here still parses by position.
 */

/** The values of the key-provider property, in the order certutil prints them (docs/formats.md §1.5 rule 1). */
export const keyProvSlots = ['container', 'provider', 'providerType', 'flags', 'keySpec'] as const;
export type KeyProvSlot = (typeof keyProvSlots)[number];

/** Labels of the `Name = value` lines of a key-provider block. */
export const keyProvLabels: Record<KeyProvSlot, readonly string[]> = {
  // pt-BR `Contêiner da chave`: a `certutil -user -repairstore` paste in kms-integrations issue 67 (docs/formats.md §D.3).
  container: ['Key Container', 'Schlüsselcontainer', 'Conteneur de clé', 'Contenitore chiavi', '密钥容器', 'Contêiner da chave'],
  provider: ['Provider', 'Anbieter', 'Fournisseur', '提供程序'],
  providerType: ['ProviderType', 'Anbietertyp', 'Type de fournisseur', '提供程序类型'],
  // pt-BR `Sinalizadores`: the same paste (kms-integrations issue 67).
  flags: ['Flags', 'Flag', 'Indicateurs', '标志', 'Sinalizadores'],
  keySpec: ['KeySpec'],
};

/** Certificate fields the outline and the repair need. */
export const certificateLabels = {
  serial: ['Serial Number', 'Seriennummer', 'Numéro de série', 'Numero di serie', '序列号'],
  subject: ['Subject', 'Antragsteller', 'Objet', 'Soggetto', '使用者'],
  issuer: ['Issuer', 'Aussteller', 'Émetteur', 'Autorità emittente', '颁发者'],
  /** Non-verbose CA certificates print `CA Version: V0.0` (docs/formats.md §1.3). */
  caVersion: ['CA Version', 'Version de l’autorité de certification', 'ZS-Version'],
  /** `Template: CA, Root Certification Authority` (docs/formats.md §1.3). */
  template: ['Template', 'Vorlage', 'Modèle', 'Modello', '模板'],
  /** ` NotBefore: 6/1/2021 8:40 AM`: the validity, to tell two generations of one CA apart (docs/formats.md §1.3). */
  notBefore: ['NotBefore'],
  notAfter: ['NotAfter'],
  /** `Cert Hash(sha1):`, the SHA-1 hash `-repairstore` accepts as a CertId (docs/formats.md §D.2). */
  certHash: ['Cert Hash(sha1)', 'Zertifikathash(sha1)', 'Hach. cert. (sha1)', 'Hash certificato (sha1)', '证书哈希(sha1)'],
} as const;

/** Values of Basic Constraints' first line (`Subject Type=CA`) that mean a CA certificate (inference for non-English). */
export const caSubjectTypes: readonly string[] = ['CA', 'Zertifizierungsstelle', 'Autorité de certification', 'Autorità di certificazione', '证书颁发机构'];

/** Template names of CA certificates. */
export const caTemplates: readonly string[] = ['CA', 'SubCA', 'CrossCA'];

/** Extension OIDs that mark a CA certificate. */
export const caExtensionOids = {
  basicConstraints: '2.5.29.19',
  /** szOID_CERTSRV_CA_VERSION: present on every AD CS CA certificate. */
  caVersion: '1.3.6.1.4.1.311.21.1',
} as const;

/**
 * Turns labels into one case-insensitive pattern. certutil output read through the wrong code page turns
 * non-ASCII letters into U+FFFD or two-byte mojibake (docs/formats.md §1.2, §4), so in a label that has ASCII
 * letters too, each non-ASCII character also matches one or two other non-ASCII characters. A label with
 * no ASCII letters (Chinese) must match exactly: mangled, nothing of it is left to recognise.
 */
export function labelPattern(labels: readonly string[]): string {
  return labels
    .map((label) => {
      const tolerant = /[A-Za-z]/.test(label);
      return Array.from(label)
        .map((ch) => {
          if (ch === ' ') return '[\\s\\u00a0]*';
          // A pasted dump's curly apostrophe may have been straightened (docs/formats.md §D.4).
          if (ch === '’') return "(?:’|'|[^\\x00-\\x7f]{1,2})";
          if (tolerant && ch.charCodeAt(0) > 0x7f) return `(?:${escape(ch)}|[^\\x00-\\x7f]{1,2})`;
          return escape(ch);
        })
        .join('');
    })
    .join('|');
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The characters a line can show first (after its leading white space) when a `labelPattern(labels)` pattern
 * matches it: a cheap test that spares the pattern on every other line. A superset, never a guess: an ASCII
 * first letter in either case (a case-insensitive pattern without the `u` flag folds ASCII only to ASCII), any
 * non-ASCII character (mojibake, U+FFFD, a translated label), `'` for a curly apostrophe, and any character at all for a label whose
 * pattern starts with optional white space.
 */
export function labelInitials(labels: readonly string[]): (code: number) => boolean {
  return labelEdge(labels, (label) => label.charAt(0));
}

/**
 * The characters a line can show last (before its trailing white space) where a `labelPattern(labels)` pattern
 * matched up to the line's end: labelInitials of each label's last character instead of its first.
 */
export function labelFinals(labels: readonly string[]): (code: number) => boolean {
  return labelEdge(labels, (label) => label.charAt(label.length - 1));
}

/** labelInitials of the character `edge` picks from each label (its first or its last). */
function labelEdge(labels: readonly string[], edge: (label: string) => string): (code: number) => boolean {
  const ascii = new Uint8Array(128);
  let nonAscii = false;
  let any = false;
  for (const label of labels) {
    const ch = edge(label);
    const code = ch.charCodeAt(0);
    if (code === 32 || Number.isNaN(code)) any = true;
    else if (code >= 128) {
      nonAscii = true;
      // labelPattern lets a curly apostrophe match a straight one.
      if (ch === '’') ascii[39] = 1;
    } else {
      ascii[ch.toLowerCase().charCodeAt(0)] = 1;
      ascii[ch.toUpperCase().charCodeAt(0)] = 1;
    }
  }
  if (any) return () => true;
  return (code) => (code < 128 ? ascii[code] === 1 : code >= 128 && nonAscii);
}

/**
 * labelInitials of several label lists in one table: bit k of `mask(code)` is `labelInitials(groups[k])(code)`, so a
 * line's first character is looked up once for all of them (at most 32 lists). labelInitials answers the same for
 * every code from 0x80 up, and for NaN (an empty line), so those are looked up once each.
 */
export function labelInitialsMask(groups: readonly (readonly string[])[]): (code: number) => number {
  if (groups.length > 32) throw new Error('labelInitialsMask: at most 32 label lists');
  const tests = groups.map((labels) => labelInitials(labels));
  const maskOf = (code: number): number => tests.reduce((mask, test, k) => (test(code) ? mask | (1 << k) : mask), 0);
  const ascii = Uint32Array.from({ length: 128 }, (_, code) => maskOf(code));
  const high = maskOf(0x80);
  const none = maskOf(NaN);
  return (code) => (code < 128 ? ascii[code] : code >= 128 ? high : none);
}

// ---- CA key health (issue #15): the labels and status lines the health checks read (docs/formats.md "CA key health") ----

/** Labels of the certificate facts the health checks read; a missing language falls back to structure. */
export const healthLabels = {
  /** ` NotBefore: 3/16/2018 12:00 AM`; German translates it, French, Italian and Chinese keep it (docs/formats.md "CA key health" §H2). */
  notBefore: ['NotBefore', 'Nicht vor'],
  notAfter: ['NotAfter', 'Nicht nach'],
  /** `Key Id Hash(sha1): 2e44…`: the hash of the public key, equal on every certificate of one key. */
  keyIdHash: ['Key Id Hash'],
  /** The line after `Key Container =` when certutil opened a CSP key and read its container's own name. */
  simpleContainerName: ['Simple container name'],
  uniqueContainerName: ['Unique container name', 'Eindeutiger Containername'],
} as const;

/** What a lost-key status line says: the certificate's key cannot be found or does not match. */
export type LostKeyKind = 'missing-keyset' | 'no-key-provider' | 'no-decryption-key' | 'encryption-test' | 'signature-test' | 'key-mismatch';

/** certutil's status lines for a certificate whose key association is lost (docs/formats.md "CA key health" §H1). */
export const lostKeyLines: readonly { kind: LostKeyKind; texts: readonly string[] }[] = [
  { kind: 'missing-keyset', texts: ['Missing stored keyset'] },
  { kind: 'no-key-provider', texts: ['No key provider information', 'Aucune information sur le fournisseur de clé'] },
  { kind: 'no-decryption-key', texts: ['Cannot find the certificate and private key for decryption'] },
  { kind: 'encryption-test', texts: ['Encryption test FAILED'] },
  { kind: 'signature-test', texts: ['Signature test FAILED'] },
  { kind: 'key-mismatch', texts: ['ERROR: Could not verify certificate public key against private key'] },
];

/** certutil's own line when the stored and the real container name differ (docs/formats.md "CA key health" §H1). */
export const containerInconsistentLabels: readonly string[] = ['ERROR: Container name inconsistent'];

/** Which language a certificate label belongs to, by its index in the label lists above (EN, DE, FR, IT, ZH). */
export const labelLanguages = ['en', 'de', 'fr', 'it', 'zh'] as const;
export type LabelLanguage = (typeof labelLanguages)[number];
