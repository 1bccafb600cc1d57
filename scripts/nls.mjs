// Moves every text of package.json that a user sees into package.nls.json and leaves `%key%` in its place,
// by VS Code's localization convention (package.nls.<locale>.json holds the translations).
// Re-runnable: a text that is already `%key%` stays; a new command, setting or walkthrough step gets its key;
// an English text edited in package.json after conversion is not possible (it is a key), so edit package.nls.json.
//
//   node scripts/nls.mjs          rewrite package.json and package.nls.json
//   node scripts/nls.mjs --check  change nothing; print what is wrong as JSON and exit 1 if anything is
//
// The check also lists keys that a translation (package.nls.de.json, package.nls.fr.json) lacks.
// A changed English text in package.nls.json is found by the l10n test against server/src/service/l10n/english.lock.json:
// update package.nls.de.json and package.nls.fr.json, then run `npm run l10n:lock` (scripts/l10nLock.ts).

import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// vsce replaces `%key%` only where the key is letters, digits, `_` and `.`: every key is made of those alone.
const isKey = (text) => /^%[\w.]+%$/.test(text);
const keyOf = (path) => path.replace(/[^\w.]/g, '_');

/**
 * Every text of the manifest a user sees, as { key, get, set }: `key` is the package.nls.json key it gets.
 * This walker is the one list of which manifest fields are shown to users; the l10n test uses it too.
 */
export function userVisibleTexts(pkg) {
  const texts = [];
  const at = (key, holder, field) => {
    if (holder && typeof holder[field] === 'string') texts.push({ key: keyOf(key), get: () => holder[field], set: (v) => (holder[field] = v) });
  };
  const each = (key, holder, field) => {
    const list = holder?.[field];
    if (Array.isArray(list)) list.forEach((_, i) => at(`${key}.${i}`, list, i));
  };
  at('displayName', pkg, 'displayName');
  at('description', pkg, 'description');
  const c = pkg.contributes ?? {};
  for (const language of c.languages ?? []) {
    // The first alias is the name VS Code shows; the others are ids typed by users, never translated.
    if (Array.isArray(language.aliases) && language.aliases.length > 0) at(`language.${language.id}.alias`, language.aliases, 0);
  }
  for (const command of c.commands ?? []) {
    at(`command.${command.command}.title`, command, 'title');
    at(`command.${command.command}.shortTitle`, command, 'shortTitle');
    // One category text for all commands that share it.
    at(`category.${command.category}`, command, 'category');
  }
  const configurations = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  configurations.forEach((configuration, n) => {
    at(n === 0 ? 'configuration.title' : `configuration.${n}.title`, configuration, 'title');
    const walk = (prefix, properties) => {
      for (const [name, schema] of Object.entries(properties ?? {})) {
        const key = `${prefix}${name}`;
        for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) at(`${key}.${field}`, schema, field);
        for (const field of ['enumDescriptions', 'markdownEnumDescriptions']) each(`${key}.${field}`, schema, field);
        if (schema.properties) walk(`${key}.`, schema.properties);
        if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          const extra = schema.additionalProperties;
          for (const field of ['description', 'markdownDescription']) at(`${key}.additionalProperties.${field}`, extra, field);
          for (const field of ['enumDescriptions', 'markdownEnumDescriptions']) each(`${key}.additionalProperties.${field}`, extra, field);
        }
      }
    };
    walk('config.', configuration.properties);
  });
  for (const walkthrough of c.walkthroughs ?? []) {
    const w = `walkthrough.${walkthrough.id}`;
    at(`${w}.title`, walkthrough, 'title');
    at(`${w}.description`, walkthrough, 'description');
    for (const step of walkthrough.steps ?? []) {
      at(`${w}.${step.id}.title`, step, 'title');
      at(`${w}.${step.id}.description`, step, 'description');
      if (step.media) at(`${w}.${step.id}.altText`, step.media, 'altText');
    }
  }
  for (const view of Object.values(c.views ?? {}).flat()) at(`view.${view.id}.name`, view, 'name');
  return texts;
}

function readJson(file) {
  return JSON.parse(readFileSync(join(root, file), 'utf8'));
}

function writeJson(file, value) {
  writeFileSync(join(root, file), JSON.stringify(value, null, 2) + '\n');
}

/** Converts the manifest in place; returns the problems a --check reports. */
export function convert(pkg, nls) {
  const problems = [];
  for (const text of userVisibleTexts(pkg)) {
    const value = text.get();
    if (isKey(value)) {
      const key = value.slice(1, -1);
      if (!(key in nls)) problems.push(`package.json uses %${key}% but package.nls.json has no "${key}"`);
      continue;
    }
    if (text.key in nls && nls[text.key] !== value) {
      problems.push(`"${text.key}" changed in English: update its translations (was "${nls[text.key]}", now "${value}")`);
    }
    nls[text.key] = value;
    text.set(`%${text.key}%`);
    problems.push(`package.json: "${value}" is not a %key% (run node scripts/nls.mjs)`);
  }
  return problems;
}

/** Keys of package.nls.json that a package.nls.<locale>.json lacks, and keys it has that English does not. */
export function translationGaps(nls) {
  const gaps = [];
  for (const file of readdirSync(root).filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f))) {
    const translated = readJson(file);
    for (const key of Object.keys(nls)) if (typeof translated[key] !== 'string' || translated[key].trim() === '') gaps.push(`${file} lacks "${key}"`);
    for (const key of Object.keys(translated)) if (!(key in nls)) gaps.push(`${file} has "${key}", which package.nls.json does not`);
  }
  return gaps;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const pkg = readJson('package.json');
  const nls = existsSync(join(root, 'package.nls.json')) ? readJson('package.nls.json') : {};
  const problems = convert(pkg, nls);
  if (check) {
    const all = [...problems, ...translationGaps(nls)];
    process.stdout.write(JSON.stringify(all, null, 2) + '\n');
    process.exit(all.length === 0 ? 0 : 1);
  }
  writeJson('package.json', pkg);
  writeJson('package.nls.json', nls);
  const gaps = translationGaps(nls);
  for (const gap of gaps) process.stderr.write(`${gap}\n`);
  process.stdout.write(`package.json: ${problems.filter((p) => p.includes('is not a %key%')).length} texts moved to package.nls.json\n`);
}
