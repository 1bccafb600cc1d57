/**
 * `certutil-keyspec`: the editor's checks and repairs without an editor. `scan` checks dumps and INFs
 * (files, folders, globs, `-` for standard input) in worker threads and reports as text, JSON or SARIF;
 * `repair` writes the files the editor's repair job writes. A thin shell over the language service.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import * as manifest from '../../package.json';
import { analyse, type FileOptions } from './analyse';
import { ConfigError, ConfigResolver } from './config';
import { encodings, type Encoding } from './decode';
import { formatJson } from './formats/jsonFormat';
import { formatSarif } from './formats/sarifFormat';
import { exitCodeOf, failLevels, summarise, type FailLevel } from './formats/summary';
import { formatText } from './formats/textFormat';
import { checkFiles, defaultWorkerCount, type FileJob } from './pool';
import { Progress } from './progress';
import { runRepair } from './repairCommand';
import type { FileReport } from './report';
import { defaultIncludes, inputsOf } from './walk';

const NAME = 'certutil-keyspec';
/**
 * Where the diagnostics are documented, for SARIF's helpUri: the package's `homepage` when the manifest has one,
 * else the README that ships beside dist/.
 */
const docsUri = (manifest as { homepage?: string }).homepage ?? pathToFileURL(path.join(__dirname, '..', 'README.md')).toString();

const exitCodesHelp = `
Exit codes (scan):
  0  no finding at or above --fail-on (default: error)
  1  at least one finding at or above --fail-on
  2  usage error, unreadable config, or a file that could not be read

Exit codes (repair):
  0  the repair files were written
  1  refused: nothing to repair, or a value cannot be written safely (the reason is printed)
  2  usage error, or the dump or a file could not be read or created`;

interface ScanOptions {
  format: 'text' | 'json' | 'sarif';
  output?: string;
  failOn: FailLevel;
  include?: string[];
  exclude: string[];
  encoding?: Encoding;
  config?: string;
  jobs: number;
  workerMemory: number;
  color?: boolean;
  /** --today, as milliseconds since 1970. */
  today?: number;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

async function scan(paths: string[], options: ScanOptions): Promise<number> {
  const config = new ConfigResolver(options.config);
  const inputs = inputsOf(paths, { include: options.include ?? defaultIncludes, exclude: options.exclude });
  const reports: FileReport[] = new Array<FileReport>(inputs.length);
  const jobs: (FileJob & { index: number })[] = [];
  const progress = new Progress(inputs.length);
  for (const [index, input] of inputs.entries()) {
    if (input.kind === 'missing') reports[index] = { path: input.shown, findings: [], error: input.error };
    else if (input.kind === 'stdin') reports[index] = analyse('-', undefined, fs.readFileSync(0), fileOptions(config.forStdin().options, options));
    else jobs.push({ index, id: jobs.length, file: input.file, shown: input.shown, options: fileOptions(config.forFile(input.file).options, options) });
  }
  const checked = await checkFiles(
    jobs.map(({ index: _index, ...job }) => job),
    { workers: options.jobs, workerMemoryMB: options.workerMemory, onDone: (_report, bytes) => progress.fileDone(bytes) },
  );
  progress.end();
  checked.forEach((report, i) => (reports[jobs[i].index] = report));
  if (inputs.length === 0) process.stderr.write(`${NAME}: no files matched ${paths.join(' ')}\n`);
  const summary = summarise(reports);
  const exitCode = inputs.length === 0 ? 2 : exitCodeOf(reports, options.failOn);
  const destination = options.output;
  const colour = destination === undefined && (options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const text =
    options.format === 'json'
      ? formatJson(reports, summary, { name: NAME, version: manifest.version }, exitCode)
      : options.format === 'sarif'
        ? formatSarif(
            reports,
            { name: NAME, version: manifest.version, informationUri: docsUri, helpUri: `${docsUri.replace(/#.*$/, '')}#diagnostics` },
            process.cwd(),
            exitCode,
          )
        : formatText(reports, summary, colour);
  if (destination === undefined) {
    process.stdout.write(text);
    return exitCode;
  }
  try {
    fs.writeFileSync(destination, text);
  } catch (error) {
    process.stderr.write(`${NAME}: could not write ${destination}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return exitCode;
}

function fileOptions(options: Omit<FileOptions, 'encoding' | 'fixes'>, scanOptions: ScanOptions): FileOptions {
  return {
    ...options,
    fixes: scanOptions.format !== 'text',
    today: scanOptions.today ?? Date.now(),
    ...(scanOptions.encoding ? { encoding: scanOptions.encoding } : {}),
  };
}

function repair(dump: string, options: { out: string; store?: string; user?: boolean; encoding?: Encoding }): number {
  const unknownStore =
    options.store !== undefined || options.user !== undefined
      ? { ...(options.store !== undefined ? { store: options.store } : {}), ...(options.user !== undefined ? { userKey: options.user } : {}) }
      : undefined;
  const outcome = runRepair(dump, { out: options.out, ...(options.encoding ? { encoding: options.encoding } : {}), ...(unknownStore ? { unknownStore } : {}) });
  if (!outcome.ok) {
    process.stderr.write(`${NAME}: ${outcome.reason}\n`);
    return outcome.exitCode;
  }
  for (const file of outcome.written)
    process.stdout.write(
      `${file.file}${file.alreadyWritten ? ' (already written, same content)' : ''}${file.command ? `\n    ${file.command}` : ''}${file.note ? `\n    ${file.note}` : ''}\n`,
    );
  process.stdout.write(
    `${outcome.written.filter((f) => !f.alreadyWritten).length} files written to ${path.resolve(options.out)}. Copy the folder to the CA and run repair-keyspec.cmd from an elevated prompt.\n`,
  );
  return 0;
}

/** `2026-12-01` as milliseconds since 1970 (midnight UTC); anything else is a usage error. */
function isoDay(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(time) || new Date(time).getUTCDate() !== Number(match[3])) throw new InvalidArgumentError('a day as YYYY-MM-DD');
  return time;
}

function program(): Command {
  const root = new Command(NAME)
    .description('Checks certutil -v -store dumps and certutil INF files for KSP keys whose KeySpec is not 0, and writes the repairs.')
    .version(manifest.version)
    .showHelpAfterError()
    .addHelpText('after', exitCodesHelp)
    .exitOverride();
  root
    .command('scan')
    .description('check dumps and INF files: files, folders (recursive), globs, or - for standard input')
    .argument('<paths...>', 'files, folders, globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(failLevels).default('error'))
    .option('--include <glob>', `files to read inside folders (repeatable; default: ${defaultIncludes.join(' ')})`, collect)
    .option('--exclude <glob>', 'files to leave out inside folders (repeatable)', collect, [])
    .addOption(new Option('--encoding <encoding>', 'decode every file in this encoding instead of guessing from its bytes').choices(encodings))
    .option('-c, --config <file>', 'settings file to use instead of the nearest certutil-keyspec.json / .certutilrc.json')
    .option('-j, --jobs <count>', 'worker threads (default: one per core)', positiveInteger, defaultWorkerCount())
    .option('--worker-memory <MB>', 'heap limit of each worker; a file that needs more is reported as a read error', positiveInteger, 4096)
    .option('--color', 'colour in the text report even when it is not a terminal')
    .option('--no-color', 'no colour in the text report, even on a terminal')
    .option('--today <date>', 'judge validity (cert.expired, cert.expiring) as of this day, YYYY-MM-DD (default: today)', isoDay)
    .addHelpText('after', exitCodesHelp)
    .action(async (paths: string[], options: ScanOptions) => {
      process.exitCode = await scan(paths, options);
    });
  root
    .command('repair')
    .description('write the KeyProv INFs and repair scripts the editor writes for a dump, never over an existing file')
    .argument('<dump>', 'a certutil -v -store dump')
    .requiredOption('--out <folder>', 'folder to write the repair files to (created if missing)')
    .option('--store <name>', 'store name, only where the dump does not show its store (no header line)')
    .option('--user', 'the keys are user keys (certutil -user), only where the dump cannot tell')
    .addOption(new Option('--encoding <encoding>', 'decode the dump in this encoding instead of guessing').choices(encodings))
    .addHelpText('after', exitCodesHelp)
    .action((dump: string, options: { out: string; store?: string; user?: boolean; encoding?: Encoding }) => {
      process.exitCode = repair(dump, options);
    });
  for (const command of root.commands) command.exitOverride();
  return root;
}

async function main(): Promise<void> {
  try {
    await program().parseAsync(process.argv);
  } catch (error) {
    const code = (error as { code?: string; exitCode?: number }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
      process.exitCode = 0;
      return;
    }
    if (typeof code === 'string' && code.startsWith('commander.')) {
      process.exitCode = 2;
      return;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${NAME}: config: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${NAME}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}

void main();
