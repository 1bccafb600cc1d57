/** System store names certutil echoes in a dump's first line (docs/formats.md §1.3); compared case-insensitively. */
export const systemStores: readonly string[] = [
  'my',
  'root',
  'ca',
  'trust',
  'disallowed',
  'authroot',
  'trustedpeople',
  'trustedpublisher',
  'addressbook',
  'request',
  'remote desktop',
  'webhosting',
  'smartcardroot',
  'homegroup machine certificates',
  'clientauthissuer',
  'ntauth',
];

/** `-store` without a store name reads `CA` (docs/formats.md §1.1); a repair of a dump with no header targets `my`, where CA certificates live. */
export const defaultRepairStore = 'my';

/**
 * Bits of `AccessState` in CERT_ACCESS_STATE_PROP_ID(14) (CertGetCertificateContextProperty, docs/formats.md §D.1):
 * a certificate read from the local machine's system store has 0x4; one from a user's system store has 0x2 alone.
 */
export const accessStateFlags = {
  writePersist: 0x1,
  systemStore: 0x2,
  localMachineSystemStore: 0x4,
  groupPolicySystemStore: 0x8,
  sharedUser: 0x10,
} as const;
