import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli, readJson } from '../helpers.js';

const { version } = readJson<{ version: string }>('package.json');

test('--version and -V print the version of package.json and exit 0', () => {
  for (const flag of ['--version', '-V']) {
    const r = cli([flag]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${version}\n`);
    assert.equal(r.stderr, '');
  }
});

test('SARIF names the same version as tool.driver.version', () => {
  const r = cli(['lint', '--format', 'sarif', 'fixtures/lint/mistakes.yml']);
  const sarif = JSON.parse(r.stdout) as { runs: { tool: { driver: { version: string } } }[] };
  assert.equal(sarif.runs[0].tool.driver.version, version);
});
