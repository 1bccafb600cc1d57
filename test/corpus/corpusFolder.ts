/**
 * The folder of real files the corpus tier reads: `npm run test:corpus -- <folder>` passes it in
 * CERTUTIL_CORPUS. The corpus is never copied into the project, and `npm test` does not need it.
 */

import * as path from 'node:path';

export function corpusFolder(): string {
  const folder = process.env.CERTUTIL_CORPUS;
  if (!folder) throw new Error('No corpus folder: run `npm run test:corpus -- <folder>` (CI passes the corpus folder beside the project).');
  return path.resolve(folder);
}
