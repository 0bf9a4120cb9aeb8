/**
 * action.yml, run as the runner runs a composite action: each `run:` step through
 * `bash --noprofile --norc -eo pipefail {0}`, in the workspace, with the step's `env:` (its `${{ inputs.* }}` and
 * `${{ github.action_path }}` evaluated) and the runner's GITHUB_* variables. Without GitHub: what the runner does
 * with the output (annotations from `::error` lines, outputs from $GITHUB_OUTPUT) is read here from the same text.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

interface Step { id?: string; shell: string; env?: Record<string, string>; run: string }
interface Action { inputs: Record<string, { description?: string; default?: string; required?: boolean }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

const scratch = mkdtempSync(join(tmpdir(), 'patroni-plan-action-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/** A workspace with two node files, each with mistakes (the README's). */
function workspace(): string {
  const ws = join(scratch, `ws${runs}`);
  mkdirSync(join(ws, 'deploy'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/lint/mistakes.yml'), join(ws, 'deploy/node1-patroni.yml'));
  copyFileSync(join(ROOT, 'fixtures/lint/mistakes.yml'), join(ws, 'deploy/node2-patroni.yml'));
  return ws;
}

function evaluate(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.action_path') return ROOT;
    const input = /^inputs\.([\w-]+)$/.exec(expr)?.[1];
    assert.ok(input !== undefined && input in action.inputs, `an expression the test does not know: ${expr}`);
    return inputs[input]!;
  });
}

/** The action's steps in order, stopping at the first that fails, as the runner does. */
function runAction(given: Record<string, string>): { failed: number | null; stdout: string; outputs: Record<string, string>; ws: string } {
  runs += 1;
  const ws = workspace();
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const outputFile = join(scratch, `output${runs}`);
  writeFileSync(outputFile, '');
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|GITHUB_|INPUT_)/i.test(k)));
  let stdout = '';
  const stepOutputs: Record<string, Record<string, string>> = {};
  for (const [i, step] of action.runs.steps.entries()) {
    assert.equal(step.shell, 'bash');
    const script = join(scratch, `step${runs}-${i}.sh`);
    writeFileSync(script, step.run);
    const env: NodeJS.ProcessEnv = { ...base, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: scratch };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, inputs);
    writeFileSync(outputFile, '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: ws, env, encoding: 'utf8' });
    stdout += r.stdout;
    if (step.id) stepOutputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
    if (r.status !== 0) return { failed: r.status, stdout, outputs: {}, ws };
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, o]) => [k, o.value.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/, (_, id: string, name: string) => stepOutputs[id]?.[name] ?? '')]));
  return { failed: null, stdout, outputs, ws };
}

const checkout = (args: string[], cwd: string): string => spawnSync(process.execPath, [join(ROOT, 'bin/patroni-plan.cjs'), ...args], { cwd, encoding: 'utf8' }).stdout;

test('action.yml is a composite action whose inputs have descriptions', () => {
  assert.equal(action.runs.using, 'composite');
  assert.ok(action.inputs.files?.required);
  for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, name);
  for (const step of action.runs.steps) assert.doesNotMatch(step.run, /\$\{\{/, 'an expression pasted into a script can inject shell code: pass it in env');
});

test('by default: annotations for every file a glob names, and the job fails on errors', () => {
  const r = runAction({ files: 'deploy/*.yml', 'pg-version': '16' });
  assert.equal(r.failed, 1);
  const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.equal(annotations.join('\n') + '\n', checkout(['lint', '--format', 'github', '--pg-version', '16', 'deploy/node1-patroni.yml', 'deploy/node2-patroni.yml'], r.ws));
  for (const file of ['deploy/node1-patroni.yml', 'deploy/node2-patroni.yml']) {
    assert.ok(annotations.some((a) => a.startsWith(`::error file=${file},line=10,`) && a.includes('bootstrap-method-fallback')), file);
  }
});

test('SARIF for upload-sarif, with fail: false, and the exit code as an output', () => {
  const r = runAction({ files: 'deploy/node1-patroni.yml\ndeploy/node2-patroni.yml', format: 'sarif', output: 'patroni-plan.sarif', fail: 'false' });
  assert.equal(r.failed, null);
  assert.equal(r.outputs['exit-code'], '1');
  const sarif = JSON.parse(readFileSync(join(r.ws, 'patroni-plan.sarif'), 'utf8')) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  assert.equal(sarif.version, '2.1.0');
  const uris = new Set(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris].sort(), ['deploy/node1-patroni.yml', 'deploy/node2-patroni.yml']);
});

test('a file that is not there fails the step, whatever fail says; an input cannot run shell code', () => {
  const missing = runAction({ files: 'deploy/none-*.yml', fail: 'false' });
  assert.equal(missing.failed, 2);
  const hostile = runAction({ files: 'deploy/node1-patroni.yml;touch${IFS}pwned $(touch pwned2)', fail: 'false' });
  assert.equal(existsSync(join(hostile.ws, 'pwned')) || existsSync(join(hostile.ws, 'pwned2')), false);
});
