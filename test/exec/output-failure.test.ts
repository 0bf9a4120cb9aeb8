/**
 * Issue 20, item 3: standard output or standard error that cannot be written (`> /dev/full`)
 * stops a run as a signal does: the running program and what it started are stopped, the
 * pgpass file and the password file's directory are removed, what a failed bootstrap created
 * is removed, and exec exits 130. It used to exit 2 at once and leave all of it behind.
 */
import assert from 'node:assert/strict';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { StandIns } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
  // `nap` is sleep under a name of the scratch directory, so that a left-over one is found by its command line.
  symlinkSync(existsSync('/bin/sleep') ? '/bin/sleep' : '/usr/bin/sleep', join(s.dir, 'bin', 'nap'));
});
afterEach(() => {
  for (const pid of programsOfTheTest()) process.kill(pid, 'SIGKILL');
  s.dispose();
});

const CLONE = 'postgres://127.0.0.1:5498/postgres';
const lastArgIsDataDir = 'eval "d=\\${$#}"';

/** Says on standard error that it runs (so a broken standard error shows while it runs), then sleeps. */
const napping = (): string => `echo $$ > "${s.dir}/child.pid"\necho "restoring" >&2\n"${s.dir}/bin/nap" 60`;

const BRANCHES = {
  'a replica built by a custom method (the pgpass file)': () => {
    s.program('sleeper', napping());
    return [s.config({ extra: `  create_replica_methods: [sleeper]\n  sleeper: {command: '${s.dir}/bin/sleeper'}\n` }), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE];
  },
  'a bootstrap by initdb (the password file)': () => {
    s.program('initdb', `${lastArgIsDataDir}\nmkdir -p "$d" && echo 15 > "$d/PG_VERSION"\n${napping()}`);
    return [s.config(), '--branch', 'bootstrap', '--pg-version', '15'];
  },
};

/** Live processes (zombies are dead, only not yet reaped) for which `match` holds, from /proc. */
function liveProcesses(match: (pid: string, stat: { state: string; group: number }) => boolean): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // "pid (command) state ppid pgrp ...": the command may hold spaces and parentheses.
      const [state, , group] = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      if (state !== 'Z' && match(pid, { state: state!, group: Number(group) })) found.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Processes running a program of the scratch directory (the stand-in, its nap), found by command line. */
function programsOfTheTest(): number[] {
  const marker = `${s.dir}/bin/`;
  return liveProcesses((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false;
    }
  });
}

for (const stream of ['stdout', 'stderr'] as const) {
  for (const [branch, args] of Object.entries(BRANCHES)) {
    test(`standard ${stream === 'stdout' ? 'output' : 'error'} to /dev/full during ${branch}: children stopped, secrets removed, exit 130`, () => {
      const full = openSync('/dev/full', 'w');
      let r: ReturnType<StandIns['exec']>;
      try {
        r = s.exec(args(), 30_000, { [stream]: full });
      } finally {
        closeSync(full);
      }
      const said = `${r.stdout}${r.stderr}`;
      assert.equal(r.code, 130, `exit code (null: still running when the test's time ran out): ${said}`);
      assert.deepEqual(programsOfTheTest(), [], 'no program of the run is left running');
      // The stand-in writes its pid with a shell redirection: stopped between the file's creation and the write, it
      // leaves an empty file, and Number('') is 0, the process group of the kernel's threads.
      const group = existsSync(join(s.dir, 'child.pid')) ? Number(readFileSync(join(s.dir, 'child.pid'), 'utf8')) : 0;
      if (Number.isInteger(group) && group > 0) {
        assert.deepEqual(liveProcesses((_, stat) => stat.group === group), [], "nothing of the child's process group is left");
      }
      assert.equal(existsSync(join(s.dir, 'pgpass')), false, 'no pgpass file is left');
      assert.deepEqual(readdirSync(s.tmp), [], 'no password file directory is left');
      assert.equal(existsSync(join(s.dir, 'data')), false, 'nothing of the data directory is left');
      if (stream === 'stdout') assert.match(r.stderr, /cannot write standard output: .*ENOSPC/);
      if (stream === 'stderr') assert.match(r.stdout, /cleanup: removed /);
    });
  }
}
