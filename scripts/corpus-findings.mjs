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
    'All genuine, each checked against Patroni\'s code: numeric passwords, `create_replica_methods` as a mapping (its keys are run as methods, its options ignored), `protocol: etcd3` in the etcd section, a misspelt `nosync` value that counts as true. The unrendered template placeholders where host:port or a number is expected are notes (info) since issue 25, each because its file is evidently a template (three or more template values) or because the value is just the `PATRONI_*` variable Patroni itself reads for that key; for the latter the message says that the variable, set in Patroni\'s environment, replaces the value, and what happens only without it. One message per value; errors inside sections Patroni never reads are folded into the unused-method-section or deprecated-key finding. The one warning is `standby_cluster: false`, which Patroni reads as meant and only `--validate-config` refuses.',
  'deprecated-key':
    'No false positives. The errors are all `bootstrap.users`, which Patroni 4.0 and later no longer read (the default version is 4.1): on 4.x those roles are never created, a real problem for a config written for 3.x; with `--patroni-version 3.3` they are warnings. The warnings are keys Patroni still reads but has deprecated, mostly `master_start_timeout` and the pre-`authentication` layout. `bootstrap.pg_hba` is no longer reported (91 warnings before issue 25): no release deprecates it, every release appends it after initdb, and the replacement the message named would have replaced pg_hba.conf instead of appending to it.',
  'replica-method-section': 'Genuine: `pgbackrest` is listed in create_replica_methods with no section anywhere, so Patroni runs `pgbackrest --scope=... --role=replica ...` and it fails.',
  'tool-default-params': 'Genuine: pgBackRest as a replica method without `no_params` (one of them is the method without a section above, also reported by replica-method-section).',
  'user-options': 'Genuine: a boolean (`verbose: true`) and an integer (`wal-segsize: 64`) as option values; Patroni 3.0.3 and later pass values through shlex.split, which raises on a non-string.',
  'unknown-key':
    'No false positives found: every key is one Patroni does not read at that place. The suggestions were checked too: GUCs written directly under `bootstrap.dcs.postgresql` (belong in `parameters`), dynamic settings at the top level or in a DCS section (belong in `bootstrap.dcs`), `restapi.username`/`password` (belong in `restapi.authentication`). Generic names (`username`, `host`, ...) get no suggestion outside their own section, since a guess there would mislead. A missing indent that leaves a section empty is one warning naming the stray keys (two files: `bootstrap.dcs.postgresql` and its `parameters`), not one per key; unknown keys inside sections Patroni never reads are folded into that section\'s finding. Since issue 25 a suggestion never names a deprecated place (`postgresql.name` for a `name`), one of two equally near places, a place that already holds a value (`scope` written again under `postgresql` while the top-level `scope` is set), nor `bootstrap.dcs.postgresql.<key>` while the local key is set; ten suggestions went for these reasons (55 before, 45 now), none of the remaining ones points where the key would not do what was meant.',
  'missing-key':
    'Accurate: each key is one `patroni --validate-config` requires, and the message now says only that, plus what Patroni itself does without it where its code says (stops without a DCS section or restapi.listen; publishes restapi.listen or localhost:port instead of a missing connect_address; takes name from postgresql.name). Many corpus files are templates or container configs completed by `PATRONI_*` variables: the message names the variable, and `--patroni-env` applies them.',
  'connect-address':
    'Accurate, often intended: most are demo clusters with every member on one host (Patroni\'s own postgres0.yml style, 127.0.0.1 with distinct ports), where loopback works, and the message says so; hence a warning. `patroni --validate-config` refuses every one (checked with Debian\'s 3.0.2).',
  'unused-method-section':
    'Genuine: mostly `bootstrap.postgresql` (meant as `bootstrap.dcs.postgresql`), `bootstrap.slots`, and method sections (`wal_e`, `backup`) that no create_replica_methods list names. Patroni ignores each. A known section put under `bootstrap` by mistake is no longer called a method section: the message says Patroni reads no such section there.',
  'duplicate-key': 'Genuine: the same key twice in one mapping; PyYAML keeps the second value. The message now says whether the values differ: four repeats with the same value (nothing lost, `lint --fix` removes them) and five with different ones (whole `postgresql` and `restapi` sections, `parameters`), which `lint --fix` leaves to the author since the last one is what Patroni uses but not evidently what was meant.',
  'validate-config-strict': 'Accurate: `--validate-config` refuses each (string booleans, an empty `consul.checks`, both `nosync` and `sync_priority`), while Patroni runs with them; the advice to write true or false keeps what Patroni does (it reads `on` as true), and `synchronous_mode: quorum` is never given that advice. Most are an empty `parameters:` (every key commented out, as in Patroni\'s own postgres0.yml of some releases), which Patroni reads as no parameters and the validator refuses (`patroni --validate-config` of Debian\'s 3.0.2 prints "postgresql.parameters is not a dictionary"), and one numeric REST API password.',
  'value-range': 'Genuine: `ttl: 10`, `retry_timeout: 2` (Patroni raises them to 20 and 3), `maximum_lag_on_failover: -1`.',
  'recovery-settings': 'Genuine: recovery targets in `bootstrap.dcs.postgresql.recovery_conf`, which Patroni removes from a replica\'s settings, and a `recovery_conf` replaced by recovery settings found in `parameters`. The note is `recovery_target_timeline: latest`, exactly what Patroni writes for a replica itself: harmless, and the message now says so.',
  'command-shell':
    'Genuine: `patroni-bootstrap>/var/log/bootstrap.log` (an error: shlex leaves it one word, a program that does not exist, so the bootstrap method cannot run) and a `${...}` expansion in a method command that Patroni runs without a shell.',
  'dcs-timeouts':
    'Genuine, each computed as config.Config._validate_and_adjust_timeouts does (3.2 and later): retry_timeout of 30 with ttl 30 or 60, and a ttl of 10 (raised to 20) with retry_timeout 10; Patroni rewrites loop_wait and retry_timeout to the values shown and logs a warning at every start.',
  'misspelt-key':
    'Genuine: `no_paramas` in a bootstrap method section (Patroni passes `--no_paramas=...` to pgBackRest, and `no_params` stays unset, so `--scope` and `--datadir` are passed too) and a `nosql` tag meant as `nosync` (Patroni publishes it as a custom tag).',
  'bootstrap-pg-hba':
    'Genuine: each file sets both `bootstrap.pg_hba` and `postgresql.pg_hba` (locally or in `bootstrap.dcs.postgresql`); ConfigHandler.append_pg_hba skips the bootstrap lines then, so only `postgresql.pg_hba` reaches pg_hba.conf.',
  'rejoin-without-fallback':
    'Genuine: none of these files turns on `use_pg_rewind` or `remove_data_directory_on_diverged_timelines` where Patroni reads them (local `postgresql` or `bootstrap.dcs.postgresql`); several write `use_pg_rewind: true` under `bootstrap.postgresql`, which Patroni ignores (unknown-key says where it belongs), and one lists `pg_rewind` as a replica method. After a failover their former primary starts on its own timeline and stays behind.',
  'rewind-credentials':
    'Accurate: `use_pg_rewind` without `authentication.rewind` on the default PostgreSQL 17, so pg_rewind connects to the new leader as the superuser; that works where pg_hba.conf lets the superuser in from the other members, hence a note (info), not a warning.',
  'relative-path':
    'Accurate, and intended in demo configs: most are `data/postgresqlN` from Patroni\'s own postgres0.yml style, started from a shell in the repository; run from systemd or a container image, the same file puts the data directory elsewhere. Also `../pgsql` paths of a Windows package and a raft `data_dir: .`.',
  'yaml11-value': 'Genuine: an unquoted `0600` that PyYAML reads as the octal number 384.',
  'dcs-sections':
    'Genuine: one file has a `consul` section at the top and an `etcd` section further down; Patroni takes the first present in its module order (consul before etcd, when python-consul is installed), so the etcd hosts are never read.',
  'synchronous-standby-names':
    'Genuine: `synchronous_standby_names: "FIRST 1 (*)"` in bootstrap.dcs with `synchronous_mode: true`; ConfigHandler.get_server_parameters leaves it out at every start and Patroni then writes the standbys it picks, so the value is never used.',
  'empty-value': 'Accurate: an empty `consul.token` (no token is sent; harmless if the agent needs none, hence a warning).',
  'server-setting-unknown':
    'Genuine: `stats_temp_directory` in configs checked against the default PostgreSQL 17 (removed in 15; Patroni drops it, so the setting silently does nothing), and a `recovery_conf` section nested under `parameters` by mistake (Patroni drops it as an unknown setting, so its recovery settings never apply). With the PostgreSQL version these files were written for (often 12-14) the finding goes away, which is the point of checking per major.',
  'server-setting-value':
    'Genuine: `shared_buffers: 2G` and `effective_cache_size: 6G` (PostgreSQL units are case-sensitive and `G` is none; Patroni drops both settings, so the server starts with 128MB of shared buffers).',
  'server-setting-renamed':
    'Accurate, harmless in effect: `wal_keep_segments` on PostgreSQL 17, which Patroni converts to `wal_keep_size` (segments x 16MB), hence a warning; most files predate PostgreSQL 13.',
  'unrendered-template':
    'Genuine, new with issue 25: values that are unrendered template text (`${PATRONI_NAME}`, `<host>`, `{{ get_private_ip() }}:5432`, `%(PATRONI_POSTGRESQL_DATA_DIR)s`) which the schema accepts, so nothing reported them before: member names, user names, passwords (never printed), hosts lists, pg_hba lines with `<subnet>` placeholders. Nearly all are notes, since their files are evidently templates (three or more template values) or the value is just the `PATRONI_*` variable Patroni reads for that key; the two warnings are a file with two `{{ get_private_ip() }}` addresses. Shell commands, `log.format` and values under keys Patroni ignores are exempt, and a value the schema or another check reports keeps that finding only.',
  'cluster-wide-setting':
    'Genuine: local cluster-wide settings Patroni ignores, some with a different value than the one used (Patroni\'s own postgres0.yml sets `max_wal_senders: 5` locally, PostgreSQL starts with 10; `max_connections: 9999` locally runs with 5000), `bootstrap.dcs` values below Patroni\'s minimum (`max_wal_senders: 2`, `max_replication_slots: 1`: 10 used), and `listen_addresses: \'*\'` overridden by `postgresql.listen`. When the ignored local value equals the one used the finding is a note (info): harmless, but it invites editing the wrong place.',
};

/** What the last judged change did to these findings, and why (kept until the next one replaces it). */
const CHANGES =
  'Changed by issue 25 (lint quality on unseen configurations), each finding read again: `deprecated-key` no longer calls `bootstrap.pg_hba` deprecated (91 warnings fewer; no release deprecates it). Unrendered template values are one finding each: `unrendered-template` is new (158 findings, values the schema accepts, such as `name: ${HOSTNAME}`), and in files that are evidently templates, or where the value is the `PATRONI_*` variable Patroni reads for the key, those and the schema\'s template findings are notes, not errors (34 schema errors became notes). The other changes are in wording: suggestions that named a deprecated or already set place are gone from `unknown-key`, `duplicate-key` says whether the values differ (and `--fix` removes only equal repeats), `unused-method-section` no longer calls `bootstrap.postgresql` a method section, and `recovery_target_timeline: latest` is a note saying Patroni writes exactly that.';

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

/** The judgement in a word for the table: every finding was read, and none is a false positive. */
function verdict(text) {
  if (/^(No false positives|Genuine|All genuine)/.test(text)) return 'genuine, no false positive';
  if (/^Accurate, (often )?intended|^Accurate, and intended/.test(text)) return 'accurate, often intended (a warning)';
  if (/^Accurate/.test(text)) return 'accurate, no false positive';
  throw new Error(`judgement must start with Genuine, All genuine, No false positives or Accurate: ${text.slice(0, 40)}`);
}

/**
 * What `lint --fix` does to the corpus with the default versions: per fixable check, the
 * findings it removed and the files it changed, from the library call `fix` on each file.
 */
export async function fixCorpus() {
  const { fix } = await import(new URL('dist/src/index.js', ROOT).href);
  const { lintLoaded, resolveVersions } = await import(new URL('dist/src/api.js', ROOT).href);
  const { loadConfigText } = await import(new URL('dist/src/load/load-config.js', ROOT).href);
  const rows = new Map();
  const row = (id) => rows.get(id) ?? rows.set(id, { removed: 0, files: new Set() }).get(id);
  let files = 0;
  for (const f of corpusFiles()) {
    const text = readFileSync(new URL(f, CORPUS), 'utf8');
    const r = fix(text, { file: f });
    if (r.text === text) continue;
    files++;
    for (const a of r.applied) row(a.ruleId).files.add(f);
    for (const d of lintLoaded(loadConfigText(f, text), resolveVersions({}))) row(d.ruleId).removed++;
    for (const d of r.remaining) row(d.ruleId).removed--;
  }
  return {
    files,
    rows: [...rows].filter(([, r]) => r.files.size > 0 || r.removed !== 0).map(([id, r]) => ({ id, removed: r.removed, files: r.files.size })).sort((a, b) => b.removed - a.removed || (a.id < b.id ? -1 : 1)),
  };
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
    `Generated by \`scripts/corpus-findings.mjs\` (run \`npm run build\` first) from \`patroni-plan lint\` with the default versions (Patroni 4.1, PostgreSQL 17) over the ${files.length} public configurations of \`../shared/corpus/real/\` (sources in its MANIFEST.tsv). Nobody on this project wrote them; many are tutorials, templates or container configs completed by environment variables. \`test/corpus/corpus.test.ts\` lints the same files and fails when the number of errors of any rule changes, so a new false positive cannot land unnoticed, and fails on any diagnostic worded in JSON Schema\'s terms. One mistake gives one diagnostic: schema errors are merged per value, errors inside unread sections are folded into the section\'s finding, a missing indent is one warning.`,
    '',
    `${clean} files have no finding at all; ${list.filter((d) => d.severity === 'error').length} errors, ${list.filter((d) => d.severity === 'warning').length} warnings and ${list.filter((d) => d.severity === 'info').length} notes in the others.`,
    '',
    CHANGES,
    '',
    '| rule | files | errors | warnings | notes | judgement (below, per rule) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...stats.map((s) => `| [\`${s.id}\`](rules/${s.id}.md) | ${s.files} | ${s.error} | ${s.warning} | ${s.info} | ${verdict(JUDGEMENTS[s.id])} |`),
    '',
    ...(await fixSection(list)),
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

async function fixSection(list) {
  const fixed = await fixCorpus();
  const of = (id) => list.filter((d) => d.ruleId === id).length;
  return [
    '## What `lint --fix` repairs',
    '',
    `\`lint --fix\` changes ${fixed.files} of the ${corpusFiles().length} files. The findings of a fixable rule that are left are those whose repair is not certain (see the rule's page). \`test/corpus/fix-corpus.test.ts\` checks on every file that fixing never makes the lint worse, and never changes the plan except by a fix whose finding said Patroni would misbehave.`,
    '',
    '| rule | findings | removed by --fix | files it fixed |',
    '| --- | --- | --- | --- |',
    ...fixed.rows.map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${of(r.id)} | ${r.removed} | ${r.files} |`),
  ];
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
