import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadConfigPath } from '../../src/load/load-config.js';
import type { PyDict } from '../../src/py/value.js';
import { ROOT } from '../helpers.js';

/*
 * Hostile inputs are refused in bounded memory, and at all: a child still running after HANG_MS is a runaway (an
 * expansion that never ends), stopped and reported. That is a hang detector, not a timing: how fast a refusal is
 * belongs in bench/, where machines' noise is compared side by side (a 20 s bound here failed once under load).
 */
const HANG_MS = 180_000;
const RSS_MIB = 400;

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-limits-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number | null;
  output: string;
  hung: boolean;
  rssMiB: number;
}

/** The CLI in a child that reports its own peak resident memory after main() returns. */
/** `input` is standard input's text, or a file descriptor to give it (a device). */
function measured(args: string[], input?: string | Buffer | number): Run {
  const script = `const { main } = await import(${JSON.stringify(`${ROOT}dist/src/cli/main.js`)});
process.exitCode = await main(process.argv.slice(1));
process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n');`;
  const stdin = typeof input === 'number' ? { stdio: [input, 'pipe', 'pipe'] as ['pipe' | number, 'pipe', 'pipe'] } : { input: input ?? '' };
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { ...stdin, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: HANG_MS, killSignal: 'SIGKILL' });
  const hung = r.signal === 'SIGKILL';
  const m = /\nMAXRSS (\d+)\n$/.exec(r.stderr);
  return { code: r.status, output: r.stdout + r.stderr.replace(/\nMAXRSS \d+\n$/, ''), hung, rssMiB: m ? Number(m[1]) / 1024 : Infinity };
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

function assertRefused(r: Run, message: RegExp): void {
  assert.ok(r.code === 1 || r.code === 2, `exit ${r.code}: ${r.output.slice(0, 500)}`);
  assert.match(r.output, message);
  assert.doesNotMatch(r.output, /^\s+at .+:\d+:\d+\)?$/m, 'a stack trace');
  assert.equal(r.hung, false, `still running after ${HANG_MS / 1000} s: a runaway`);
  assert.ok(r.rssMiB < RSS_MIB, `peak memory ${r.rssMiB.toFixed(0)} MiB`);
}

const billionLaughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  .concat('bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`))
  .join('\n');

test('an alias bomb is refused at the alias that crosses the limit', () => {
  const r = measured(['lint', file('bomb.yml', `${billionLaughs}\n`)]);
  assertRefused(r, /bomb\.yml:\d+:\d+: error input-too-large .*alias/);
});

test('deep nesting, in block, flow and compact list form, is refused before the parser recurses', () => {
  const block = Array.from({ length: 700 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';
  for (const [name, text] of [
    ['block.yml', block],
    ['flow.yml', `a: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`],
    ['compact.yml', `${'- '.repeat(200_000)}x\n`],
    ['mixed.yml', `a: ${'{b: ['.repeat(50_000)}\n`],
  ]) {
    assertRefused(measured(['lint', file(name!, text!)]), new RegExp(`${name!.replace('.', '\\.')}:\\d+:\\d+: error input-too-large .*(nest|deep)`));
  }
});

test('a very long line under the size limit is read; one over it is refused', () => {
  const long = measured(['lint', '--format', 'json', file('long.yml', `scope: ${'x'.repeat(3_000_000)}\n`)]);
  assert.ok(long.code === 0 || long.code === 1, long.output.slice(0, 300));
  assert.ok(!long.hung && long.rssMiB < RSS_MIB, `${long.hung ? 'a runaway, ' : ''}${long.rssMiB.toFixed(0)} MiB`);
  assertRefused(measured(['plan', file('longer.yml', `scope: ${'x'.repeat(5 * 1024 * 1024)}\n`)]), /longer\.yml:1:1: error input-too-large .*4 MiB/);
});

test('a file, standard input or a device over the size limit is refused without reading it all', () => {
  const comments = '# padding\n'.repeat(500_000);
  assertRefused(measured(['lint', file('big.yml', `scope: s\n${comments}`)]), /big\.yml:1:1: error input-too-large .*over the limit of 4 MiB/);
  assertRefused(measured(['lint', '-'], `scope: s\n${comments}`), /<stdin>:1:1: error input-too-large .*4 MiB/);
  assertRefused(measured(['lint', '-'], Buffer.alloc(8 * 1024 * 1024)), /<stdin>:1:1: error input-too-large .*4 MiB/);
  // A device named as the input is no regular file: refused before a byte is read (bounded-reads.test.ts).
  assertRefused(measured(['plan', '/dev/zero']), /\/dev\/zero: a character device, not a regular file/);
  // As standard input a device is read up to the limit.
  const zero = openSync('/dev/zero', 'r');
  try {
    assertRefused(measured(['plan', '-'], zero), /<stdin>:1:1: error input-too-large .*4 MiB/);
  } finally {
    closeSync(zero);
  }
});

test('a configuration directory is refused at the file that takes it over 32 MiB in all, the files after it unread', () => {
  // Nine files just under the per-file limit: 35 MiB. Sixty of them were read whole, a gigabyte once parsed.
  const dir = join(work, 'big.d');
  mkdirSync(dir);
  const padding = '# padding\n'.repeat(390_000);
  writeFileSync(join(dir, '00-base.yml'), `scope: s\n${padding}`);
  for (let i = 1; i <= 8; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}-more.yml`), `name: n${i}\n${padding}`);
  const r = measured(['lint', '--format', 'json', dir]);
  assertRefused(r, /08-more\.yml.*input-too-large|input-too-large[\s\S]*08-more\.yml/);
  assert.match(r.output, /over the limit of 32 MiB for a directory/);
  assert.doesNotMatch(r.output, /0[1-7]-more\.yml/, 'the files under the total are read as usual');
});

test('thousands of findings on one line: the text output grows with the input, not with its square', () => {
  // 4,000 unknown keys in a one-line flow mapping: each finding quoted the whole line (2,000 keys gave 122 MB).
  const keys = Array.from({ length: 4000 }, (_, i) => `k${i}: v${i}`).join(', ');
  const text = `scope: s\nrestapi: {listen: 0.0.0.0:8008, ${keys}}\n`;
  const r = measured(['lint', file('wide.yml', text)]);
  assert.equal(r.code, 0, r.output.slice(0, 500));
  assert.match(r.output, /unknown key 'k3999' in restapi/);
  assert.ok(r.output.length < 4000 * 400, `${r.output.length} characters of output`);
  assert.equal(r.hung, false, `still running after ${HANG_MS / 1000} s: a runaway`);
  assert.ok(r.rssMiB < RSS_MIB, `peak memory ${r.rssMiB.toFixed(0)} MiB`);
});

test('a configuration directory of 5,000 fragments is merged, keeping every key in order, in bounded memory', () => {
  // Each fragment sets one parameter: merging file by file into a fresh copy of the growing
  // dict was quadratic (33-44 s for these 5,000 before; about a second since). The time is
  // bench/scaling.mjs's (fragments, side by side); here, the merged result and the memory.
  const dir = join(work, 'conf.d');
  mkdirSync(dir);
  writeFileSync(join(dir, '00000-base.yml'), 'scope: s\nname: n\nrestapi:\n  listen: 0.0.0.0:8008\n  connect_address: 10.0.0.1:8008\npostgresql:\n  data_dir: /var/lib/pg\n  listen: 0.0.0.0:5432\n  connect_address: 10.0.0.1:5432\n');
  const names = Array.from({ length: 5000 }, (_, i) => `p${String(i + 1).padStart(5, '0')}`);
  for (const n of names) writeFileSync(join(dir, `${n}.yml`), `postgresql:\n  parameters:\n    custom.${n}: ${n}\n`);
  const r = measured(['lint', '--format', 'json', dir]);
  assert.ok(r.code === 0 || r.code === 1, r.output.slice(0, 500));
  assert.doesNotMatch(r.output, /"severity": "error"/);
  assert.equal(r.hung, false, `still running after ${HANG_MS / 1000} s: a runaway`);
  assert.ok(r.rssMiB < RSS_MIB, `peak memory ${r.rssMiB.toFixed(0)} MiB`);
  const postgresql = loadConfigPath(dir).root!.entries.find((e) => e.key.kind === 'str' && e.key.value === 'postgresql')!.value as PyDict;
  const parameters = postgresql.entries.find((e) => e.key.kind === 'str' && e.key.value === 'parameters')!.value as PyDict;
  assert.deepEqual(parameters.entries.map((e) => (e.key.kind === 'str' ? e.key.value : '?')), names.map((n) => `custom.${n}`));
});
