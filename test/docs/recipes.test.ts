/**
 * The CI and review recipes in docs/ run: every `patroni-plan ...` command line in their code
 * blocks (YAML `run:`/`- ` lines included) runs through sh in a scratch git repository whose
 * patroni.yml differs from its committed version, with `patroni-plan` on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

const PAGES = ['ci-github-actions.md', 'ci-gitlab.md', 'plan-review.md', 'upgrade-impact.md', 'pre-commit.md'];

/** Fenced code blocks of a page, with their info string. */
function blocks(page: string): { lang: string; text: string }[] {
  const md = readFileSync(join(ROOT, 'docs', page), 'utf8');
  return [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

function commands(page: string): string[] {
  const out: string[] = [];
  for (const b of blocks(page)) {
    if (b.lang === 'text' || b.lang === 'json') continue;
    for (const line of b.text.split('\n')) {
      const m = /^\s*(?:- |run: )?(patroni-plan .*)$/.exec(line);
      if (m) out.push(m[1]!);
    }
  }
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'patroni-plan-recipes-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function setUp(): { repo: string; env: NodeJS.ProcessEnv } {
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'patroni-plan'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/patroni-plan.cjs')}" "$@"\n`);
  chmodSync(join(bin, 'patroni-plan'), 0o755);
  const repo = join(scratch, 'repo');
  mkdirSync(repo);
  const env = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    BASE: 'HEAD',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: 'HEAD',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    NO_COLOR: '1',
  };
  const git = (...args: string[]): void => assert.equal(spawnSync('git', args, { cwd: repo, env }).status, 0);
  git('init', '-q');
  copyFileSync(join(ROOT, 'examples/barman-and-pgbackrest.yml'), join(repo, 'patroni.yml'));
  copyFileSync(join(ROOT, 'examples/barman-and-pgbackrest.yml'), join(repo, 'old-patroni.yml'));
  git('add', '.');
  git('commit', '-q', '-m', 'configs');
  const text = readFileSync(join(repo, 'patroni.yml'), 'utf8');
  assert.ok(text.includes("max-rate: '100M'"));
  writeFileSync(join(repo, 'patroni.yml'), `${text.replace("max-rate: '100M'", "max-rate: '50M'")}max_connections: 200\n`);
  return { repo, env };
}

test('every patroni-plan command in the CI and review recipes runs', () => {
  const { repo, env } = setUp();
  let total = 0;
  for (const page of PAGES.filter((p) => p !== 'pre-commit.md')) {
    const list = commands(page);
    assert.ok(list.length >= 2, `${page}: ${list.length} commands`);
    for (const cmd of list) {
      total += 1;
      const r = spawnSync('sh', ['-c', cmd], { cwd: repo, env, encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, `${page}: ${cmd}: exit ${r.status}\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /patroni-plan: |internal error/, `${page}: ${cmd}`);
    }
  }
  assert.ok(total >= 12, `${total} commands`);
  // What the recipes hand to GitHub and GitLab.
  const sarif = JSON.parse(readFileSync(join(repo, 'patroni-plan.sarif'), 'utf8')) as { version: string };
  assert.equal(sarif.version, '2.1.0');
  const quality = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as { check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
  assert.ok(Array.isArray(quality) && quality.length > 0);
  for (const q of quality) {
    assert.equal(q.location.path, 'patroni.yml');
    assert.match(q.fingerprint, /^[0-9a-f]{64}$/);
    assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(q.severity));
  }
  assert.match(readFileSync(join(repo, 'plan-diff.txt'), 'utf8'), /^- argv\[\d+\]: "--max-rate=100M"\n\+ argv\[\d+\]: "--max-rate=50M"$/m);
  assert.equal(JSON.parse(readFileSync(join(repo, 'plan-diff.json'), 'utf8')).same, false);
  assert.ok(existsSync(join(repo, 'upgrade-impact.txt')));
});

test('the pre-commit page configures hooks that .pre-commit-hooks.yaml has', () => {
  const ids = new Set((parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((h) => h.id));
  const configs = blocks('pre-commit.md').filter((b) => b.lang === 'yaml');
  assert.ok(configs.length >= 2);
  for (const b of configs) {
    const doc = parse(b.text) as { repos: { hooks: { id: string; files?: string }[] }[] };
    for (const h of doc.repos.flatMap((r) => r.hooks)) {
      assert.ok(ids.has(h.id), h.id);
      if (h.files) new RegExp(h.files);
    }
  }
});

test('the README links every recipe page', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const page of PAGES) assert.ok(readme.includes(`(docs/${page})`), page);
});
