/** What a repair of one certificate's key-provider property needs: carried by diagnostics, requests and commands. */

/** One certificate to repair: the values the KeyProv.inf and the certutil commands are written from. */
export interface RepairTarget {
  serial: string;
  /** Subject CN, for comments and pickers. */
  subject?: string;
  /** The `Key Container` value, verbatim. */
  container: string;
  /** The `Provider` value, verbatim. */
  provider: string;
  /** dwFlags as the dump shows it (0x20 for machine keys). */
  flags: number;
  /** The store name from the dump header (`my`). */
  store: string;
  /** The key is a user key (no CRYPT_MACHINE_KEYSET): commands need `-user`. */
  userKey: boolean;
  /** The certificate's N in the dump, for pickers. */
  index?: number;
  isCA: boolean;
  /** KeySpec as the dump shows it before the repair: what the rollback INF puts back. */
  keySpec?: number;
  /** ProviderType as the dump shows it before the repair, when it shows one. */
  providerType?: number;
}
