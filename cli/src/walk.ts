/**
 * The files a scan reads: files as given, folders walked recursively through `--include` / `--exclude`
 * globs (tinyglobby), a glob the shell did not expand (cmd.exe expands none), and `-` for standard input.
 * The order is the order of the arguments, each folder's files sorted, so every run reports alike.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** The files a folder walk reads when no `--include` is given: what certutil output and INFs are saved as. */
export const defaultIncludes = ['**/*.txt', '**/*.log', '**/*.out', '**/*.inf', '**/*.certdump'];

/** One input: a file on disk, standard input, or an argument that names nothing (a read error). */
export type Input = { kind: 'file'; file: string; shown: string } | { kind: 'stdin'; shown: '-' } | { kind: 'missing'; shown: string; error: string };

export interface WalkOptions {
  include: readonly string[];
  exclude: readonly string[];
}

export function inputsOf(args: readonly string[], options: WalkOptions, cwd = process.cwd()): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const absolute = path.resolve(cwd, file);
    // One report per file, however many links lead to it (a link back up the tree leads to every file again).
    const real = realPath(absolute);
    if (seen.has(real)) return;
    seen.add(real);
    inputs.push({ kind: 'file', file: absolute, shown: shownPath(absolute, cwd) });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', shown: '-' });
      continue;
    }
    const stat = statOf(path.resolve(cwd, arg));
    if (stat?.isDirectory()) {
      const folder = path.resolve(cwd, arg);
      for (const file of glob([...options.include], folder, options.exclude)) add(file);
    } else if (stat?.isFile()) {
      add(arg);
    } else if (stat) {
      inputs.push({ kind: 'missing', shown: arg, error: 'not a regular file or folder' });
    } else if (isDynamicPattern(arg)) {
      for (const file of glob([arg.replace(/\\/g, '/')], cwd, options.exclude)) add(file);
    } else {
      // A dangling link or a name that is not there: reported, and the rest of the scan goes on.
      inputs.push(
        isLink(path.resolve(cwd, arg))
          ? { kind: 'file', file: path.resolve(cwd, arg), shown: shownPath(path.resolve(cwd, arg), cwd) }
          : { kind: 'missing', shown: arg, error: 'no such file or folder' },
      );
    }
  }
  return inputs;
}

function glob(patterns: string[], cwd: string, exclude: readonly string[]): string[] {
  return globSync(patterns, { cwd, ignore: [...exclude], absolute: true, onlyFiles: true, dot: false, expandDirectories: false }).sort(byPath);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relative to the working folder when inside it, with forward slashes; absolute otherwise. */
export function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
