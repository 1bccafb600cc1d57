/**
 * The README's diagnostics, settings and commands tables, generated from the rule table and package.json.
 * `npm run docs` writes them into README.md; a test fails when the README is out of date.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { renamedSettingKeys, settingsSection } from '../common/settings';
import { rules } from '../server/src/service/rules';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    /** One titled category per entry, as VS Code's Settings editor shows them. */
    configuration: {
      title: string;
      properties: Record<
        string,
        { type: string; default: unknown; enum?: string[]; markdownDescription?: string; description?: string; markdownDeprecationMessage?: string }
      >;
    }[];
  };
}

const root = path.join(__dirname, '..');
export const readmePath = path.join(root, 'README.md');

/** package.json with its `%key%` texts replaced by their English from package.nls.json, as VS Code shows them. */
export function englishManifest(): Manifest {
  const nlsFile = path.join(root, 'package.nls.json');
  const nls = fs.existsSync(nlsFile) ? (JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>) : {};
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'), (_key, value: unknown) =>
    typeof value === 'string' && /^%[\w.-]+%$/.test(value) && value.slice(1, -1) in nls ? nls[value.slice(1, -1)] : value,
  ) as Manifest;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

export function tables(): Record<string, string> {
  const m = englishManifest();
  return {
    diagnostics: [
      '| Code | Default severity | What it means |',
      '| --- | --- | --- |',
      ...Object.entries(rules).map(([code, rule]) => `| \`${code}\` | ${rule.severity} | ${cell(rule.doc)} |`),
    ].join('\n'),
    settings: [
      '| Setting | Default | What it does |',
      '| --- | --- | --- |',
      ...m.contributes.configuration.flatMap((category) =>
        Object.entries(category.properties)
          .filter(([, p]) => p.markdownDeprecationMessage === undefined)
          .map(
            ([name, p]) =>
              `| \`${name}\` | \`${JSON.stringify(p.default)}\`${p.enum ? ` (${p.enum.map((e) => `\`${e}\``).join(', ')})` : ''} | ${category.title}: ${cell(p.markdownDescription ?? p.description ?? '')} |`,
          ),
      ),
      '',
      `Renamed settings, still read when the new one is at its default: ${Object.entries(renamedSettingKeys)
        .map(([old, now]) => `\`${settingsSection}.${old}\` → \`${settingsSection}.${now}\``)
        .join(', ')}.`,
    ].join('\n'),
    commands: [
      '| Command | Palette title |',
      '| --- | --- |',
      ...m.contributes.commands.map((c) => `| \`${c.command}\` | ${c.category ? `${c.category}: ` : ''}${c.title} |`),
    ].join('\n'),
  };
}

/** README.md with every generated region replaced. */
export function renderReadme(readme: string): string {
  let out = readme;
  for (const [name, table] of Object.entries(tables())) {
    const pattern = new RegExp(`(<!-- ${name}:begin -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- ${name}:begin --> ... <!-- ${name}:end --> region`);
    out = out.replace(pattern, (_whole, begin: string, end: string) => `${begin}\n${table}\n${end}`);
  }
  return out;
}

if (require.main === module) {
  fs.writeFileSync(readmePath, renderReadme(fs.readFileSync(readmePath, 'utf8')));
  console.log('README.md tables updated');
}
