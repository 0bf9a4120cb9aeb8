import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shellConstructs } from '../../src/rules/command-shell.js';
import { findings } from './helpers.js';

test('operators, redirections, expansions and tilde are found outside single quotes', () => {
  assert.deepEqual(shellConstructs('a && b | c > /tmp/x 2>&1'), ['&&', '|', '>', '2>', '&']);
  assert.deepEqual(shellConstructs('restore --to "$PGDATA" ~/x'), ['$PGDATA', '~']);
  assert.deepEqual(shellConstructs("x '$HOME && y' --a=\\$b"), []);
  assert.deepEqual(shellConstructs('PGUSER=x restore; echo `date`'), ['VAR=value prefix', ';', '`...`']);
});

test('a method command or hook written for a shell is reported, an explicit sh -c is not', () => {
  assert.deepEqual(findings('command-shell', 'bootstrap:\n  post_bootstrap: /bin/a && /bin/b\n'), [
    [2, 19, 'warning', "bootstrap.post_bootstrap uses '&&', which only a shell understands: Patroni splits the command with shlex and runs it without a shell, so the program gets them as plain arguments; wrap it as sh -c '...' or move it into a script"],
  ]);
  assert.equal(findings('command-shell', 'postgresql:\n  callbacks:\n    on_start: /bin/notify > /tmp/log\n').length, 1);
  assert.deepEqual(findings('command-shell', "bootstrap:\n  post_bootstrap: sh -c '/bin/a && /bin/b'\n"), []);
});

test('an operator glued to the program name is an error: shlex makes one word of it and no such program exists', () => {
  const got = findings('command-shell', 'bootstrap:\n  method: custom\n  custom:\n    command: patroni-bootstrap>/var/log/bootstrap.log\n');
  assert.equal(got.length, 1);
  assert.equal(got[0]![2], 'error');
  assert.match(got[0]![3], /^bootstrap\.custom\.command: shlex\.split leaves 'patroni-bootstrap>\/var\/log\/bootstrap\.log' as one word, so Patroni runs a program of that name, which does not exist: the command cannot run at all/);
});
