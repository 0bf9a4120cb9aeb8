import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

/** Runs the CLI with its standard output already closed by the reader, as `| head -1` does. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('a reader that closes the pipe early gets no EPIPE stack trace, and the exit code is still the command\'s', async () => {
  for (const [args, code] of [
    [['rules'], 0],
    [['plan', 'examples/barman-and-pgbackrest.yml'], 0],
    [['lint', 'fixtures/lint/mistakes.yml'], 1],
  ] as const) {
    const r = await withClosedStdout([...args]);
    assert.equal(r.stderr, '', `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.code, code, args.join(' '));
  }
});
