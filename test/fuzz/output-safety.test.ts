/**
 * Part 6 of issue 7: whatever a dump (or a client) hands the writers, every KeyProv.inf either reads back
 * through this project's own INF parser as exactly the target's values, with no error or warning from its
 * own validator, or is refused with a reason; and every script line has one of a few known safe shapes, with
 * user text only where the shell takes it literally. Seeded: FUZZ_SEED=<n> replays a run.
 */

import * as assert from 'node:assert/strict';
import { repairFiles } from '../../server/src/service/repair/repairJob';
import { writeRepairInf, type RepairInfResult } from '../../server/src/service/repair/repairInf';
import { scriptEntries, writeRepairScripts, type ScriptEntry } from '../../server/src/service/repair/repairScript';
import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';
import { fuzzSeed, Random, withSeed } from './random';
import { infRoundTripProblem } from './roundTrip';

const cases = Number(process.env.FUZZ_CASES ?? 150) * 10;

// ---- generators ---------------------------------------------------------------------------------

/** Printable ASCII without the three characters a KeyProv.inf cannot carry: these must be accepted. */
const PLAIN = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).filter((c) => !'&"%'.includes(c));
/** What breaks INFs, cmd.exe and PowerShell. */
const HOSTILE = [
  '"',
  '&',
  '%',
  ';',
  "'",
  '`',
  '$(',
  '$',
  '^',
  '|',
  '<',
  '>',
  '!',
  '\\',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0085',
  '\u2028',
  '\ufeff',
  '\u00a0',
  '\ud800',
  '\udc00',
  '\ud83d\ude00',
  '{text}',
  '_continue_ = "',
  '"&KeySpec=2&"',
  '%PATH%',
  '\u201c',
  '\u2019',
  ' ',
];

function plainString(random: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += random.pick(PLAIN);
  return s.trim() === '' ? 'x' : s.trim();
}

/** A name from anywhere: plain, plain with a hostile piece, random code points (lone surrogates and controls included), or very long. */
function anyName(random: Random): string {
  switch (random.int(0, 7)) {
    case 0:
    case 1:
      return plainString(random, random.int(1, 60));
    case 2: {
      const base = plainString(random, random.int(1, 30));
      const at = random.int(0, base.length);
      return base.slice(0, at) + random.pick(HOSTILE) + base.slice(at);
    }
    case 3:
      return Array.from({ length: random.int(1, 20) }, () => (random.chance(0.5) ? random.codePoint() : random.codeUnit())).join('');
    case 4:
      return `${random.pick([' ', '\t', '\u00a0', '\u3000'])}${plainString(random, random.int(1, 20))}${random.chance(0.5) ? ' ' : ''}`;
    case 5:
      return plainString(random, random.int(1_000, 100_000));
    case 6:
      return random.pick([
        'Microsoft Software Key Storage Provider',
        'Contoso CA',
        'Fabrikam Issuing CA 1',
        'le-KeyTemplate-3f2a',
        '{6F1D2C3B-4A59}',
        'CA (2024) [old]',
        "O'Brien's key",
        'a=b',
        'x;y',
        'a\\',
        '\\\\server\\share',
      ]);
    default:
      return random.pick(['', ' ', '<container name>', 'YOUR_CONTAINER_NAME', '`name`', '\u0000', '\ud800', '😀', 'Ключ', '鍵']);
  }
}

function anySerial(random: Random): string {
  const hex = (n: number): string => Array.from({ length: n }, () => random.pick([...'0123456789abcdef'])).join('');
  switch (random.int(0, 5)) {
    case 0:
    case 1:
      return hex(random.int(2, 40));
    case 2:
      return hex(random.int(1, 40)).toUpperCase();
    case 3:
      return `${hex(4)} ${hex(4)}`;
    case 4:
      return hex(random.int(41, 5_000));
    default:
      return anyName(random);
  }
}

function anyStore(random: Random): string {
  return random.chance(0.7) ? random.pick(['my', 'MY', 'ca', 'Root', 'Remote Desktop', 'WebHosting']) : anyName(random);
}

function anyFlags(random: Random): number {
  return random.pick([0, 0x20, 0x20, 0x60, 0x1, random.int(0, 0xffffffff), 0xffffffff, 2 ** 32, 2 ** 40, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER]);
}

function anyTarget(random: Random): RepairTarget {
  const flags = anyFlags(random);
  const target: RepairTarget = {
    serial: anySerial(random),
    container: anyName(random),
    provider: random.chance(0.4) ? 'Microsoft Software Key Storage Provider' : anyName(random),
    flags,
    store: anyStore(random),
    userKey: random.chance(0.8) ? (flags & 0x20) === 0 : random.chance(0.5),
    isCA: random.chance(0.5),
  };
  const keySpec = random.pick<number | undefined>([0, 1, 2, 2, undefined, -1, 2 ** 33, 1.5, random.int(0, 0xffffffff)]);
  if (keySpec !== undefined) target.keySpec = keySpec;
  const providerType = random.pick<number | undefined>([0, 1, 24, undefined, -3, Number.NaN]);
  if (providerType !== undefined) target.providerType = providerType;
  if (random.chance(0.7)) target.subject = anyName(random);
  if (random.chance(0.5)) target.index = random.int(0, 1000);
  return target;
}

/** A target a real dump could give: plain hex serial, a plain store, printable names; only the subject is wild. */
function plausibleTarget(random: Random): RepairTarget {
  const userKey = random.chance(0.2);
  const name = (): string => {
    const s = plainString(random, random.int(1, 40)).replace(/[<>`]/g, '-');
    return /^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(s) ? `${s}x` : s;
  };
  const target: RepairTarget = {
    serial: Array.from({ length: random.int(2, 40) }, () => random.pick([...'0123456789abcdef'])).join(''),
    container: name(),
    provider: random.chance(0.5) ? 'Microsoft Software Key Storage Provider' : name(),
    flags: userKey ? 0 : 0x20,
    store: 'my',
    userKey,
    isCA: true,
    keySpec: random.pick([2, 2, 1, 0]),
  };
  if (random.chance(0.7)) target.providerType = random.pick([0, 1, 24]);
  if (random.chance(0.8)) target.subject = anyName(random);
  return target;
}

/** Mostly plausible targets (so that the writers get to write), some from anywhere. */
function batch(random: Random): RepairTarget[] {
  const targets = Array.from({ length: random.int(1, 4) }, () => (random.chance(0.85) ? plausibleTarget(random) : anyTarget(random)));
  // One store per batch most of the time, so that the writer gets past the store check.
  if (random.chance(0.8)) for (const t of targets) Object.assign(t, { store: targets[0].store, userKey: targets[0].userKey, flags: targets[0].flags });
  return targets;
}

/** A refusal says why, briefly, in plain text: no control characters and no Markdown link for a notification to render. */
function checkReason(reason: unknown): void {
  assert.ok(typeof reason === 'string' && reason.trim().length > 0, 'a refusal without a reason');
  assert.ok(reason.length < 600, `a refusal of ${reason.length} characters`);
  assert.ok(!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(reason), `a refusal with control characters: ${JSON.stringify(reason.slice(0, 200))}`);
  assert.ok(!/\[[^\]]*\]\(/.test(reason), `a refusal with a Markdown link: ${reason}`);
}

function anyFileName(random: Random, serial: string): string | undefined {
  switch (random.int(0, 5)) {
    case 0:
    case 1:
    case 2:
      return undefined;
    case 3:
      return `KeyProv-${serial}-${random.int(2, 99)}.inf`;
    case 4:
      return random.pick([
        '..\\..\\evil.inf',
        '../x.inf',
        'C:\\Windows\\x.inf',
        'a b.inf',
        'x.inf & del /q *',
        'x.inf\r\n[Properties]\r\n2 = "{text}KeySpec=2"',
        'x%PATH%.inf',
        "x'.inf",
        'NUL',
        '',
      ]);
    default:
      return anyName(random);
  }
}

// ---- the INF round trip (roundTrip.ts) --------------------------------------------------------

function checkInf(result: RepairInfResult, target: RepairTarget, fileName: string | undefined): void {
  if (!result.ok) {
    checkReason(result.reason);
    return;
  }
  if (fileName !== undefined) assert.equal(result.fileName, fileName);
  assert.match(result.fileName, /^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'the INF is named with characters a file system and a shell take plainly');
  const problem = infRoundTripProblem(result.text, target);
  assert.equal(problem, undefined, `written for ${JSON.stringify(target).slice(0, 400)}: ${problem}`);
}

// ---- the script checks -------------------------------------------------------------------------

const HEX = '[0-9a-f]+';
const STORE = '[A-Za-z][A-Za-z0-9 ]*';
const FILE = '[A-Za-z0-9][A-Za-z0-9._-]*';
const USER = '(?:-user )?';
/** Text of a `rem`, or of a comment in the ps1: no character cmd.exe or PowerShell reads specially. */
const COMMENT_TEXT = '[A-Za-z0-9 .,:_()=+{}/?"-]*';
/** The only lines of the cmd that start a program: the intended certutil calls and the elevation check. */
const cmdCalls: RegExp[] = [
  new RegExp(`^"%CERTUTIL%" ${USER}-v -store "${STORE}" "${HEX}" > "(?:%SCRATCH%|before-${HEX}\\.txt|after-${HEX}\\.txt)"$`),
  new RegExp(`^"%CERTUTIL%" ${USER}-repairstore "${STORE}" "${HEX}" "${FILE}"$`),
  new RegExp(`^"%CERTUTIL%" ${USER}-v -store "${STORE}" > "${FILE}"$`),
  /^"%SystemRoot%\\System32\\net\.exe" session >nul 2>&1$/,
];
/** The ps1's only program start, and the table rows that feed it. */
const psCall = '  $lines = @(& $certutil @Arguments)';
const psRow = new RegExp(`^    (?:Serial = '${HEX}'|Inf = '${FILE}'|Rollback = '${FILE}'|Before = 'before-${HEX}\\.txt'|After = 'after-${HEX}\\.txt')$`);

/** The same job with every free-text value (container, provider, subject) replaced by a plain word, one per distinct key. */
function neutral(entries: readonly ScriptEntry[]): ScriptEntry[] {
  const keys = new Map<string, number>();
  return entries.map((e) => {
    const key = `${e.target.provider}\u0000${e.target.container}`;
    if (!keys.has(key)) keys.set(key, keys.size);
    const k = keys.get(key)!;
    return { ...e, target: { ...e.target, container: `C${k}`, provider: `P${k}`, ...(e.target.subject === undefined ? {} : { subject: 'S' }) } };
  });
}

/**
 * Every line of both scripts is printable ASCII under 1,000 characters; container, provider and subject change
 * nothing but comment lines, and those only within a plain alphabet; every line that starts a program is one of
 * the intended certutil calls (and net session), with the serial, store and file names of their strict alphabets.
 */
function checkScripts(scripts: { cmd: string; ps1: string }, twin: { cmd: string; ps1: string }, entries: readonly ScriptEntry[]): void {
  for (const [kind, text, plain] of [
    ['cmd', scripts.cmd, twin.cmd],
    ['ps1', scripts.ps1, twin.ps1],
  ] as const) {
    assert.ok(text.endsWith('\r\n'), `the ${kind} script ends with a line break`);
    assert.ok(!/[^\x20-\x7e\r\n]/.test(text), `the ${kind} script holds only printable ASCII`);
    const lines = text.split('\r\n');
    const plainLines = plain.split('\r\n');
    assert.equal(lines.length, plainLines.length, `free text changed the shape of the ${kind} script`);
    lines.forEach((line, i) => {
      assert.ok(!/[\r\n]/.test(line), `a lone line break in the ${kind} script`);
      assert.ok(line.length < 1000, `a ${kind} line of ${line.length} characters: ${JSON.stringify(line.slice(0, 120))}`);
      if (line === plainLines[i]) return;
      const comment = kind === 'cmd' ? new RegExp(`^rem ${COMMENT_TEXT}$`) : new RegExp(`^ (?:Key container|  serial) ${COMMENT_TEXT}$`);
      assert.match(line, comment, `free text reached a ${kind} line that is not a comment`);
    });
  }
  const cmdLines = scripts.cmd.split('\r\n');
  const starts = cmdLines.filter(
    (l) => /^"|\.exe"? /.test(l) && !l.startsWith('echo ') && !l.startsWith('rem ') && !l.startsWith('set "') && !l.startsWith('if '),
  );
  for (const line of starts)
    assert.ok(
      cmdCalls.some((shape) => shape.test(line)),
      `a cmd line starts something other than the intended calls: ${JSON.stringify(line.slice(0, 200))}`,
    );
  assert.equal(
    starts.filter((l) => l.startsWith('"%CERTUTIL%"')).length,
    4 * entries.length + 1,
    'per certificate a read, a backup, a repair and a check (and the whole store at the end)',
  );
  const psLines = scripts.ps1.split('\r\n');
  assert.deepEqual(
    psLines.filter((l) => /(^|[\s(])&\s|Start-Process|Invoke-Expression|iex /.test(l)),
    [psCall],
  );
  for (const line of psLines.filter((l) => /^    (Serial|Inf|Rollback|Before|After) = /.test(l))) assert.match(line, psRow);
}

// ---- the properties -----------------------------------------------------------------------------

describe(`output safety: the INF and script writers on names from the whole of Unicode (FUZZ_SEED=${fuzzSeed})`, function () {
  this.timeout(60_000);
  const root = new Random(fuzzSeed ^ 0x6a09e667);

  it(`writeRepairInf: ${cases} targets either read back exactly and validate cleanly, or are refused with a reason`, () => {
    let written = 0;
    for (let k = 0; k < cases; k++) {
      const random = root.fork(k);
      withSeed(`writeRepairInf case ${k}`, random, () => {
        const target = random.chance(0.6) ? plausibleTarget(random) : anyTarget(random);
        const fileName = anyFileName(random, target.serial);
        const result = fileName === undefined ? writeRepairInf(target) : writeRepairInf(target, fileName);
        checkInf(result, target, fileName);
        if (result.ok) written++;
      });
    }
    // The generators must reach the writing path often, or the round trip proves nothing.
    assert.ok(written > cases / 10, `only ${written} of ${cases} targets were written`);
  });

  it('writeRepairInf writes the plain printable ASCII names it is given, punctuation included', () => {
    const random = root.fork(1_000_001);
    for (let k = 0; k < 300; k++) {
      withSeed(`plain case ${k}`, random, () => {
        const target: RepairTarget = {
          serial: '0a1b',
          container: plainString(random, random.int(1, 80)),
          provider: plainString(random, random.int(1, 80)),
          flags: 0x20,
          store: 'my',
          userKey: false,
          isCA: true,
        };
        // Template placeholders (`<name>`, YOUR_CONTAINER_NAME) may be refused: the validator would flag them.
        if (/<[^<>]+>|^`[^`]*`$/.test(target.container) || /<[^<>]+>|^`[^`]*`$/.test(target.provider)) return;
        const result = writeRepairInf(target);
        assert.ok(result.ok, `refused ${JSON.stringify(target)}: ${result.ok ? '' : result.reason}`);
        checkInf(result, target, undefined);
      });
    }
  });

  it(`writeRepairScripts: ${cases / 5} batches are refused with a reason, or every line has a safe shape`, () => {
    let written = 0;
    for (let k = 0; k < cases / 5; k++) {
      const random = root.fork(2_000_000 + k);
      withSeed(`writeRepairScripts case ${k}`, random, () => {
        const targets = batch(random);
        const entries: ScriptEntry[] = random.chance(0.7)
          ? scriptEntries(targets)
          : targets.map((target) => ({
              target,
              infFileName: anyFileName(random, target.serial) ?? 'KeyProv.inf',
              rollbackFileName: anyFileName(random, target.serial) ?? `rollback-${target.serial}.inf`,
            }));
        const afterDump = random.chance(0.7) ? undefined : (anyFileName(random, 'after') ?? 'machine-after.txt');
        const scripts = afterDump === undefined ? writeRepairScripts(entries) : writeRepairScripts(entries, afterDump);
        if (!scripts.ok) {
          checkReason(scripts.reason);
          return;
        }
        written++;
        const twin = afterDump === undefined ? writeRepairScripts(neutral(entries)) : writeRepairScripts(neutral(entries), afterDump);
        assert.ok(twin.ok, 'the plain twin of a written job was refused');
        checkScripts(scripts, twin, entries);
      });
    }
    assert.ok(written > cases / 20, `only ${written} batches were written`);
  });

  it('values of every length up to 100,000 characters in each field are refused past their limit, or give only short, safe lines', () => {
    const lengths = [1, 2, 63, 64, 65, 100, 259, 260, 261, 399, 400, 401, 999, 1_000, 8_190, 8_191, 8_192, 9_000, 32_768, 100_000];
    const random = root.fork(4_000_000);
    let written = 0;
    for (const field of ['container', 'provider', 'subject', 'store'] as const) {
      for (const length of lengths) {
        withSeed(`${field} of ${length} characters`, random, () => {
          const filler =
            field === 'store'
              ? 'a'
              : random.pick(['A', 'x & del *', '%PATH%', '" & calc & "', '^', 'a)b(', '!x!', "'$(x)'", '\r\n certutil -delstore my 0a1b \r\n']);
          const value = (field === 'store' ? 'm' : '') + filler.repeat(Math.ceil(length / filler.length)).slice(0, field === 'store' ? length - 1 : length);
          const base = plausibleTarget(random);
          const targets = [
            { ...base, [field]: value },
            { ...base, serial: `${base.serial}0` },
          ];
          const entries = scriptEntries(targets);
          const scripts = writeRepairScripts(entries);
          if (!scripts.ok) {
            checkReason(scripts.reason);
            return;
          }
          written++;
          const twin = writeRepairScripts(neutral(entries));
          assert.ok(twin.ok);
          checkScripts(scripts, twin, entries);
        });
      }
    }
    assert.ok(written > 20, `only ${written} were written`);
  });

  it(`repairFiles: ${cases / 5} jobs write only INFs that read back exactly and scripts of safe shapes, or refuse`, () => {
    let written = 0;
    for (let k = 0; k < cases / 5; k++) {
      const random = root.fork(3_000_000 + k);
      withSeed(`repairFiles case ${k}`, random, () => {
        const targets = batch(random);
        const taken = new Set<string>();
        const isTaken = (name: string): boolean => {
          if (random.chance(0.2)) taken.add(name);
          return taken.has(name);
        };
        const result = repairFiles({ targets, folder: 'file:///ws', scripts: true }, { inWorkspace: () => true, isTaken: (_folder, name) => isTaken(name) });
        if (!result.ok) {
          checkReason(result.reason);
          return;
        }
        written++;
        const infs = result.files.filter((f) => f.fileName.endsWith('.inf'));
        assert.equal(infs.length, 2 * targets.length, 'one KeyProv and one rollback INF per target');
        infs
          .filter((f) => f.fileName.startsWith('KeyProv-'))
          .forEach((file, i) => checkInf({ ok: true, fileName: file.fileName, text: file.text }, targets[i], undefined));
        const names = result.files.map((f) => f.fileName.toLowerCase());
        assert.equal(new Set(names).size, names.length, 'two files under one name');
        for (const file of result.files) assert.ok(!taken.has(file.fileName), `${file.fileName} was taken`);
        const rollbacks = result.files.filter((f) => f.fileName.startsWith('rollback-'));
        assert.equal(rollbacks.length, targets.length, 'one rollback INF per target');
        rollbacks.forEach((file, i) => {
          const problem = infRoundTripProblem(file.text, targets[i], { providerType: targets[i].providerType, keySpec: targets[i].keySpec });
          assert.equal(problem, undefined, `rollback for ${JSON.stringify(targets[i]).slice(0, 300)}: ${problem}`);
          assert.equal(file.command, undefined, 'a rollback INF offered as a command to run');
        });
        const twin = repairFiles(
          {
            targets: neutral(targets.map((target) => ({ target, infFileName: '', rollbackFileName: '' }))).map((e) => e.target),
            folder: 'file:///ws',
            scripts: true,
          },
          { inWorkspace: () => true, isTaken: (_folder, name) => taken.has(name) },
        );
        assert.ok(twin.ok, 'the plain twin of a written job was refused');
        const script = (files: readonly { fileName: string; text: string }[], ext: string): string => files.find((f) => f.fileName.endsWith(ext))!.text;
        checkScripts(
          { cmd: script(result.files, '.cmd'), ps1: script(result.files, '.ps1') },
          { cmd: script(twin.files, '.cmd'), ps1: script(twin.files, '.ps1') },
          targets.map((target) => ({ target, infFileName: '', rollbackFileName: '' })),
        );
      });
    }
    assert.ok(written > cases / 20, `only ${written} jobs were written`);
  });
});
