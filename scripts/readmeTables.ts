/**
 * The README's diagnostics, settings and commands tables, generated from the rule table and package.json.
 * `npm run docs` writes them into README.md; a test fails when the README is out of date.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../server/src/service/rules';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { type: string; default: unknown; enum?: string[]; markdownDescription?: string; description?: string }> };
  };
}

const root = path.join(__dirname, '..');
export const readmePath = path.join(root, 'README.md');

/** package.json with its `%key%` texts replaced by their English from package.nls.json, as VS Code shows them. */
function manifest(): Manifest {
  const nlsFile = path.join(root, 'package.nls.json');
  const nls = fs.existsSync(nlsFile) ? (JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>) : {};
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'), (_key, value: unknown) =>
    typeof value === 'string' && /^%[\w.-]+%$/.test(value) && value.slice(1, -1) in nls ? nls[value.slice(1, -1)] : value,
  ) as Manifest;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

export function tables(): Record<string, string> {
  const m = manifest();
  return {
    diagnostics: [
      '| Code | Default severity | What it means |',
      '| --- | --- | --- |',
      ...Object.entries(rules).map(([code, rule]) => `| \`${code}\` | ${rule.severity} | ${cell(rule.doc)} |`),
    ].join('\n'),
    settings: [
      '| Setting | Default | What it does |',
      '| --- | --- | --- |',
      ...Object.entries(m.contributes.configuration.properties).map(
        ([name, p]) =>
          `| \`${name}\` | \`${JSON.stringify(p.default)}\`${p.enum ? ` (${p.enum.map((e) => `\`${e}\``).join(', ')})` : ''} | ${cell(p.markdownDescription ?? p.description ?? '')} |`,
      ),
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
