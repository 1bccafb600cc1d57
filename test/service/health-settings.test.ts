import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { settingDefaults, settingKeys, settingsSection } from '../../common/settings';
import { readServerSettings } from '../../server/src/readSettings';

describe('CA key health settings', () => {
  it('reads severities, thresholds and roles, dropping what it does not know', () => {
    const settings = readServerSettings({
      health: {
        severity: { 'cert.expiring': 'information', 'key.short': 'off', 'key.missing': 'loud', 'ca.sha1': 'default' },
        caExpiringDays: 120,
        expiringDays: -3,
        minRsaKeyBits: 3072,
        roles: { '0C 0D': 'tls-server', '0e': 'boss' },
      },
    });
    assert.deepEqual(settings.health, {
      severities: { 'cert.expiring': 'information', 'key.short': 'off', 'ca.sha1': 'default' },
      caExpiringDays: 120,
      expiringDays: 30,
      minRsaKeyBits: 3072,
      roles: { '0c0d': 'tls-server' },
    });
  });
  it('falls back to the defaults of common/settings.ts, which package.json repeats', () => {
    const settings = readServerSettings(undefined);
    assert.equal(settings.health?.caExpiringDays, settingDefaults[settingKeys.caExpiringDays]);
    assert.equal(settings.health?.minRsaKeyBits, settingDefaults[settingKeys.minRsaKeyBits]);
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default: unknown }> }[] };
    };
    for (const key of [
      settingKeys.healthSeverity,
      settingKeys.caExpiringDays,
      settingKeys.expiringDays,
      settingKeys.minRsaKeyBits,
      settingKeys.certificateRoles,
    ]) {
      const declared = manifest.contributes.configuration.find((category) => `${settingsSection}.${key}` in category.properties);
      assert.deepEqual(declared?.properties[`${settingsSection}.${key}`]?.default, settingDefaults[key], key);
    }
  });
});
