import * as assert from 'node:assert/strict';
import { hresultHex, hresults, lookupHResult } from '../../server/src/service/data/hresults';

/**
 * winerror.h values as Microsoft publishes them (COM Error Codes, Security and Setup:
 * https://learn.microsoft.com/windows/win32/com/com-error-codes-4; NTE error codes:
 * https://learn.microsoft.com/previous-versions/aa915314(v=msdn.10); Common HRESULT values:
 * https://learn.microsoft.com/windows/win32/seccrypto/common-hresult-values), with the signed decimal
 * certutil prints in parentheses. Looked up by hand, independently of the table under test.
 */
const winerror: Record<string, [hex: number, signed: number]> = {
  NTE_BAD_KEY: [0x80090003, -2146893821],
  NTE_BAD_FLAGS: [0x80090009, -2146893815],
  NTE_BAD_KEY_STATE: [0x8009000b, -2146893813],
  NTE_NO_KEY: [0x8009000d, -2146893811],
  NTE_EXISTS: [0x8009000f, -2146893809],
  NTE_PERM: [0x80090010, -2146893808],
  NTE_NOT_FOUND: [0x80090011, -2146893807],
  NTE_BAD_KEYSET: [0x80090016, -2146893802],
  NTE_KEYSET_NOT_DEF: [0x80090019, -2146893799],
  NTE_KEYSET_ENTRY_BAD: [0x8009001a, -2146893798],
  NTE_FAIL: [0x80090020, -2146893792],
  NTE_INVALID_PARAMETER: [0x80090027, -2146893785],
  NTE_NOT_SUPPORTED: [0x80090029, -2146893783],
  NTE_DEVICE_NOT_READY: [0x80090030, -2146893776],
  CRYPT_E_NOT_FOUND: [0x80092004, -2146885628],
  E_ACCESSDENIED: [0x80070005, -2147024891],
  E_FAIL: [0x80004005, -2147467259],
  E_INVALIDARG: [0x80070057, -2147024809],
};

describe('HRESULT table', () => {
  it('gives every entry a Microsoft source', () => {
    for (const h of hresults) assert.match(h.source, /^https:\/\/learn\.microsoft\.com\/\S+$/, h.name);
  });
  it('pairs each code with its winerror.h name, and the signed form agrees', () => {
    for (const h of hresults) {
      const expected = winerror[h.name];
      assert.ok(expected, `${h.name} is not in the independently looked-up list`);
      assert.equal(hresultHex(h.code), hresultHex(expected[0]), h.name);
      assert.equal(h.code | 0, expected[1], `${h.name} signed`);
    }
  });
  it('has no code twice, and finds entries by signed or unsigned code', () => {
    assert.equal(new Set(hresults.map((h) => h.code)).size, hresults.length);
    assert.equal(lookupHResult(-2146893802)?.name, 'NTE_BAD_KEYSET');
    assert.equal(lookupHResult(0x8009000f)?.name, 'NTE_EXISTS');
  });
  it('covers what certutil.failed meets on CA keys', () => {
    for (const name of ['NTE_BAD_KEYSET', 'NTE_EXISTS', 'NTE_BAD_KEY_STATE', 'NTE_NOT_FOUND', 'NTE_DEVICE_NOT_READY', 'NTE_FAIL'])
      assert.ok(
        hresults.some((h) => h.name === name),
        name,
      );
  });
});
