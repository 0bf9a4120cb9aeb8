#!/usr/bin/env node
// Generates the PostgreSQL version tables in src/facts/pg-*.ts, src/facts/pg-facts.sources.json
// and docs/pg-facts.md from a git clone of PostgreSQL.
//
//   node scripts/gen-pg-facts.mjs <postgres-git-dir> [--ref 9.6=REL9_6_24 ...] [--check]
//
// Only names, arities, option letters and accepted literal values are extracted; no PostgreSQL
// code is copied. --check regenerates in memory and fails if any committed file differs, so CI
// with a PostgreSQL clone can tell when the tables are stale.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MAJORS = [
  { major: '9.6', num: 90600, branch: 'REL9_6_STABLE', tag: /^REL9_6_(\d+)$/ },
  { major: '10', num: 100000, branch: 'REL_10_STABLE', tag: /^REL_10_(\d+)$/ },
  { major: '11', num: 110000, branch: 'REL_11_STABLE', tag: /^REL_11_(\d+)$/ },
  { major: '12', num: 120000, branch: 'REL_12_STABLE', tag: /^REL_12_(\d+)$/ },
  { major: '13', num: 130000, branch: 'REL_13_STABLE', tag: /^REL_13_(\d+)$/ },
  { major: '14', num: 140000, branch: 'REL_14_STABLE', tag: /^REL_14_(\d+)$/ },
  { major: '15', num: 150000, branch: 'REL_15_STABLE', tag: /^REL_15_(\d+)$/ },
  { major: '16', num: 160000, branch: 'REL_16_STABLE', tag: /^REL_16_(\d+)$/ },
  { major: '17', num: 170000, branch: 'REL_17_STABLE', tag: /^REL_17_(\d+)$/ },
  { major: '18', num: 180000, branch: 'REL_18_STABLE', tag: /^REL_18_(\d+)$/ },
];

const PATHS = {
  initdb: 'src/bin/initdb/initdb.c',
  basebackup: 'src/bin/pg_basebackup/pg_basebackup.c',
  xlog: 'src/backend/access/transam/xlog.c',
  gucDat: 'src/backend/utils/misc/guc_parameters.dat',
  gucTables: 'src/backend/utils/misc/guc_tables.c',
  guc: 'src/backend/utils/misc/guc.c',
  libpq: 'src/interfaces/libpq/fe-connect.c',
  compression: 'src/common/compression.c',
  recoveryGen: 'src/fe_utils/recovery_gen.c',
};

// The GUC groups whose members a standby or a point-in-time recovery is configured with.
const RECOVERY_GUC_GROUPS = new Set([
  'WAL_ARCHIVE_RECOVERY',
  'WAL_RECOVERY_TARGET',
  'WAL_RECOVERY',
  'REPLICATION_STANDBY',
]);

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const out = { gitDir: undefined, overrides: new Map(), check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (a === '--ref') {
      const v = argv[++i] ?? '';
      const m = /^([0-9.]+)=(.+)$/.exec(v);
      if (!m || !MAJORS.some((x) => x.major === m[1])) fail(`bad --ref ${v}; expected MAJOR=REF, e.g. 9.6=REL9_6_24`);
      out.overrides.set(m[1], m[2]);
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/gen-pg-facts.mjs <postgres-git-dir> [--ref MAJOR=REF ...] [--check]');
      process.exit(0);
    } else if (!out.gitDir) out.gitDir = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!out.gitDir) fail('usage: node scripts/gen-pg-facts.mjs <postgres-git-dir> [--ref MAJOR=REF ...] [--check]');
  return out;
}

function fail(msg) {
  console.error(`gen-pg-facts: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------- git

function git(gitDir, args) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function fileAt(gitDir, commit, path) {
  try {
    return git(gitDir, ['show', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

// A stable branch follows its last minor release, so it is preferred; a release tag is the
// fallback for clones that only carry tags.
function resolveRefs(gitDir, overrides) {
  const refs = git(gitDir, ['for-each-ref', '--format=%(refname)']).split('\n').filter(Boolean);
  return MAJORS.map((m) => {
    let ref = overrides.get(m.major);
    if (!ref) {
      ref =
        refs.find((r) => r === `refs/heads/${m.branch}`) ??
        refs.find((r) => r.startsWith('refs/remotes/') && r.endsWith(`/${m.branch}`));
    }
    if (!ref) {
      const tags = refs
        .filter((r) => r.startsWith('refs/tags/'))
        .map((r) => ({ r, m: m.tag.exec(r.slice('refs/tags/'.length)) }))
        .filter((x) => x.m)
        .sort((a, b) => Number(b.m[1]) - Number(a.m[1]));
      ref = tags[0]?.r;
    }
    if (!ref) fail(`no ${m.branch} branch or release tag for ${m.major}; pass --ref ${m.major}=REF`);
    const commit = git(gitDir, ['rev-parse', `${ref}^{commit}`]).trim();
    const date = git(gitDir, ['log', '-1', '--format=%cs', commit]).trim();
    const shortRef = ref.replace(/^refs\/(heads|tags|remotes\/[^/]+)\//, '');
    return { ...m, ref: shortRef, commit, date };
  });
}

// ---------------------------------------------------------------- extraction helpers

function sliceArray(src, startRe, what) {
  const m = startRe.exec(src);
  if (!m) throw new Error(`cannot find ${what}`);
  const start = m.index + m[0].length;
  const end = src.indexOf('\n};', start);
  const endInner = src.indexOf('};', start);
  const stop = Math.min(...[end, endInner].filter((x) => x >= 0));
  return src.slice(start, stop);
}

function cChar(lit) {
  // lit is 'x' or a decimal code; only printable letters can be short options.
  const m = /^'(.)'$/.exec(lit);
  return m ? m[1] : undefined;
}

// The getopt switch body: from the getopt_long call to its default branch.
function getoptRegion(src) {
  const start = src.indexOf('getopt_long(argc, argv,');
  if (start < 0) throw new Error('cannot find getopt_long call');
  const def = src.indexOf('default:', start);
  return src.slice(start, def < 0 ? undefined : def);
}

function optString(src) {
  const m = /getopt_long\(argc, argv, "([^"]*)"/.exec(src);
  if (!m) throw new Error('cannot find getopt option string');
  return m[1];
}

// Literal strings the option's case branch compares its argument with.
function caseValues(region, code) {
  const label = /^'.'$/.test(code) ? code : String(Number(code));
  const lines = region.split('\n');
  const idx = lines.findIndex((l) => new RegExp(`^\\s*case ${escapeRe(label)}:`).test(l));
  if (idx < 0) return { hasCase: false, values: [] };
  let i = idx + 1;
  while (i < lines.length && /^\s*case [^:]+:\s*$/.test(lines[i])) i++;
  const body = [];
  for (; i < lines.length; i++) {
    if (/^\s*(case [^:]+|default):/.test(lines[i])) break;
    body.push(lines[i]);
  }
  const text = body.join('\n');
  const values = new Set();
  for (const m of text.matchAll(/(?:pg_)?str(?:case|n)?cmp\(\s*optarg\s*,\s*"([^"]*)"/g)) values.add(m[1]);
  return { hasCase: true, values: [...values].sort() };
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------- per-version extraction

function extractOptions(src, what) {
  const body = sliceArray(src, /long_options\[\]\s*=\s*\{/, `${what} long_options[]`);
  if (/^\s*#/m.test(body)) throw new Error(`${what} long_options[] has preprocessor lines; extend the generator`);
  const optstr = optString(src);
  const region = getoptRegion(src);
  const out = [];
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    if (/^\{\s*NULL\s*,/.test(t)) break;
    const m = /^\{\s*"([^"]+)"\s*,\s*(no_argument|required_argument|optional_argument)\s*,\s*NULL\s*,\s*('.'|\d+)\s*\}/.exec(t);
    if (!m) throw new Error(`${what}: cannot read long option line: ${t}`);
    const letter = cChar(m[3]);
    const { hasCase, values } = caseValues(region, m[3]);
    // A letter counts as a short option only if getopt accepts it and the switch handles it.
    const short = letter && /[A-Za-z0-9]/.test(letter) && optstr.includes(letter) && hasCase ? letter : undefined;
    out.push({
      name: m[1],
      arg: { no_argument: 'none', required_argument: 'required', optional_argument: 'optional' }[m[2]],
      code: m[3],
      short,
      values,
    });
  }
  if (out.length === 0) throw new Error(`${what}: no long options found`);
  return out;
}

function extractRecoveryConf(xlogSrc) {
  if (!xlogSrc) return [];
  const start = xlogSrc.search(/^readRecoveryCommandFile\(/m);
  if (start < 0) return [];
  const end = xlogSrc.indexOf('\n}\n', start);
  const body = xlogSrc.slice(start, end);
  return [...new Set([...body.matchAll(/strcmp\(item->name, "([^"]+)"\)/g)].map((m) => m[1]))];
}

function extractGucs(read) {
  const dat = read(PATHS.gucDat);
  const out = new Map();
  if (dat) {
    for (const rec of dat.matchAll(/\{([^{}]*?name\s*=>\s*'[^']+'[^{}]*?)\}/g)) {
      const r = rec[1];
      const name = /name\s*=>\s*'([^']+)'/.exec(r)?.[1];
      const context = /context\s*=>\s*'(PGC_[A-Z_]+)'/.exec(r)?.[1];
      const group = /group\s*=>\s*'([A-Z_0-9]+)'/.exec(r)?.[1];
      if (name && context && group) out.set(name, { context, group });
    }
    return { file: PATHS.gucDat, gucs: out };
  }
  const tables = read(PATHS.gucTables);
  const file = tables && /\{\s*"[a-z_0-9.]+"\s*,\s*PGC_/.test(tables) ? PATHS.gucTables : PATHS.guc;
  const src = file === PATHS.gucTables ? tables : read(PATHS.guc);
  if (!src) throw new Error('cannot find the GUC tables');
  for (const m of src.matchAll(/\{\s*"([a-z_0-9.]+)"\s*,\s*(PGC_[A-Z_]+)\s*,\s*([A-Z_0-9]+)\s*,/g)) {
    if (!out.has(m[1])) out.set(m[1], { context: m[2], group: m[3] });
  }
  return { file, gucs: out };
}

function extractLibpq(src) {
  const body = sliceArray(src, /PQconninfoOptions\[\]\s*=\s*\{/, 'PQconninfoOptions[]');
  if (/^\s*#/m.test(body)) throw new Error('PQconninfoOptions[] has preprocessor lines; extend the generator');
  const out = [];
  for (const m of body.matchAll(/^\s*\{\s*"([a-z_0-9]+)"\s*,\s*(NULL|"([A-Z_0-9]+)")/gm)) {
    out.push({ keyword: m[1], env: m[3] });
  }
  if (out.length === 0) throw new Error('no libpq keywords found');
  // Legacy keywords libpq rewrites to a current one before looking it up (requiressl -> sslmode).
  const store = functionBody(src, /^conninfo_storeval\(/m);
  for (const m of store.matchAll(/strcmp\(keyword, "([a-z_0-9]+)"\) == 0\)\s*\{\s*keyword = "([a-z_0-9]+)"/g)) {
    out.push({ keyword: m[1], translatedTo: m[2] });
  }
  return out;
}

function extractCompress(bbSrc, read) {
  const region = getoptRegion(bbSrc);
  const lines = region.split('\n');
  const i = lines.findIndex((l) => /^\s*case 'Z':/.test(l));
  const branch = lines.slice(i, i + 12).join('\n');
  const range = /compresslevel < (\d+) \|\| compresslevel > (\d+)/.exec(branch);
  if (range && !/parse_compress/.test(branch)) {
    return { form: 'level', min: Number(range[1]), max: Number(range[2]) };
  }
  if (!/parse_compress_options/.test(branch)) throw new Error('unrecognised --compress handling; extend the generator');
  const comp = read(PATHS.compression) ?? '';
  const methods = [...comp.matchAll(/strcmp\(name, "([a-z0-9]+)"\)/g)].map((m) => m[1]);
  const details = [...comp.matchAll(/strcmp\(keyword, "([a-z0-9_]+)"\)/g)].map((m) => m[1]);
  const locations = [...bbSrc.matchAll(/strncmp\(option, "(client|server)-"/g)].map((m) => m[1]);
  // Where the bare-integer shortcut lives moved between releases, so look in both places.
  const parser =
    functionBody(bbSrc, /^(?:backup_)?parse_compress_options\(/m) + functionBody(comp, /^parse_compress_options\(/m);
  const bareInteger = /strtol\(option, &endp, 10\)/.test(parser);
  const zeroMeansNone = bareInteger && /result == 0[\s\S]{0,120}"none"/.test(parser);
  return {
    form: 'method',
    methods: [...new Set(methods)],
    details: [...new Set(details)],
    locations: [...new Set(locations)].sort(),
    bareInteger: bareInteger ? (zeroMeansNone ? 'gzip-or-none' : 'gzip') : 'rejected',
  };
}

function functionBody(src, startRe) {
  const i = src.search(startRe);
  if (i < 0) return '';
  const end = src.indexOf('\n}\n', i);
  return src.slice(i, end < 0 ? undefined : end);
}

function extractVersion(gitDir, v) {
  const read = (p) => fileAt(gitDir, v.commit, p);
  const need = (p) => read(p) ?? fail(`${p} missing at ${v.ref}`);
  const initdbSrc = need(PATHS.initdb);
  const bbSrc = need(PATHS.basebackup);
  const gucs = extractGucs(read);
  const recoveryConf = extractRecoveryConf(read(PATHS.xlog));
  const recoveryGen = read(PATHS.recoveryGen) ?? '';
  return {
    initdb: extractOptions(initdbSrc, `initdb@${v.ref}`),
    basebackup: extractOptions(bbSrc, `pg_basebackup@${v.ref}`),
    compress: extractCompress(bbSrc, read),
    recoveryConf,
    gucFile: gucs.file,
    gucs: gucs.gucs,
    libpq: extractLibpq(need(PATHS.libpq)),
    // -R switched from writing recovery.conf to standby.signal plus postgresql.auto.conf in 12.
    writesStandbySignal: /standby\.signal/.test(bbSrc + recoveryGen),
    initdbChecksumsDefault: /static bool data_checksums = true;/.test(initdbSrc),
  };
}

// ---------------------------------------------------------------- version spans

// Groups consecutive majors that share a key into { since, until } spans.
function spans(versions, keyOf) {
  const out = [];
  versions.forEach((v, i) => {
    const key = keyOf(v, i);
    const last = out[out.length - 1];
    if (key === undefined) {
      if (last && last.until === undefined) last.until = v.major;
      return;
    }
    if (last && last.until === undefined && last.key === key) return;
    if (last && last.until === undefined) last.until = v.major;
    out.push({ key, since: v.major, until: undefined, index: i });
  });
  return out;
}

function buildOptions(versions, data, tool) {
  const names = new Set();
  data.forEach((d) => d[tool].forEach((o) => names.add(o.name)));
  const facts = [];
  for (const name of [...names].sort()) {
    const per = data.map((d) => d[tool].find((o) => o.name === name));
    const entries = spans(versions, (_v, i) => (per[i] ? `${per[i].arg}|${per[i].short ?? ''}` : undefined));
    for (const e of entries) {
      const first = per[e.index];
      const fact = { name, short: first.short, arg: first.arg, since: e.since, until: e.until };
      const lo = e.index;
      const hi = e.until ? versions.findIndex((v) => v.major === e.until) : versions.length;
      const valueSpans = spans(versions.slice(lo, hi), (_v, j) => per[lo + j].values.join('|')).map((s) => ({
        since: s.since,
        until: s.until ?? e.until,
        values: per[lo + s.index].values,
      }));
      if (valueSpans.some((s) => s.values.length > 0)) fact.values = valueSpans;
      fact.notes = [];
      fact.aliases = [];
      facts.push({ fact, per, lo, hi });
    }
  }
  // Same option code in one version: two spellings of one option.
  // Code vanishing while a new option takes it over in the next version: a rename.
  for (const { fact, per, lo, hi } of facts) {
    for (let i = lo; i < hi; i++) {
      const mine = per[i];
      const twins = data[i][tool].filter((o) => o.name !== fact.name && o.code === mine.code);
      for (const t of twins) if (!fact.aliases.includes(t.name)) fact.aliases.push(t.name);
    }
    if (hi < versions.length) {
      const code = per[hi - 1].code;
      const successor = data[hi][tool].find(
        (o) => o.code === code && !data[hi - 1][tool].some((p) => p.name === o.name),
      );
      if (successor) {
        fact.replacedBy = successor.name;
        const succ = facts.find((f) => f.fact.name === successor.name && f.lo === hi);
        if (succ) succ.fact.replaces = fact.name;
      }
    }
  }
  for (const { fact } of facts) {
    if (fact.replacedBy) fact.notes.push(`renamed to --${fact.replacedBy} in ${fact.until}`);
    if (fact.replaces) {
      fact.notes.push(`replaces --${fact.replaces}, which ${versionsBefore(versions, fact.since)} had`);
      const pred = facts.find((f) => f.fact.name === fact.replaces && f.fact.until === fact.since)?.fact;
      const before = new Set(pred?.values?.at(-1)?.values ?? []);
      const added = (fact.values?.[0]?.values ?? []).filter((x) => !before.has(x));
      if (before.size && added.length) fact.notes.push(`accepts ${added.join(', ')}, which --${fact.replaces} did not`);
    }
    if (fact.values && fact.values.length > 1) {
      for (let i = 1; i < fact.values.length; i++) {
        const before = new Set(fact.values[i - 1].values);
        const now = new Set(fact.values[i].values);
        const added = [...now].filter((x) => !before.has(x));
        const removed = [...before].filter((x) => !now.has(x));
        const parts = [];
        if (added.length) parts.push(`accepts ${added.join(', ')}`);
        if (removed.length) parts.push(`no longer accepts ${removed.join(', ')}`);
        if (parts.length) fact.notes.push(`from ${fact.values[i].since} ${parts.join('; ')}`);
      }
    }
  }
  return facts.map((f) => f.fact);
}

function versionsBefore(versions, major) {
  const i = versions.findIndex((v) => v.major === major);
  return i <= 1 ? versions[0].major : `${versions[0].major}–${versions[i - 1].major}`;
}

function addCuratedNotes(versions, data, initdb, basebackup) {
  const find = (list, name) => list.filter((f) => f.name === name);
  const compressSpans = spans(versions, (_v, i) => JSON.stringify(data[i].compress));
  for (const f of find(basebackup, 'compress')) {
    for (const s of compressSpans) {
      const c = data[s.index].compress;
      const when = spanText(versions, s.since, s.until);
      if (c.form === 'level') f.notes.push(`${when}: argument is a gzip level ${c.min}–${c.max} only`);
      else {
        const bare =
          c.bareInteger === 'gzip-or-none'
            ? '; a bare integer N still works (0 = none, otherwise gzip:N)'
            : c.bareInteger === 'gzip'
              ? '; a bare integer N still works as gzip:N'
              : '';
        f.notes.push(
          `${when}: argument is [{${c.locations.join('|')}}-]METHOD[:DETAIL], METHOD one of ${c.methods.join(', ')}, DETAIL level=N or keywords ${c.details.join(', ')}${bare}`,
        );
      }
    }
  }
  const signal = spans(versions, (_v, i) => String(data[i].writesStandbySignal));
  for (const f of find(basebackup, 'write-recovery-conf')) {
    for (const s of signal) {
      const when = spanText(versions, s.since, s.until);
      f.notes.push(
        s.key === 'true'
          ? `${when}: writes standby.signal and puts primary_conninfo (and primary_slot_name) into postgresql.auto.conf`
          : `${when}: writes recovery.conf`,
      );
    }
  }
  const checks = spans(versions, (_v, i) => String(data[i].initdbChecksumsDefault));
  for (const s of checks) {
    if (s.key !== 'true') continue;
    for (const f of find(initdb, 'data-checksums')) f.notes.push(`checksums are on by default from ${s.since}, so the flag changes nothing there`);
  }
}

// "15" for a one-major span, "9.6–11" for a closed one, "16+" for an open one.
function spanText(versions, since, until) {
  if (!until) return `${since}+`;
  const last = prevMajor(versions, until);
  return last === since ? since : `${since}–${last}`;
}

function prevMajor(versions, major) {
  const i = versions.findIndex((v) => v.major === major);
  return versions[i - 1].major;
}

const CONTEXTS = {
  PGC_INTERNAL: 'internal',
  PGC_POSTMASTER: 'postmaster',
  PGC_SIGHUP: 'sighup',
  PGC_SU_BACKEND: 'superuser-backend',
  PGC_BACKEND: 'backend',
  PGC_SUSET: 'superuser',
  PGC_USERSET: 'user',
};

function buildRecovery(versions, data) {
  const names = new Set();
  data.forEach((d) => {
    d.recoveryConf.forEach((n) => names.add(n));
    for (const [n, g] of d.gucs) if (RECOVERY_GUC_GROUPS.has(g.group)) names.add(n);
  });
  const out = [];
  for (const name of [...names].sort()) {
    const per = data.map((d) => {
      if (d.recoveryConf.includes(name)) return { file: 'recovery.conf' };
      const g = d.gucs.get(name);
      if (g) return { file: 'postgresql.conf', context: CONTEXTS[g.context] ?? fail(`unknown GUC context ${g.context}`), group: g.group };
      return undefined;
    });
    const present = spans(versions, (_v, i) => (per[i] ? 'x' : undefined));
    if (present.length !== 1) throw new Error(`recovery setting ${name} comes and goes; extend the generator`);
    const where = spans(versions, (_v, i) => (per[i] ? `${per[i].file}|${per[i].context ?? ''}` : undefined)).map((s) => {
      const p = per[s.index];
      return { file: p.file, context: p.context, since: s.since, until: s.until };
    });
    const groups = [...new Set(per.filter(Boolean).map((p) => p.group).filter(Boolean))];
    out.push({ name, since: present[0].since, until: present[0].until, where, gucGroups: groups });
  }
  return out;
}

function buildLibpq(versions, data) {
  const names = new Set();
  data.forEach((d) => d.libpq.forEach((k) => names.add(k.keyword)));
  const out = [];
  for (const keyword of [...names].sort()) {
    const per = data.map((d) => d.libpq.find((k) => k.keyword === keyword));
    const present = spans(versions, (_v, i) => (per[i] ? 'x' : undefined));
    if (present.length !== 1) throw new Error(`libpq keyword ${keyword} comes and goes; extend the generator`);
    const env = [...new Set(per.filter(Boolean).map((k) => k.env).filter(Boolean))];
    const translated = [...new Set(per.filter(Boolean).map((k) => k.translatedTo).filter(Boolean))];
    if (translated.length > 1) throw new Error(`libpq keyword ${keyword} is rewritten to several keywords; extend the generator`);
    out.push({
      keyword,
      env: env.length === 1 ? env[0] : undefined,
      envs: env.length > 1 ? env : undefined,
      translatedTo: translated[0],
      since: present[0].since,
      until: present[0].until,
    });
  }
  return out;
}

function buildCompress(versions, data) {
  return spans(versions, (_v, i) => JSON.stringify(data[i].compress)).map((s) => ({
    since: s.since,
    until: s.until,
    ...data[s.index].compress,
  }));
}

// ---------------------------------------------------------------- rendering

function header(versions) {
  const refs = versions.map((v) => `${v.major}: ${v.ref} ${v.commit}`).join('\n * ');
  return `/*\n * generated by scripts/gen-pg-facts.mjs from PostgreSQL\n * ${refs}\n * do not edit\n */\n`;
}

const ts = (v) => JSON.stringify(v);
const major = (m) => m; // majors are written as numeric literals: 9.6, 10, ...

function tsSpanFields(o) {
  return `since: ${major(o.since)}${o.until ? `, until: ${major(o.until)}` : ''}`;
}

function renderOptions(versions, tool, constName, facts) {
  const lines = facts.map((f) => {
    const parts = [`name: ${ts(f.name)}`];
    if (f.short) parts.push(`short: ${ts(f.short)}`);
    parts.push(`arg: ${ts(f.arg)}`, tsSpanFields(f));
    if (f.aliases.length) parts.push(`aliases: ${ts(f.aliases)}`);
    if (f.replaces) parts.push(`replaces: ${ts(f.replaces)}`);
    if (f.replacedBy) parts.push(`replacedBy: ${ts(f.replacedBy)}`);
    if (f.values) parts.push(`values: [${f.values.map((s) => `{ ${tsSpanFields(s)}, values: ${ts(s.values)} }`).join(', ')}]`);
    if (f.notes.length) parts.push(`notes: ${ts(f.notes)}`);
    return `  { ${parts.join(', ')} },`;
  });
  return (
    header(versions) +
    `import type { PgOptionFact } from '../facts/pg-fact-types.js';\n\n` +
    `/** Long options of ${tool}, one entry per span of majors with the same letter and arity. */\n` +
    `export const ${constName}: readonly PgOptionFact[] = [\n${lines.join('\n')}\n];\n`
  );
}

function renderBasebackup(versions, facts, compress) {
  const base = renderOptions(versions, 'pg_basebackup', 'PG_BASEBACKUP_OPTIONS', facts).replace(
    "import type { PgOptionFact } from '../facts/pg-fact-types.js';",
    "import type { PgCompressForm, PgOptionFact } from '../facts/pg-fact-types.js';",
  );
  const lines = compress.map((c) => {
    const parts = [tsSpanFields(c), `form: ${ts(c.form)}`];
    if (c.form === 'level') parts.push(`min: ${c.min}`, `max: ${c.max}`);
    else
      parts.push(
        `locations: ${ts(c.locations)}`,
        `methods: ${ts(c.methods)}`,
        `details: ${ts(c.details)}`,
        `bareInteger: ${ts(c.bareInteger)}`,
      );
    return `  { ${parts.join(', ')} },`;
  });
  return (
    base +
    `\n/** What pg_basebackup --compress (-Z) accepts, by major. */\n` +
    `export const PG_BASEBACKUP_COMPRESS: readonly PgCompressForm[] = [\n${lines.join('\n')}\n];\n`
  );
}

function renderRecovery(versions, facts) {
  const lines = facts.map((f) => {
    const where = f.where.map(
      (w) => `{ file: ${ts(w.file)}${w.context ? `, context: ${ts(w.context)}` : ''}, ${tsSpanFields(w)} }`,
    );
    const parts = [`name: ${ts(f.name)}`, tsSpanFields(f), `where: [${where.join(', ')}]`];
    if (f.gucGroups.length) parts.push(`gucGroups: ${ts(f.gucGroups)}`);
    return `  { ${parts.join(', ')} },`;
  });
  return (
    header(versions) +
    `import type { PgRecoverySettingFact } from '../facts/pg-fact-types.js';\n\n` +
    `/**\n * recovery.conf parameters (up to 11) and the server settings of the recovery and standby\n` +
    ` * groups (${[...RECOVERY_GUC_GROUPS].join(', ')}).\n */\n` +
    `export const PG_RECOVERY_SETTINGS: readonly PgRecoverySettingFact[] = [\n${lines.join('\n')}\n];\n`
  );
}

function renderLibpq(versions, facts) {
  const lines = facts.map((f) => {
    const parts = [`keyword: ${ts(f.keyword)}`];
    if (f.env) parts.push(`env: ${ts(f.env)}`);
    if (f.envs) parts.push(`envs: ${ts(f.envs)}`);
    if (f.translatedTo) parts.push(`translatedTo: ${ts(f.translatedTo)}`);
    parts.push(tsSpanFields(f));
    return `  { ${parts.join(', ')} },`;
  });
  return (
    header(versions) +
    `import type { PgLibpqKeywordFact } from '../facts/pg-fact-types.js';\n\n` +
    `/** libpq connection keywords (PQconninfoOptions), plus legacy ones libpq rewrites (translatedTo). */\n` +
    `export const PG_LIBPQ_KEYWORDS: readonly PgLibpqKeywordFact[] = [\n${lines.join('\n')}\n];\n`
  );
}

function renderSources(versions, data) {
  return (
    JSON.stringify(
      {
        generator: 'scripts/gen-pg-facts.mjs',
        repository: 'https://github.com/postgres/postgres',
        note: 'Each major was read at the ref and commit below; rerun the generator on a newer clone to refresh.',
        majors: versions.map((v, i) => ({
          major: v.major,
          versionNum: v.num,
          ref: v.ref,
          commit: v.commit,
          commitDate: v.date,
          gucTable: data[i].gucFile,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

function mdSpan(o) {
  return [o.since, o.until ?? ''];
}

function mdEscape(s) {
  return String(s).replace(/\|/g, '\\|');
}

function mdTable(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`),
  ].join('\n');
}

function renderDocs(versions, initdb, basebackup, compress, recovery, libpq) {
  const optRows = (facts) =>
    facts.map((f) => [
      `\`--${f.name}\``,
      f.short ? `\`-${f.short}\`` : '',
      f.arg,
      ...mdSpan(f),
      (f.values ?? []).map((s) => `${spanText(versions, s.since, s.until)}: ${s.values.join(', ') || '(none)'}`).join('; '),
      [...(f.aliases.length ? [`same option as ${f.aliases.map((a) => `--${a}`).join(', ')}`] : []), ...f.notes].join('; '),
    ]);
  const optHead = ['option', 'short', 'argument', 'since', 'until', 'literal values', 'notes'];
  const compressRows = compress.map((c) => [
    ...mdSpan(c),
    c.form === 'level'
      ? `integer level ${c.min}–${c.max}`
      : `[{${c.locations.join('|')}}-]METHOD[:DETAIL]; methods ${c.methods.join(', ')}; detail keywords ${c.details.join(', ')}; bare integer: ${c.bareInteger}`,
  ]);
  const recRows = recovery.map((r) => [
    `\`${r.name}\``,
    ...mdSpan(r),
    r.where.map((w) => `${spanText(versions, w.since, w.until)}: ${w.file}${w.context ? ` (${w.context})` : ''}`).join('; '),
  ]);
  const libRows = libpq.map((k) => [
    `\`${k.keyword}\``,
    k.env ?? (k.envs ?? []).join(', '),
    ...mdSpan(k),
    k.translatedTo ? `legacy; libpq rewrites it to \`${k.translatedTo}\`` : '',
  ]);
  const refs = versions.map((v) => `${v.major}: ${v.ref} ${v.commit}`).join('; ');
  return `<!-- generated by scripts/gen-pg-facts.mjs from PostgreSQL ${refs}; do not edit -->
# PostgreSQL version facts

The linter needs to know when an \`initdb\` or \`pg_basebackup\` option, a recovery setting or a
libpq connection keyword does not exist in the PostgreSQL major a cluster runs. These tables are
extracted from PostgreSQL's own sources, one ref per major, and kept as TypeScript data in
\`src/facts/\`:

| file | holds |
| --- | --- |
| \`src/generated/pg-initdb-options.ts\` | \`initdb\` long options (\`long_options[]\` in \`src/bin/initdb/initdb.c\`) |
| \`src/generated/pg-basebackup-options.ts\` | \`pg_basebackup\` long options, and the forms \`--compress\` accepts |
| \`src/generated/pg-recovery-settings.ts\` | recovery.conf parameters (9.6–11) and the server settings of the recovery and standby GUC groups |
| \`src/generated/pg-libpq-keywords.ts\` | libpq connection keywords (\`PQconninfoOptions[]\` in \`src/interfaces/libpq/fe-connect.c\`) |
| \`src/facts/pg-facts.sources.json\` | the ref and commit each major was read at |
| \`src/facts/pg-options.ts\` | the query API (\`pgOption\`, \`optionsFor\`, \`recoverySetting\`, \`libpqKeyword\`, \`parsePgMajor\`) |

How to read the tables:

- Majors are written as numbers: 9.6, 10, 11, … 18 (PostgreSQL's own numbering is 90600, 100000, …).
- \`since\` is the first tracked major that has the item; 9.6 means "9.6 or earlier".
- \`until\` is the first major that no longer has it; empty means it is still there in 18.
- An option whose letter or arity changed has one row per span of majors.
- "literal values" are the strings the option's branch of the getopt switch compares its argument
  with; options validated elsewhere (\`--auth\`, \`--sync-method\`, …) show none, which does not
  mean any value is accepted.
- Short letters are listed only where getopt accepts them and the option switch handles them.
- Recovery settings: up to 11 the recovery parameters belong in \`recovery.conf\` and are not
  server settings at all; from 12 they are ordinary settings (postgresql.conf or
  postgresql.auto.conf), a server refuses to start if a \`recovery.conf\` is present, and
  \`standby.signal\` / \`recovery.signal\` take the place of \`standby_mode\`. The context says what
  applying a change needs: \`postmaster\` a restart, \`sighup\` a reload.
- \`pause_at_recovery_target\` is in no tracked major (9.5 replaced it with
  \`recovery_target_action\`), so it has no row.

## Regenerating

With a clone of https://github.com/postgres/postgres that has the \`REL*_STABLE\` branches or the
release tags:

\`\`\`sh
node scripts/gen-pg-facts.mjs /path/to/postgres/.git            # rewrite the tables
node scripts/gen-pg-facts.mjs /path/to/postgres/.git --check    # fail if they are stale
node scripts/gen-pg-facts.mjs /path/to/postgres/.git --ref 13=REL_13_22   # pin a ref
\`\`\`

The script prefers each major's stable branch, then its newest release tag. A stable branch read
before its major's last release could miss something added later on that branch; the commit dates
below say how current each major's reading is.

## Sources

${mdTable(
  ['major', 'version_num', 'ref', 'commit', 'commit date'],
  versions.map((v) => [v.major, v.num, v.ref, v.commit.slice(0, 12), v.date]),
)}

## initdb options

${mdTable(optHead, optRows(initdb))}

## pg_basebackup options

${mdTable(optHead, optRows(basebackup))}

### pg_basebackup --compress

${mdTable(['since', 'until', 'accepted argument'], compressRows)}

## Recovery settings

${mdTable(['setting', 'since', 'until', 'where (context)'], recRows)}

## libpq connection keywords

${mdTable(['keyword', 'environment variable', 'since', 'until', 'notes'], libRows)}
`;
}

// ---------------------------------------------------------------- main

function main() {
  const args = parseArgs(process.argv.slice(2));
  const versions = resolveRefs(args.gitDir, args.overrides);
  const data = versions.map((v) => {
    try {
      return extractVersion(args.gitDir, v);
    } catch (e) {
      fail(`${v.major} (${v.ref}): ${e.message}`);
    }
  });
  const initdb = buildOptions(versions, data, 'initdb');
  const basebackup = buildOptions(versions, data, 'basebackup');
  addCuratedNotes(versions, data, initdb, basebackup);
  const compress = buildCompress(versions, data);
  const recovery = buildRecovery(versions, data);
  const libpq = buildLibpq(versions, data);

  const files = {
    'src/generated/pg-initdb-options.ts': renderOptions(versions, 'initdb', 'PG_INITDB_OPTIONS', initdb),
    'src/generated/pg-basebackup-options.ts': renderBasebackup(versions, basebackup, compress),
    'src/generated/pg-recovery-settings.ts': renderRecovery(versions, recovery),
    'src/generated/pg-libpq-keywords.ts': renderLibpq(versions, libpq),
    'src/facts/pg-facts.sources.json': renderSources(versions, data),
    'docs/pg-facts.md': renderDocs(versions, initdb, basebackup, compress, recovery, libpq),
  };
  let stale = 0;
  for (const [rel, text] of Object.entries(files)) {
    const path = join(ROOT, rel);
    if (args.check) {
      let old = '';
      try {
        old = readFileSync(path, 'utf8');
      } catch {
        /* missing counts as stale */
      }
      if (old !== text) {
        console.error(`stale: ${rel}`);
        stale++;
      }
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (stale) process.exit(1);
}

main();
