/**
 * `key.missing`: certutil says the certificate's private key cannot be found or does not match it
 * (docs/formats.md "CA key health" §H1). A certificate without any key (`No key provider information`) is
 * normal in the root and intermediate stores, so that is only a finding in the personal store (`my`).
 * Repair: `certutil -repairstore` without an INF, or a KeyProv INF when another certificate of the same key
 * (same Key Id Hash) shows the container.
 */

import { defaultRepairStore } from '../../data/stores';
import type { LostKeyKind } from '../../data/dumpLabels';
import { keylessCommand, type KeyRepair } from '../../repair/keyRepair';
import { repairTargetOf, storeOf } from '../../repair/repairTargetOf';
import { report } from '../../rules';
import type { Problem, Related } from '../../types';
import { finish } from '../../slices';
import { CERTIFICATES_PER_SLICE, type Certificate } from '../dumpParser';
import { isCaCertificate, type HealthContext } from './healthContext';

/** What each status line says, in the message. */
const said: Record<LostKeyKind, string> = {
  'missing-keyset': 'certutil reports "Missing stored keyset" (the container named in the certificate is not there)',
  'no-key-provider': 'The certificate has no key-provider property',
  'no-decryption-key': 'certutil cannot find the private key of this certificate',
  'encryption-test': 'The encryption test with the private key FAILED',
  'signature-test': 'The signature test with the private key FAILED',
  'key-mismatch': "certutil could not verify the certificate's public key against the private key",
};

/** Lines that only say "there is no key": normal outside the personal store. */
const noKeyAtAll: readonly LostKeyKind[] = ['no-key-provider', 'no-decryption-key'];

export function checkKeyMissing(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const facts = context.facts(certificate);
  const store = context.dump.store?.name.toLowerCase();
  const inPersonalStore = store === undefined || store === defaultRepairStore;
  const lines = facts.lostKey.filter((l) => inPersonalStore || !noKeyAtAll.includes(l.kind));
  if (lines.length === 0) return;
  const isCA = isCaCertificate(context, certificate);
  // A key that is there but fails is a problem on any certificate; no key at all only matters on a CA
  // certificate (the CA signs with it): many other certificates in a personal store are imported without one.
  const broken = lines.some((l) => !noKeyAtAll.includes(l.kind));
  const severity = context.severity('key.missing', isCA ? 'error' : broken ? 'warning' : 'information');
  if (severity === 'off') return;
  const first = lines[0];
  const serial = certificate.serial?.value;
  // The store and -user from the same evidence as the KeySpec repair (docs/formats.md §D.1), asked when it is missing.
  const location = storeOf(context.dump, certificate);
  const keyless = serial !== undefined && 'store' in location ? keylessRepair(serial, location) : undefined;
  const related: Related[] = lines.slice(1).map((l) => ({ ...l, message: said[l.kind] }));
  const donor = serial !== undefined ? keyDonor(context, certificate) : undefined;
  let repair: KeyRepair | undefined;
  let advice: string;
  if (donor && serial !== undefined) {
    const target = { ...donor.target, serial, isCA };
    // The donor's KeySpec and ProviderType as the dump shows them are its own state, not this certificate's.
    delete target.keySpec;
    delete target.providerType;
    if (certificate.subject) target.subject = certificate.subject.value;
    else delete target.subject;
    if (certificate.index !== undefined) target.index = certificate.index;
    else delete target.index;
    repair = { kind: 'inf', target, key: donor.key, why: `certificate ${donor.certificate.index ?? '?'} has the same key` };
    advice = `Certificate ${donor.certificate.index ?? '?'} has the same key (same Key Id Hash) in container "${donor.target.container}": generate a KeyProv INF for it (quick fix)${keyless ? `, or run ${keylessCommand(keyless)}` : ''}.`;
    if (donor.certificate.keyProv?.container)
      related.push({ ...donor.certificate.keyProv.container.line, message: "The same key's container, on another certificate" });
  } else if (keyless) {
    repair = keyless;
    const asked = keyless.storeEvidence?.status === 'shown' ? '' : ' The dump does not settle which store the certificate is in: the quick fix asks first.';
    advice = `Run ${keylessCommand(keyless)} (${keyless.userKey ? "as the certificate's owner" : 'elevated'}): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.${asked}`;
  } else if (serial !== undefined && 'reason' in location) {
    advice = location.reason;
  } else {
    advice = 'The dump shows no serial number to repair it by.';
  }
  if (certificate.caEvidence) related.push({ ...certificate.caEvidence, message: 'This is a CA certificate' });
  problems.push(report('key.missing', first, { what: said[first.kind], repair: advice }, { severity, related, ...(repair ? { data: repair } : {}) }));
}

function keylessRepair(serial: string, location: Extract<ReturnType<typeof storeOf>, { store: string }>): Extract<KeyRepair, { kind: 'repairstore' }> {
  const repair: Extract<KeyRepair, { kind: 'repairstore' }> = {
    kind: 'repairstore',
    serial,
    store: location.store,
    userKey: location.user,
    storeEvidence: location.evidence,
  };
  if (location.enterprise) repair.enterprise = true;
  return repair;
}

type Donor = { certificate: Certificate; target: NonNullable<ReturnType<typeof repairTargetOf>>; key: { keySpec: number; providerType: number } };

/** Another certificate of the dump with the same key and a working key-provider property. */
function keyDonor(context: HealthContext, certificate: Certificate): Donor | undefined {
  const facts = context.facts(certificate);
  const donors = donorsOf(context);
  for (const [alg, value] of Object.entries(facts.keyIdHashes)) {
    const candidates = donors.get(alg)?.get(value);
    const donor = candidates && donorOf(context, candidates);
    if (donor && donor.certificate !== certificate) return donor;
  }
  return undefined;
}

/**
 * The certificates of one Key Id Hash whose key-provider property may be copied, in order, and the donor among
 * them once asked for: the first one with a repair target. The target is made only when a certificate that lost
 * its key asks (most of a dump's certificates are never asked for).
 */
type DonorCandidates = { certificates: Omit<Donor, 'target'>[]; donor?: Donor | null };

function donorOf(context: HealthContext, candidates: DonorCandidates): Donor | undefined {
  if (candidates.donor === undefined) {
    candidates.donor = null;
    for (const { certificate, key } of candidates.certificates) {
      const target = repairTargetOf(context.dump, certificate);
      if (!target) continue;
      candidates.donor = { certificate, target, key };
      break;
    }
  }
  return candidates.donor ?? undefined;
}

/**
 * Per hash algorithm, per Key Id Hash value: keyed by the strings the facts hold (no key made per certificate and
 * version, and a string keeps its hash once computed, so the next version's pass hashes nothing again).
 */
type Donors = Map<string, Map<string, DonorCandidates>>;

const donorsByContext = new WeakMap<HealthContext, Donors>();

/** Per Key Id Hash, the certificates that may give their key-provider property: one pass per check run. */
function donorsOf(context: HealthContext): Donors {
  return finish(donorsInSlices(context));
}

function* donorsInSlices(context: HealthContext): Generator<void, Donors> {
  const known = donorsByContext.get(context);
  if (known) return known;
  const donors: Donors = new Map();
  const certificates = context.dump.certificates;
  for (let k = 0; k < certificates.length; k++) {
    if (k % CERTIFICATES_PER_SLICE === CERTIFICATES_PER_SLICE - 1) yield;
    const other = certificates[k];
    const otherFacts = context.facts(other);
    if (otherFacts.lostKey.length > 0) continue;
    const keySpec = other.keyProv?.keySpec?.value;
    const providerType = other.keyProv?.providerType?.value;
    if (keySpec === undefined || providerType === undefined) continue;
    // A KSP key takes KeySpec 0 whatever the other certificate records (keyspec.ksp-nonzero reports that one).
    const candidate = { certificate: other, key: providerType === 0 ? { keySpec: 0, providerType: 0 } : { keySpec, providerType } };
    for (const [alg, value] of Object.entries(otherFacts.keyIdHashes)) {
      let byValue = donors.get(alg);
      if (!byValue) donors.set(alg, (byValue = new Map<string, DonorCandidates>()));
      const same = byValue.get(value);
      if (same) same.certificates.push(candidate);
      else byValue.set(value, { certificates: [candidate] });
    }
  }
  donorsByContext.set(context, donors);
  return donors;
}

/**
 * Builds the donors in slices before the sliced check reaches its first certificate (issue 13), when a certificate
 * of the dump has lost its key: only those ask for a donor, so a dump without one never builds the map.
 */
export function* keyDonorsInSlices(context: HealthContext): Generator<void, void> {
  const certificates = context.dump.certificates;
  for (let k = 0; k < certificates.length; k++) {
    if (k % CERTIFICATES_PER_SLICE === CERTIFICATES_PER_SLICE - 1) yield;
    if (context.facts(certificates[k]).lostKey.length > 0) {
      yield* donorsInSlices(context);
      return;
    }
  }
}
