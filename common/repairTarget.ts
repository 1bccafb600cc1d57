/** What a repair of one certificate's key-provider property needs: carried by diagnostics, requests and commands. */

/** One certificate to repair: the values the KeyProv.inf and the certutil commands are written from. */
export interface RepairTarget {
  /** The CertId the commands name: the serial number, or the SHA-1 certificate hash when `certIdKind` says so. */
  serial: string;
  /** Subject CN, for comments and pickers. */
  subject?: string;
  /** The `Key Container` value, verbatim. */
  container: string;
  /** The `Provider` value, verbatim. */
  provider: string;
  /** dwFlags as the dump shows it (0x20 for machine keys): written to the INF, never used to choose the store. */
  flags: number;
  /** The store name (`my`): from the store header or echoed command before the certificate. */
  store: string;
  /** The certificate is in a current-user store: commands need `-user` (named for its history; it follows the store's evidence, not Flags). */
  userKey: boolean;
  /** The certificate is in the local machine's enterprise store: commands need `-enterprise`. */
  enterprise?: boolean;
  /** The certificate's N in the dump, for pickers. */
  index?: number;
  isCA: boolean;
  /** KeySpec as the dump shows it before the repair: what the rollback INF puts back. */
  keySpec?: number;
  /** ProviderType as the dump shows it before the repair, when it shows one. */
  providerType?: number;
  /** `sha1`: the dump shows no serial number, so `serial` holds the SHA-1 certificate hash (`-repairstore` takes either as CertId). */
  certIdKind?: 'sha1';
  /** How the store and `-user` were found. Absent on targets built by hand (taken as shown). */
  storeEvidence?: StoreEvidence;
}

/** How certain the store of a repair is: shown by the dump, or to be asked because evidence is missing or contradicts itself. */
export interface StoreEvidence {
  status: 'shown' | 'missing' | 'conflict';
  /** What the dump shows, one phrase each (`store header "my"`, `AccessState 6: local machine`). */
  found: string[];
  /** For `missing` and `conflict`: what the admin must decide, in a sentence. */
  question?: string;
}

/** The data of a `keyspec.ksp-nonzero` that no repair can be offered for: why not, shown as a disabled code action. */
export interface NoRepair {
  noRepair: string;
  serial?: string;
}

/** A KeySpec diagnostic's data: the repair target, or why there is none. */
export type KeySpecFixData = RepairTarget | NoRepair;

/** True when a KeySpec diagnostic's data is a repair target (not a `NoRepair`). */
export function isRepairTarget(data: unknown): data is RepairTarget {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as RepairTarget).serial === 'string' &&
    typeof (data as RepairTarget).container === 'string' &&
    !('noRepair' in data)
  );
}

/** True when the target's store must be asked for before a repair is written. */
export function needsStoreChoice(target: Pick<RepairTarget, 'storeEvidence'>): boolean {
  return target.storeEvidence !== undefined && target.storeEvidence.status !== 'shown';
}

/** Where the admin says a certificate is, answering the store question. */
export interface StoreChoice {
  /** `machine`: the local machine store; `user`: the current user's. */
  location: 'machine' | 'user';
  /** The store name; absent: the one the dump shows. */
  store?: string;
}
