/** Issue 13 part 6: the pure write policy, as data: which folder URIs normalise to what, and which names are refused. */

import * as assert from 'node:assert/strict';
import { browserSchemes } from '../../server/src/browserWorkspaceHost';
import { isInside, normaliseFolder, refusedName } from '../../server/src/service/repair/writePolicy';

describe('write policy: folder URIs in normal form', () => {
  /** `expected` is the normal form, or 'refused'. */
  const check = (uri: string, expected: string): void => {
    const normal = normaliseFolder(uri);
    if (expected === 'refused') assert.equal(normal.ok, false, `${uri} was accepted as ${normal.ok ? normal.uri.toString() : ''}`);
    else assert.equal(normal.ok ? normal.uri.toString() : normal.reason, expected, uri);
  };
  const cases: [string, string][] = [
    ['file:///ws', 'file:///ws'],
    ['file:///ws/', 'file:///ws'],
    ['file:///ws/./a//b', 'file:///ws/a/b'],
    ['file:///ws/../outside', 'file:///outside'],
    ['file:///ws/%2E%2E/outside', 'file:///outside'],
    ['file:///ws/a/%2e%2e/%2e%2e/outside', 'file:///outside'],
    ['file:///ws/..%5Coutside', 'file:///outside'],
    ['file:///c%3A/ws/..%5Cwindows', 'file:///c%3A/windows'],
    ['file:///c%3A/ws/..%5C..%5Cwindows', 'refused'],
    ['file:///..', 'refused'],
    ['file:///ws/../../etc', 'refused'],
    ['', 'refused'],
    ['  ', 'refused'],
    ['untitled:Untitled-1', 'refused'],
    ['vscode-vfs://github/x', 'refused'],
    ['file:///ws/CON', 'refused'],
    ['file:///ws/nul.inf/x', 'refused'],
    ['file:///ws/a.', 'refused'],
    ['file:///ws/a%20', 'refused'],
    ['file:///ws/a%3Astream', 'refused'],
  ];
  for (const [uri, expected] of cases) it(`${JSON.stringify(uri)} -> ${expected}`, () => check(uri, expected));
});

describe('write policy: inside a workspace folder', () => {
  const inside = (folder: string, root: string, caseInsensitive: boolean): boolean => {
    const a = normaliseFolder(folder);
    const b = normaliseFolder(root);
    assert.ok(a.ok && b.ok);
    return isInside(a, b, caseInsensitive);
  };
  const cases: [string, string, boolean, boolean][] = [
    ['file:///ws/sub', 'file:///ws', false, true],
    ['file:///ws', 'file:///ws/', false, true],
    ['file:///ws/../outside', 'file:///ws', false, false],
    ['file:///wsx', 'file:///ws', false, false],
    ['file:///WS/sub', 'file:///ws', false, false],
    ['file:///WS/sub', 'file:///ws', true, true],
    ['file://server/share/ws', 'file:///share/ws', false, false],
    ['file:///c%3A/WS/a', 'file:///C%3A/ws', true, true],
  ];
  for (const [folder, root, ci, expected] of cases)
    it(`${folder} in ${root} (case ${ci ? 'folded' : 'kept'}): ${expected}`, () => assert.equal(inside(folder, root, ci), expected));
});

describe('write policy: names Windows reads back as written', () => {
  const refused = [
    'CON',
    'con',
    'PRN',
    'AUX',
    'NUL',
    'NUL.inf',
    'nul.tar.gz',
    'COM1',
    'COM1.inf',
    'com9.txt',
    'LPT1',
    'lpt9.cmd',
    'aux.txt',
    'a.',
    'a ',
    'KeyProv.inf.',
    '',
    'a:b',
    'a/b',
    'a\\b',
    'a\u0000b',
    'a*',
  ];
  const allowed = ['KeyProv-0a.inf', 'repair-keyspec.cmd', 'CONSOLE.inf', 'COM10.inf', 'COM0', 'LPT', 'nul_x.inf', 'auxiliary.txt', '.hidden', 'a.b'];
  for (const name of refused) it(`refuses ${JSON.stringify(name)}`, () => assert.ok(refusedName(name)));
  for (const name of allowed) it(`allows ${JSON.stringify(name)}`, () => assert.equal(refusedName(name), undefined));
});

describe('write policy: schemes', () => {
  // The browser build writes through vscode.workspace.fs: its schemes, normalised the same way.
  const browser = browserSchemes;
  for (const [uri, schemes, path] of [
    ['vscode-remote://jump-host/pki/./ca/../ca', browser, '/pki/ca'],
    ['vscode-vfs://github/org/runbooks/%2E%2E/runbooks', browser, '/org/runbooks'],
    ['file:///pki/ca', browser, '/pki/ca'],
  ] as const) {
    it(`writes to ${uri} when the host allows ${uri.split(':')[0]}:`, () => {
      const normal = normaliseFolder(uri, schemes);
      assert.ok(normal.ok);
      assert.equal(normal.path, path);
    });
  }
  for (const [uri, schemes] of [
    ['vscode-remote://jump-host/pki', undefined],
    ['untitled:Untitled-1', browser],
    ['git:/pki/ca', browser],
    ['vscode-userdata:/User/settings', browser],
  ] as const) {
    it(`refuses ${uri} with ${schemes ? 'the browser schemes' : 'the default (file: only)'}`, () => assert.equal(normaliseFolder(uri, schemes).ok, false));
  }
});
