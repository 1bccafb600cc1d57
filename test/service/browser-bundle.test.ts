/** The browser bundles import no Node built-in: the check scripts/build.mjs runs, proved to pass on the real bundles and to fail on one that does. */

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.join(__dirname, '..', '..');

interface BrowserBuilds {
  browserBuilds(options: { production: boolean }): esbuild.BuildOptions[];
  nodeImports(metafile: esbuild.Metafile): string[];
}

async function load(): Promise<BrowserBuilds> {
  return (await import(path.join(root, 'scripts', 'browserBuilds.mjs'))) as BrowserBuilds;
}

/** Builds in memory (nothing written) from the project root, with a metafile. */
function build(options: esbuild.BuildOptions): Promise<esbuild.BuildResult & { metafile: esbuild.Metafile }> {
  return esbuild.build({ ...options, absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' });
}

describe('browser bundles', function () {
  this.timeout(60_000);

  it('builds the client and the server for the browser, and neither imports a Node built-in', async () => {
    const builds = await load();
    const all = builds.browserBuilds({ production: true });
    assert.deepEqual(
      all.map((b) => [b.platform, b.outfile]),
      [
        ['browser', 'dist/browserClient.js'],
        ['browser', 'dist/browserServer.js'],
      ],
    );
    for (const options of all) {
      const result = await build(options);
      assert.deepEqual(builds.nodeImports(result.metafile), [], `${String(options.outfile)} imports Node`);
      // The server's whole service is in the worker bundle, and the client's commands in the client's.
      const inputs = Object.keys(result.metafile.inputs);
      const expected = options.outfile === 'dist/browserServer.js' ? 'server/src/service/languageService.ts' : 'client/src/commands.ts';
      assert.ok(inputs.includes(expected), `${String(options.outfile)} lacks ${expected}`);
    }
  });

  it('fails a browser build that imports a Node built-in', async () => {
    const builds = await load();
    const [client] = builds.browserBuilds({ production: true });
    const probe = {
      ...client,
      entryPoints: undefined,
      stdin: { contents: "import * as fs from 'fs';\nexport const x = fs.readFileSync;\n", resolveDir: root, loader: 'ts' as const },
    };
    await assert.rejects(build(probe), /fs/);
  });

  it('names an import of a Node built-in that a build lets through', async () => {
    const builds = await load();
    const [client] = builds.browserBuilds({ production: true });
    for (const name of ['fs', 'node:path', 'child_process', 'fs/promises']) {
      const probe = {
        ...client,
        entryPoints: undefined,
        external: [...(client.external ?? []), name],
        stdin: { contents: `import * as m from '${name}';\nexport const x = m;\n`, resolveDir: root, loader: 'ts' as const },
      };
      const found = builds.nodeImports((await build(probe)).metafile);
      assert.equal(found.length, 1, `${name}: ${JSON.stringify(found)}`);
      assert.match(found[0], new RegExp(`imports ${name}$`));
    }
    // A package's `browser` field that maps a built-in to an empty module.
    assert.deepEqual(builds.nodeImports({ inputs: { '(disabled):fs': { bytes: 0, imports: [] } }, outputs: {} }), [
      '(disabled):fs (a Node built-in replaced by an empty module)',
    ]);
  });
});
