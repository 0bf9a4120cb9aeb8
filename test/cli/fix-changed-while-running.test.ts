import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readForFix, writeFixed } from '../../src/cli/lint-fix.js';
import { fix } from '../../src/fix/fix.js';
import { ROOT } from '../helpers.js';

/*
 * `lint --fix` reads a file, fixes it in memory, then replaces it. An edit saved in between
 * must not be lost: the file is replaced only if it is still what was read. The two phases
 * are called one after the other here, with the file changed between them: no timing.
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-fix-race-'));
after(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

function copy(): { dir: string; file: string } {
  const dir = join(work, `case-${n++}`);
  mkdirSync(dir);
  const file = join(dir, 'patroni.yml');
  copyFileSync(join(ROOT, 'fixtures/lint/mistakes.yml'), file);
  return { dir, file };
}

/** Phase one of --fix: read and fix. */
function readAndFix(file: string): { before: NonNullable<ReturnType<typeof readForFix>>; fixed: string } {
  const before = readForFix(file);
  assert.ok(before, 'the file reads');
  const fixed = fix(before.text, { file, pgVersion: '16' }).text;
  assert.notEqual(fixed, before.text, 'the fixture has something to fix');
  return { before, fixed };
}

const CHANGED = /patroni\.yml: changed while it was being fixed; nothing was written/;

function assertRefusedAndKept(dir: string, file: string, write: () => void, kept: string): void {
  assert.throws(write, (err: Error) => CHANGED.test(err.message) && !err.message.includes('\n'));
  assert.equal(readFileSync(file, 'utf8'), kept, 'the edit made meanwhile is still there');
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
}

test('a file left alone between the read and the write is replaced with the fixes', () => {
  const { file } = copy();
  const { before, fixed } = readAndFix(file);
  writeFixed(file, before, fixed);
  assert.equal(readFileSync(file, 'utf8'), fixed);
});

test('an edit saved in place between the read and the write is kept, and nothing is written', () => {
  const { dir, file } = copy();
  const { before, fixed } = readAndFix(file);
  const edited = `${before.text}# an edit saved meanwhile\n`;
  writeFileSync(file, edited);
  assertRefusedAndKept(dir, file, () => writeFixed(file, before, fixed), edited);
});

test('an edit that keeps the size and the modification time is caught by the content', () => {
  const { dir, file } = copy();
  const { before, fixed } = readAndFix(file);
  const st = statSync(file);
  const edited = before.text.replace('scope:', 'SCOPE:');
  assert.notEqual(edited, before.text);
  writeFileSync(file, edited);
  utimesSync(file, st.atime, st.mtime);
  assertRefusedAndKept(dir, file, () => writeFixed(file, before, fixed), edited);
});

test('a file replaced by another (an editor that saves by rename, git checkout), even with the same bytes, is not overwritten', () => {
  const { dir, file } = copy();
  const { before, fixed } = readAndFix(file);
  const other = join(dir, 'saved-by-editor');
  writeFileSync(other, before.text);
  renameSync(other, file);
  assertRefusedAndKept(dir, file, () => writeFixed(file, before, fixed), before.text);
});

test('a file removed between the read and the write is not created again', () => {
  const { dir, file } = copy();
  const { before, fixed } = readAndFix(file);
  rmSync(file);
  assert.throws(() => writeFixed(file, before, fixed), CHANGED);
  assert.deepEqual(readdirSync(dir), []);
});
