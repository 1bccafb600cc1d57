/** System store names certutil echoes in a dump's first line (docs/formats.md §1.3); compared case-insensitively. */
export const systemStores: readonly string[] = [
  'my', 'root', 'ca', 'trust', 'disallowed', 'authroot', 'trustedpeople', 'trustedpublisher',
  'addressbook', 'request', 'remote desktop', 'webhosting', 'smartcardroot', 'homegroup machine certificates',
  'clientauthissuer', 'ntauth',
];

/** `-store` without a store name reads `CA` (docs/formats.md §1.1); a repair of a dump with no header targets `my`, where CA certificates live. */
export const defaultRepairStore = 'my';
