/**
 * The labels certutil prints in dumps, per language: docs/formats.md §1.10 and §D.3. Only labels seen in a
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
 * non-ASCII letters into U+FFFD or two-byte mojibake (docs/formats.md §1.2, §1.10), so in a label that has ASCII
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
