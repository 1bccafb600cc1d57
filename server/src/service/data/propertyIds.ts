/**
 * Certificate property ids (CERT_*_PROP_ID): docs/formats.md §1.6, from the public wincrypt.h headers.
 * certutil prints them as `NAME(id):` in -v dumps; a repairstore INF uses the number as the key.
 */

export interface PropertyId {
  id: number;
  name: string;
  /** One line for hover; empty where the header gives only the name. */
  note: string;
}

export const propertyIds: readonly PropertyId[] = [
  { id: 1, name: 'CERT_KEY_PROV_HANDLE_PROP_ID', note: '' },
  {
    id: 2,
    name: 'CERT_KEY_PROV_INFO_PROP_ID',
    note: 'Key provider information: the key container, provider, ProviderType, Flags and KeySpec that link the certificate to its private key.',
  },
  { id: 3, name: 'CERT_SHA1_HASH_PROP_ID', note: 'SHA-1 hash of the certificate (its thumbprint).' },
  { id: 4, name: 'CERT_MD5_HASH_PROP_ID', note: 'MD5 hash of the certificate.' },
  { id: 5, name: 'CERT_KEY_CONTEXT_PROP_ID', note: '' },
  { id: 6, name: 'CERT_KEY_SPEC_PROP_ID', note: '' },
  { id: 7, name: 'CERT_IE30_RESERVED_PROP_ID', note: '' },
  { id: 8, name: 'CERT_PUBKEY_HASH_RESERVED_PROP_ID', note: '' },
  { id: 9, name: 'CERT_ENHKEY_USAGE_PROP_ID', note: 'Enhanced key usage: a comma-separated list of OIDs ({text}1.3.6.1.5.5.7.3.1,...).' },
  { id: 10, name: 'CERT_NEXT_UPDATE_LOCATION_PROP_ID', note: '' },
  { id: 11, name: 'CERT_FRIENDLY_NAME_PROP_ID', note: 'Friendly name shown in the certificate UI ({text}...).' },
  { id: 12, name: 'CERT_PVK_FILE_PROP_ID', note: '' },
  { id: 13, name: 'CERT_DESCRIPTION_PROP_ID', note: 'Description ({text}...).' },
  { id: 14, name: 'CERT_ACCESS_STATE_PROP_ID', note: 'Access state flags.' },
  { id: 15, name: 'CERT_SIGNATURE_HASH_PROP_ID', note: 'Signature hash.' },
  { id: 16, name: 'CERT_SMART_CARD_DATA_PROP_ID', note: '' },
  { id: 17, name: 'CERT_EFS_PROP_ID', note: '' },
  { id: 18, name: 'CERT_FORTEZZA_DATA_PROP_ID', note: '' },
  { id: 19, name: 'CERT_ARCHIVED_PROP_ID', note: 'Archived: `Empty` sets it (the certificate is hidden), nothing after `=` removes it.' },
  { id: 20, name: 'CERT_KEY_IDENTIFIER_PROP_ID', note: 'Key identifier (SHA-1 of the public key).' },
  { id: 21, name: 'CERT_AUTO_ENROLL_PROP_ID', note: '' },
  { id: 22, name: 'CERT_PUBKEY_ALG_PARA_PROP_ID', note: '' },
  { id: 23, name: 'CERT_CROSS_CERT_DIST_POINTS_PROP_ID', note: '' },
  { id: 24, name: 'CERT_ISSUER_PUBLIC_KEY_MD5_HASH_PROP_ID', note: '' },
  { id: 25, name: 'CERT_SUBJECT_PUBLIC_KEY_MD5_HASH_PROP_ID', note: '' },
  { id: 26, name: 'CERT_ENROLLMENT_PROP_ID', note: '' },
  { id: 27, name: 'CERT_DATE_STAMP_PROP_ID', note: '' },
  { id: 28, name: 'CERT_ISSUER_SERIAL_NUMBER_MD5_HASH_PROP_ID', note: '' },
  { id: 29, name: 'CERT_SUBJECT_NAME_MD5_HASH_PROP_ID', note: '' },
  { id: 30, name: 'CERT_EXTENDED_ERROR_INFO_PROP_ID', note: '' },
  { id: 64, name: 'CERT_RENEWAL_PROP_ID', note: '' },
  { id: 65, name: 'CERT_ARCHIVED_KEY_HASH_PROP_ID', note: '' },
  { id: 66, name: 'CERT_AUTO_ENROLL_RETRY_PROP_ID', note: '' },
  { id: 67, name: 'CERT_AIA_URL_RETRIEVED_PROP_ID', note: '' },
  { id: 68, name: 'CERT_AUTHORITY_INFO_ACCESS_PROP_ID', note: '' },
  { id: 69, name: 'CERT_BACKED_UP_PROP_ID', note: '' },
  { id: 70, name: 'CERT_OCSP_RESPONSE_PROP_ID', note: '' },
  { id: 71, name: 'CERT_REQUEST_ORIGINATOR_PROP_ID', note: 'The machine that made the request.' },
  { id: 72, name: 'CERT_SOURCE_LOCATION_PROP_ID', note: '' },
  { id: 73, name: 'CERT_SOURCE_URL_PROP_ID', note: '' },
  { id: 74, name: 'CERT_NEW_KEY_PROP_ID', note: '' },
  { id: 75, name: 'CERT_OCSP_CACHE_PREFIX_PROP_ID', note: '' },
  { id: 76, name: 'CERT_SMART_CARD_ROOT_INFO_PROP_ID', note: '' },
  { id: 77, name: 'CERT_NO_AUTO_EXPIRE_CHECK_PROP_ID', note: '' },
  { id: 78, name: 'CERT_NCRYPT_KEY_HANDLE_PROP_ID', note: '' },
  { id: 79, name: 'CERT_HCRYPTPROV_OR_NCRYPT_KEY_HANDLE_PROP_ID', note: '' },
  { id: 80, name: 'CERT_SUBJECT_INFO_ACCESS_PROP_ID', note: '' },
  { id: 81, name: 'CERT_CA_OCSP_AUTHORITY_INFO_ACCESS_PROP_ID', note: '' },
  { id: 82, name: 'CERT_CA_DISABLE_CRL_PROP_ID', note: '' },
  { id: 83, name: 'CERT_ROOT_PROGRAM_CERT_POLICIES_PROP_ID', note: '' },
  { id: 84, name: 'CERT_ROOT_PROGRAM_NAME_CONSTRAINTS_PROP_ID', note: '' },
  { id: 85, name: 'CERT_SUBJECT_OCSP_AUTHORITY_INFO_ACCESS_PROP_ID', note: '' },
  { id: 86, name: 'CERT_SUBJECT_DISABLE_CRL_PROP_ID', note: '' },
  { id: 87, name: 'CERT_CEP_PROP_ID', note: '' },
  { id: 89, name: 'CERT_SIGN_HASH_CNG_ALG_PROP_ID', note: '' },
  { id: 90, name: 'CERT_SCARD_PIN_ID_PROP_ID', note: '' },
  { id: 91, name: 'CERT_SCARD_PIN_INFO_PROP_ID', note: '' },
  { id: 92, name: 'CERT_SUBJECT_PUB_KEY_BIT_LENGTH_PROP_ID', note: 'Bit length of the subject public key.' },
  { id: 93, name: 'CERT_PUB_KEY_CNG_ALG_BIT_LENGTH_PROP_ID', note: '' },
  { id: 94, name: 'CERT_ISSUER_PUB_KEY_BIT_LENGTH_PROP_ID', note: '' },
  { id: 95, name: 'CERT_ISSUER_CHAIN_SIGN_HASH_CNG_ALG_PROP_ID', note: '' },
  { id: 96, name: 'CERT_ISSUER_CHAIN_PUB_KEY_CNG_ALG_BIT_LENGTH_PROP_ID', note: '' },
  { id: 97, name: 'CERT_NO_EXPIRE_NOTIFICATION_PROP_ID', note: '' },
  { id: 98, name: 'CERT_AUTH_ROOT_SHA256_HASH_PROP_ID', note: '' },
  { id: 99, name: 'CERT_NCRYPT_KEY_HANDLE_TRANSFER_PROP_ID', note: '' },
  { id: 100, name: 'CERT_HCRYPTPROV_TRANSFER_PROP_ID', note: '' },
  { id: 101, name: 'CERT_SMART_CARD_READER_PROP_ID', note: '' },
  { id: 102, name: 'CERT_SEND_AS_TRUSTED_ISSUER_PROP_ID', note: '' },
  { id: 103, name: 'CERT_KEY_REPAIR_ATTEMPTED_PROP_ID', note: '' },
  { id: 104, name: 'CERT_DISALLOWED_FILETIME_PROP_ID', note: '' },
  { id: 105, name: 'CERT_ROOT_PROGRAM_CHAIN_POLICIES_PROP_ID', note: '' },
  { id: 106, name: 'CERT_SMART_CARD_READER_NON_REMOVABLE_PROP_ID', note: '' },
  { id: 107, name: 'CERT_SHA256_HASH_PROP_ID', note: '' },
];

const byId = new Map(propertyIds.map((p) => [p.id, p]));

export function lookupPropertyId(id: number): PropertyId | undefined {
  return byId.get(id);
}

/** The key-provider property that the repair INF writes. */
export const KEY_PROV_INFO_PROP_ID = 2;

/** Ids from 0x8000 to 0xFFFF are user-defined (custom properties in a repairstore INF). */
export function isUserDefinedPropertyId(id: number): boolean {
  return id >= 0x8000 && id <= 0xffff;
}
