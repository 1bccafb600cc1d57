/**
 * `repair <dump> --out <folder>`: the files the editor's "Generate repair files" writes (the same repairPlan,
 * so the same names, bytes and refusals), created with `wx` so that no existing file is ever overwritten,
 * even one that appears between the plan and the write.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { languageIds } from '../../common/languageIds';
import { parse, repairPlan, type StoreAnswer } from '../../server/src/service/languageService';
import { decode, type Encoding } from './decode';
import { FolderHost } from './folderHost';

export interface RepairOptions {
  out: string;
  encoding?: Encoding;
  /** Only where the dump cannot tell the store. */
  unknownStore?: StoreAnswer;
}

/** `alreadyWritten`: the folder had this very file (an earlier run), so it was used as it is; `note`: why a file got a numbered name. */
export type RepairOutcome =
  | { ok: true; written: { file: string; command?: string; alreadyWritten?: true; note?: string }[] }
  | { ok: false; reason: string; exitCode: 1 | 2 };

export function runRepair(dumpFile: string, options: RepairOptions): RepairOutcome {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(dumpFile);
  } catch (error) {
    return { ok: false, reason: `could not read ${dumpFile}: ${error instanceof Error ? error.message : String(error)}`, exitCode: 2 };
  }
  const { text } = decode(bytes, options.encoding);
  const parsed = parse(languageIds.dump, text, path.basename(dumpFile));
  if (!parsed) return { ok: false, reason: `${dumpFile} is not a certutil dump`, exitCode: 2 };
  const folder = path.resolve(options.out);
  const request = { folder: pathToFileURL(folder).toString(), scripts: true, ...(options.unknownStore ? { unknownStore: options.unknownStore } : {}) };
  const plan = repairPlan(parsed, pathToFileURL(path.resolve(dumpFile)).toString(), request, new FolderHost());
  if (plan.kind === 'refused') return { ok: false, reason: plan.reason, exitCode: 1 };
  if (plan.kind === 'untitled') return { ok: false, reason: 'The repair has no folder to write to.', exitCode: 2 };
  fs.mkdirSync(folder, { recursive: true });
  const written: Extract<RepairOutcome, { ok: true }>['written'] = [];
  for (const file of plan.files) {
    const target = fileURLToPath(file.uri);
    if (file.alreadyWritten) {
      written.push({ file: target, ...(file.command ? { command: file.command } : {}), alreadyWritten: true });
      continue;
    }
    try {
      fs.writeFileSync(target, file.text, { flag: 'wx' });
    } catch (error) {
      const already = written.length ? ` Already written: ${written.map((w) => path.basename(w.file)).join(', ')}.` : '';
      return { ok: false, reason: `could not create ${target}: ${error instanceof Error ? error.message : String(error)}.${already}`, exitCode: 2 };
    }
    written.push({ file: target, ...(file.command ? { command: file.command } : {}), ...(file.note ? { note: file.note } : {}) });
  }
  return { ok: true, written };
}
