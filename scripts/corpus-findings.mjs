#!/usr/bin/env node
// Lints every configuration of the shared real-world corpus (../shared/corpus/real/) with the
// default versions and writes docs/corpus-findings.md: counts per rule, a judgement of each
// rule's false positives, and the findings themselves. Needs a build (npm run build).
//
//   node scripts/corpus-findings.mjs           write the document
//   node scripts/corpus-findings.mjs --check   fail if the committed document is stale
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const CORPUS = new URL('../shared/corpus/real/', ROOT);
const OUT = new URL('docs/corpus-findings.md', ROOT);

/**
 * One judgement per check that fires on the corpus, written after reading every finding.
 * A check without a judgement makes generation fail, so a new rule cannot slip in unjudged.
 */
export const JUDGEMENTS = {
  schema:
    'All genuine, as reviewed file by file in schema/corpus-check.md: numeric passwords, `create_replica_methods` as a mapping, unrendered template placeholders where host:port is expected, values of the wrong type.',
  'deprecated-key':
    'No false positives. The errors are all `bootstrap.users`, which Patroni 4.0 and later no longer read (the default version is 4.1): on 4.x those roles are never created, a real problem for a config written for 3.x; with `--patroni-version 3.3` they are warnings. The warnings are keys Patroni still reads but has deprecated, most of them `bootstrap.pg_hba`.',
  'replica-method-section': 'Genuine: `pgbackrest` is listed in create_replica_methods with no section anywhere, so Patroni runs `pgbackrest --scope=... --role=replica ...` and it fails.',
  'tool-default-params': 'Genuine: pgBackRest as a replica method without `no_params` (one of them is the method without a section above, also reported by replica-method-section).',
  'user-options': 'Genuine: a boolean (`verbose: true`) and an integer (`wal-segsize: 64`) as option values; Patroni 3.0.3 and later pass values through shlex.split, which raises on a non-string.',
  'unknown-key':
    'No false positives found: every key is one Patroni does not read at that place. The suggestions were checked too: GUCs written directly under `bootstrap.dcs.postgresql` (belong in `parameters`), dynamic settings at the top level or in a DCS section (belong in `bootstrap.dcs`), `restapi.username`/`password` (belong in `restapi.authentication`). Generic names (`username`, `host`, ...) get no suggestion outside their own section, since a guess there would mislead.',
  'missing-key':
    'Warnings by design: the keys are required by `patroni --validate-config` and needed at run time, but many corpus files are templates or container configs completed by `PATRONI_*` variables (the message names the variable; `--env-file` applies them). Against the file alone each one is accurate; whether it is a problem depends on the deployment.',
  'connect-address':
    'Accurate but often intended: most are demo clusters with every member on one host (Patroni\'s own postgres0.yml style, 127.0.0.1 with distinct ports), where loopback works. That is why the rule is a warning; `patroni --validate-config` refuses all of them.',
  'unused-method-section':
    'Genuine: mostly `bootstrap.postgresql` (meant as `bootstrap.dcs.postgresql`), `bootstrap.slots`, and method sections (`wal_e`, `backup`) that no create_replica_methods list names. Patroni ignores each.',
  'duplicate-key': 'Genuine: the same key twice in one mapping; PyYAML keeps the second value.',
  'validate-config-strict': 'Accurate: `--validate-config` refuses each (string booleans, an empty `consul.checks`, both `nosync` and `sync_priority`), while Patroni runs with them.',
  'value-range': 'Genuine: `ttl: 10`, `retry_timeout: 2` (Patroni raises them to 20 and 3), `maximum_lag_on_failover: -1`.',
  'recovery-settings': 'Genuine: recovery targets in `bootstrap.dcs.postgresql.recovery_conf`, which Patroni removes from a replica\'s settings, and a `recovery_conf` replaced by recovery settings found in `parameters`.',
  'command-shell': 'Genuine: a redirection (`>`) and a `${...}` expansion in method commands that Patroni runs without a shell.',
  'yaml11-value': 'Genuine: an unquoted `0600` that PyYAML reads as the octal number 384.',
  'empty-value': 'Accurate: an empty `consul.token` (no token is sent; harmless if the agent needs none, hence a warning).',
  'server-setting-unknown':
    'Genuine: `stats_temp_directory` in configs checked against the default PostgreSQL 17 (removed in 15; Patroni drops it, so the setting silently does nothing), and a `recovery_conf` section nested under `parameters` by mistake (Patroni drops it as an unknown setting, so its recovery settings never apply). With the PostgreSQL version these files were written for (often 12-14) the finding goes away, which is the point of checking per major.',
  'server-setting-value':
    'Genuine: `shared_buffers: 2G` and `effective_cache_size: 6G` (PostgreSQL units are case-sensitive and `G` is none; Patroni drops both settings, so the server starts with 128MB of shared buffers).',
  'server-setting-renamed':
    'Accurate, harmless in effect: `wal_keep_segments` on PostgreSQL 17, which Patroni converts to `wal_keep_size` (segments x 16MB), hence a warning; most files predate PostgreSQL 13.',
  'cluster-wide-setting':
    'Genuine: local cluster-wide settings Patroni ignores, some with a different value than the one used (Patroni\'s own postgres0.yml sets `max_wal_senders: 5` locally, PostgreSQL starts with 10; `max_connections: 9999` locally runs with 5000), `bootstrap.dcs` values below Patroni\'s minimum (`max_wal_senders: 2`, `max_replication_slots: 1`: 10 used), and `listen_addresses: \'*\'` overridden by `postgresql.listen`. When the ignored local value equals the one used the finding is a note (info): harmless, but it invites editing the wrong place.',
};

export function corpusFiles() {
  return readdirSync(CORPUS).filter((f) => /\.ya?ml(\.example)?$/.test(f)).sort();
}

/** Every diagnostic of the corpus with the default versions, file names relative to the corpus. */
export async function lintCorpus() {
  const { lintLoaded, resolveVersions } = await import(new URL('dist/src/api.js', ROOT).href);
  const { loadConfigPath } = await import(new URL('dist/src/load/load-config.js', ROOT).href);
  const versions = resolveVersions({});
  const out = [];
  for (const f of corpusFiles()) {
    for (const d of lintLoaded(loadConfigPath(new URL(f, CORPUS).pathname), versions)) out.push({ ...d, file: f });
  }
  return out;
}

const esc = (s) => s.replace(/\|/g, '\\|').replace(/`/g, "'");

export async function generate() {
  const list = await lintCorpus();
  const files = corpusFiles();
  const ids = [...new Set(list.map((d) => d.ruleId))];
  const unjudged = ids.filter((id) => !JUDGEMENTS[id]);
  if (unjudged.length) throw new Error(`no judgement for ${unjudged.join(', ')}: add one to scripts/corpus-findings.mjs`);
  const order = ['error', 'warning', 'info'];
  const stats = ids.map((id) => {
    const of = list.filter((d) => d.ruleId === id);
    const count = (s) => of.filter((d) => d.severity === s).length;
    return { id, files: new Set(of.map((d) => d.file)).size, error: count('error'), warning: count('warning'), info: count('info') };
  }).sort((a, b) => b.error - a.error || b.warning - a.warning || (a.id < b.id ? -1 : 1));
  const clean = files.filter((f) => !list.some((d) => d.file === f)).length;
  const lines = [
    '# What the linter finds in the real-world corpus',
    '',
    `Generated by \`scripts/corpus-findings.mjs\` (run \`npm run build\` first) from \`patroni-plan lint\` with the default versions (Patroni 4.1, PostgreSQL 17) over the ${files.length} public configurations of \`../shared/corpus/real/\` (sources in its MANIFEST.tsv). Nobody on this project wrote them; many are tutorials, templates or container configs completed by environment variables. \`test/corpus/corpus.test.ts\` lints the same files and fails when the number of errors of any rule changes, so a new false positive cannot land unnoticed.`,
    '',
    `${clean} files have no finding at all; ${list.filter((d) => d.severity === 'error').length} errors and ${list.filter((d) => d.severity === 'warning').length} warnings in the others.`,
    '',
    '| rule | files | errors | warnings | false positives |',
    '| --- | --- | --- | --- | --- |',
    ...stats.map((s) => `| [\`${s.id}\`](rules/${s.id}.md) | ${s.files} | ${s.error} | ${s.warning} | ${/^(No false positives|Genuine|All genuine|Accurate: [^,]*$)/.test(JUDGEMENTS[s.id]) ? 'none found' : 'see below'} |`),
    '',
    '## Per rule',
  ];
  for (const s of stats) {
    lines.push('', `### ${s.id}`, '', JUDGEMENTS[s.id], '');
    const of = list.filter((d) => d.ruleId === s.id).sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    if (of.length > 25) {
      const byMessage = new Map();
      for (const d of of) {
        const key = `${d.severity} ${d.message}`;
        byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
      }
      lines.push('| count | finding |', '| --- | --- |', ...[...byMessage].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([m, n]) => `| ${n} | ${esc(m)} |`));
    } else {
      lines.push(...of.map((d) => `- \`${d.file}:${d.line}\` ${d.severity}: ${esc(d.message)}`));
    }
  }
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    const stale = readFileSync(OUT, 'utf8') !== text;
    if (stale) console.error('docs/corpus-findings.md is stale: run node scripts/corpus-findings.mjs');
    process.exitCode = stale ? 1 : 0;
  } else {
    writeFileSync(OUT, text);
    console.log('wrote docs/corpus-findings.md');
  }
}
