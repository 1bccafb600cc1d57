// Prepares the folder the e2e runs open: a fresh copy of workspace-template, so journeys can create
// and change files without touching the repository. The CRLF and UTF-16LE copies of machine.txt are
// made here rather than committed: they are what `certutil > file` writes on Windows (CRLF, and
// UTF-16LE with a BOM from Windows PowerShell 5.1's `>`), and git would show them as binary.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The bundles run from out/e2e and out/scripts, two folders below the root (as the sources are). */
export const projectRoot = path.resolve(__dirname, '..', '..');
const template = path.join(projectRoot, 'test', 'e2e', 'workspace-template');

/** Copies the template into `<parent>/workspace` and returns that folder. */
export function prepareWorkspace(parent: string): string {
  const folder = path.join(parent, 'workspace');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(template, folder, { recursive: true });
  const lf = fs.readFileSync(path.join(template, 'machine.txt'), 'utf8').replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  fs.writeFileSync(path.join(folder, 'machine-crlf.txt'), crlf);
  fs.writeFileSync(path.join(folder, 'machine-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]));
  // UTF-16BE with BOM (certutil -Unicode read through other tools) and UTF-8 with BOM (Out-File -Encoding utf8 in 5.1).
  fs.writeFileSync(path.join(folder, 'machine-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(crlf, 'utf16le').swap16()]));
  fs.writeFileSync(path.join(folder, 'machine-utf8bom'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
  return folder;
}
