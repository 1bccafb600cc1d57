// What the generated files must say, written out in the tests from the values the fixtures show, so a
// journey compares the file on disk with a literal text rather than with the writer's own output.
import * as assert from 'node:assert/strict';

/** One certificate of a fixture dump, as its KeyProv.inf must repeat it. */
export interface KnownCertificate {
  serial: string;
  subject: string;
  container: string;
  provider: string;
  /** `Flags=` as written in the INF: `0x20` for a machine key, `0` for a user key. */
  flags: string;
  store: string;
  /** A user key: `-user` in both commands. */
  user?: boolean;
}

/** The KeyProv.inf for `cert` under `fileName`: CRLF line endings, as certutil on Windows reads it. */
export function expectedKeyProv(cert: KnownCertificate, fileName: string): string {
  const user = cert.user ? '-user ' : '';
  return `; ${fileName}: sets KeySpec=0 on the key provider information of one certificate.
; Subject: ${cert.subject}
; Serial number: ${cert.serial}
; Container, Provider and Flags are copied from the certutil dump.
;
; Repair (${cert.user ? 'as the owner of the certificate' : 'elevated command prompt'}, in the folder of this file):
;   certutil ${user}-repairstore ${cert.store} "${cert.serial}" ${fileName}
; Verify (CERT_KEY_PROV_INFO_PROP_ID(2) must show KeySpec = 0 -- XCN_AT_NONE):
;   certutil ${user}-v -store ${cert.store} "${cert.serial}"

[Version]
Signature="$Windows NT$"

[Properties]
2 = "{text}"
_continue_ = "Container=${cert.container}&"
_continue_ = "Provider=${cert.provider}&"
_continue_ = "ProviderType=0&"
_continue_ = "Flags=${cert.flags}&"
_continue_ = "KeySpec=0"
`.replace(/\n/g, '\r\n');
}

/**
 * Fails with where two texts first differ, line endings made visible: a generated file that is only
 * a `\r` off reads the same in an editor, but not to cmd.exe or certutil.
 */
export function assertSameText(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  const lf = (text: string): string => text.replace(/\r\n/g, '\n');
  if (lf(actual) === lf(expected)) {
    const crlf = (text: string): number => (text.match(/\r\n/g) ?? []).length;
    const lines = (text: string): number => (text.match(/\n/g) ?? []).length;
    assert.fail(
      `${what} has the right text but the wrong line endings: ${crlf(actual)} of ${lines(actual)} lines end in CRLF; expected ${crlf(expected)} of ${lines(expected)}`,
    );
  }
  const at = [...expected].findIndex((ch, i) => actual[i] !== ch);
  const where = at < 0 ? expected.length : at;
  const show = (text: string): string => JSON.stringify(text.slice(Math.max(0, where - 40), where + 40));
  assert.fail(
    `${what} differs at character ${where} (${actual.length} vs ${expected.length} characters):\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`,
  );
}

/**
 * Like assertSameText, but blind to CRLF versus LF: the journeys check what the files say, and
 * lineEndings.e2e.ts checks, for every way of generating them, how their lines end.
 */
export function assertSameLines(actual: string, expected: string, what: string): void {
  assertSameText(actual.replace(/\r\n/g, '\n'), expected.replace(/\r\n/g, '\n'), what);
}

/** Every line of `text` ends in CRLF, as certutil's INF files and cmd.exe's batch files expect. */
export function assertCrlf(text: string, what: string): void {
  const lines = text.split('\n').slice(0, -1);
  const bare = lines.filter((line) => !line.endsWith('\r')).length;
  if (bare > 0) assert.fail(`${what}: ${bare} of ${lines.length} lines end in a bare LF, not CRLF`);
}

/** The certificates of the fixture dumps in workspace-template. */
export const fixtures = {
  /** quickfix/machine.txt: one CA certificate, KSP, KeySpec 2. */
  contosoIssuing: {
    serial: '1f00000008a47c2e91d3b5f60a000000000008',
    subject: 'Contoso Issuing CA',
    container: 'Contoso Issuing CA',
    provider: 'Microsoft Software Key Storage Provider',
    flags: '0x20',
    store: 'my',
  },
  /** single/machine.txt: one user certificate, KSP, KeySpec 1, Flags 0. */
  janeAdmin: {
    serial: '5b0000001e9c3d7a2f48e1b06c00000000001e',
    subject: 'Jane Admin',
    container: 'te-ClientAuth-3f8a2c1e-7b4d-4e9a-a05c-2d6f81b9e347',
    provider: 'Microsoft Software Key Storage Provider',
    flags: '0',
    store: 'my',
    user: true,
  },
  /** renewed/machine.txt, certificate 0: the first CA generation. */
  tailspinGen1: {
    serial: '2a0000000bc4d1e9f7a3b2c51d00000000000b',
    subject: 'Tailspin Issuing CA 01',
    container: 'Tailspin Issuing CA 01',
    provider: 'Microsoft Software Key Storage Provider',
    flags: '0x20',
    store: 'my',
  },
  /** renewed/machine.txt, certificate 1: the renewal with the same key. */
  tailspinGen2: {
    serial: '2a00000031e07b5c9d2a4f8e61000000000031',
    subject: 'Tailspin Issuing CA 01',
    container: 'Tailspin Issuing CA 01',
    provider: 'Microsoft Software Key Storage Provider',
    flags: '0x20',
    store: 'my',
  },
} satisfies Record<string, KnownCertificate>;

/** renewed/machine.txt, certificate 2: a web server certificate in a legacy CSP with KeySpec 1 (fine). */
export const tailspinWebServerSerial = '4d0000007a2c8e1f3b5d7a9c0e00000000007a';

/**
 * Runs every check, then fails once with all their messages: when several generated files are wrong
 * in the same way (line endings, say), the report says so for each, not just for the first.
 */
export async function allChecks(checks: readonly (() => void | Promise<void>)[]): Promise<void> {
  const failures: string[] = [];
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (failures.length > 0) assert.fail(`${failures.length} of ${checks.length} checks failed:\n- ${failures.join('\n- ')}`);
}
