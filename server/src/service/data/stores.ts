/** System store names certutil echoes in a dump's first line (FORMATS.md §1.3); compared case-insensitively. */
export const systemStores: readonly string[] = [
  'my', 'root', 'ca', 'trust', 'disallowed', 'authroot', 'trustedpeople', 'trustedpublisher',
  'addressbook', 'request', 'remote desktop', 'webhosting', 'smartcardroot', 'homegroup machine certificates',
];

/** `-store` without a store name reads `CA` [S2]; a repair of a dump with no header targets `my`, where CA certificates live. */
export const defaultRepairStore = 'my';
