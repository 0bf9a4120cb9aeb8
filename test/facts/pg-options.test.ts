import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  PG_MAJORS,
  basebackupCompressForm,
  libpqKeyword,
  optionHistory,
  optionValues,
  optionsFor,
  parsePgMajor,
  pgOption,
  pgVersionNum,
  recoverySetting,
  type PgMajor,
  type PgTool,
} from '../../src/facts/pg-options.js';

// Majors in which the item exists, so each expectation reads as a list of versions.
function majorsWith(has: (m: PgMajor) => boolean): PgMajor[] {
  return PG_MAJORS.filter(has);
}
const from = (m: PgMajor) => PG_MAJORS.filter((x) => x >= m);
const before = (m: PgMajor) => PG_MAJORS.filter((x) => x < m);
const opt = (tool: PgTool, name: string) => majorsWith((m) => pgOption(tool, name, m) !== undefined);

test('parsePgMajor reads short, full and numeric versions', () => {
  const cases: Array<[string, PgMajor | undefined]> = [
    ['9.6', 9.6],
    ['9.6.24', 9.6],
    ['90600', 9.6],
    ['90624', 9.6],
    ['10', 10],
    ['15', 15],
    ['15.4', 15],
    ['150000', 15],
    ['150004', 15],
    ['180000', 18],
    ['17beta2', 17],
    ['PostgreSQL 16.3', 16],
    [' 12 ', 12],
    ['9', undefined],
    ['9.5', undefined],
    ['90500', undefined],
    ['19', undefined],
    ['190000', undefined],
    ['fifteen', undefined],
    ['', undefined],
  ];
  for (const [text, want] of cases) assert.equal(parsePgMajor(text), want, text);
});

test('pgVersionNum follows server_version_num', () => {
  assert.equal(pgVersionNum(9.6), 90600);
  assert.equal(pgVersionNum(10), 100000);
  assert.equal(pgVersionNum(18), 180000);
  for (const m of PG_MAJORS) assert.equal(parsePgMajor(String(pgVersionNum(m))), m);
});

test('--waldir is 10+ in both tools, --xlogdir before it', () => {
  for (const tool of ['initdb', 'pg_basebackup'] as const) {
    assert.deepEqual(opt(tool, 'waldir'), from(10), tool);
    assert.deepEqual(opt(tool, 'xlogdir'), before(10), tool);
    assert.equal(pgOption(tool, 'xlogdir', 9.6)?.replacedBy, 'waldir');
    assert.equal(pgOption(tool, 'waldir', 10)?.replaces, 'xlogdir');
  }
  assert.equal(pgOption('initdb', 'waldir', 12)?.short, 'X');
  assert.equal(pgOption('pg_basebackup', 'waldir', 12)?.short, undefined);
});

test('pg_basebackup --xlog-method became --wal-method and gained none', () => {
  assert.deepEqual(opt('pg_basebackup', 'wal-method'), from(10));
  assert.deepEqual(opt('pg_basebackup', 'xlog-method'), [9.6]);
  assert.deepEqual(opt('pg_basebackup', 'xlog'), [9.6]);
  assert.ok(!optionValues(pgOption('pg_basebackup', 'xlog-method', 9.6)!, 9.6)!.includes('none'));
  assert.ok(optionValues(pgOption('pg_basebackup', 'wal-method', 10)!, 10)!.includes('none'));
});

test('initdb options added over time', () => {
  assert.deepEqual(opt('initdb', 'wal-segsize'), from(11));
  assert.deepEqual(opt('initdb', 'allow-group-access'), from(11));
  assert.deepEqual(opt('initdb', 'data-checksums'), [...PG_MAJORS]);
  assert.deepEqual(opt('initdb', 'no-data-checksums'), [18]);
  assert.deepEqual(opt('initdb', 'set'), from(16));
  assert.deepEqual(opt('initdb', 'locale-provider'), from(15));
  assert.deepEqual(opt('initdb', 'no-sync'), from(10));
  assert.deepEqual(opt('initdb', 'nosync'), [...PG_MAJORS]);
  assert.deepEqual(pgOption('initdb', 'nosync', 18)?.aliases, ['no-sync']);
});

test('initdb --locale-provider accepts builtin from 17', () => {
  const at = (m: PgMajor) => optionValues(pgOption('initdb', 'locale-provider', m)!, m);
  assert.deepEqual(at(15), ['icu', 'libc']);
  assert.deepEqual(at(17), ['builtin', 'icu', 'libc']);
});

test('pg_basebackup options added over time', () => {
  assert.deepEqual(opt('pg_basebackup', 'manifest-checksums'), from(13));
  assert.deepEqual(opt('pg_basebackup', 'incremental'), from(17));
  assert.deepEqual(opt('pg_basebackup', 'create-slot'), from(11));
  assert.deepEqual(opt('pg_basebackup', 'target'), from(15));
  assert.deepEqual(opt('pg_basebackup', 'no-slot'), from(10));
});

test('arities come from the option tables', () => {
  assert.equal(pgOption('initdb', 'data-checksums', 15)?.arg, 'none');
  assert.equal(pgOption('initdb', 'wal-segsize', 15)?.arg, 'required');
  assert.equal(pgOption('pg_basebackup', 'checkpoint', 15)?.arg, 'required');
  assert.equal(pgOption('pg_basebackup', 'incremental', 17)?.arg, 'required');
  assert.equal(pgOption('pg_basebackup', 'gzip', 17)?.arg, 'none');
});

test('names are matched with or without leading dashes', () => {
  assert.equal(pgOption('initdb', '--waldir', 13)?.name, 'waldir');
  assert.equal(pgOption('initdb', '-waldir', 13)?.name, 'waldir');
  assert.equal(pgOption('initdb', 'no-such-option', 13), undefined);
});

test('optionsFor lists one entry per option and only those of that major', () => {
  for (const tool of ['initdb', 'pg_basebackup'] as const) {
    for (const m of PG_MAJORS) {
      const names = optionsFor(tool, m).map((f) => f.name);
      assert.equal(new Set(names).size, names.length, `${tool} ${m}`);
      assert.ok(names.includes('pgdata'), `${tool} ${m}`);
    }
  }
  assert.ok(!optionsFor('initdb', 17).some((f) => f.name === 'no-data-checksums'));
  assert.equal(optionHistory('initdb', 'xlogdir').length, 1);
});

test('--compress takes a level before 15 and a method spec from 15', () => {
  for (const m of before(15)) assert.equal(basebackupCompressForm(m).form, 'level');
  for (const m of from(15)) {
    const c = basebackupCompressForm(m);
    assert.equal(c.form, 'method');
    if (c.form === 'method') {
      assert.deepEqual(c.locations, ['client', 'server']);
      assert.ok(c.methods.includes('gzip') && c.methods.includes('lz4') && c.methods.includes('zstd'));
    }
  }
  const c14 = basebackupCompressForm(14);
  assert.deepEqual(c14.form === 'level' ? [c14.min, c14.max] : [], [0, 9]);
  assert.ok(pgOption('pg_basebackup', 'compress', 15)?.notes?.some((n) => n.includes('METHOD')));
});

test('recovery settings move from recovery.conf to postgresql.conf in 12', () => {
  assert.equal(recoverySetting('restore_command', 11)?.file, 'recovery.conf');
  assert.equal(recoverySetting('restore_command', 12)?.file, 'postgresql.conf');
  assert.equal(recoverySetting('restore_command', 12)?.context, 'postmaster');
  assert.equal(recoverySetting('restore_command', 14)?.context, 'sighup');
  assert.equal(recoverySetting('primary_conninfo', 12)?.context, 'postmaster');
  assert.equal(recoverySetting('primary_conninfo', 13)?.context, 'sighup');
  assert.equal(recoverySetting('hot_standby', 9.6)?.file, 'postgresql.conf');
});

test('recovery settings that came and went', () => {
  const rs = (name: string) => majorsWith((m) => recoverySetting(name, m) !== undefined);
  assert.deepEqual(rs('promote_trigger_file'), [12, 13, 14, 15]);
  assert.deepEqual(rs('standby_mode'), before(12));
  assert.deepEqual(rs('trigger_file'), before(12));
  assert.deepEqual(rs('recovery_target_lsn'), from(10));
  assert.deepEqual(rs('wal_receiver_create_temp_slot'), from(13));
  assert.deepEqual(rs('recovery_min_apply_delay'), [...PG_MAJORS]);
  assert.deepEqual(rs('pause_at_recovery_target'), []);
});

test('libpq keywords', () => {
  const kw = (name: string) => majorsWith((m) => libpqKeyword(name, m) !== undefined);
  assert.deepEqual(kw('gssencmode'), from(12));
  assert.deepEqual(kw('channel_binding'), from(13));
  assert.deepEqual(kw('sslnegotiation'), from(17));
  assert.deepEqual(kw('passfile'), from(10));
  assert.deepEqual(kw('target_session_attrs'), from(10));
  assert.deepEqual(kw('tty'), before(14));
  assert.deepEqual(kw('host'), [...PG_MAJORS]);
  assert.equal(libpqKeyword('requiressl', 18)?.translatedTo, 'sslmode');
  assert.equal(libpqKeyword('sslmode', 18)?.env, 'PGSSLMODE');
});

test('the sources file names a commit for every major', () => {
  const url = new URL('../../../src/facts/pg-facts.sources.json', import.meta.url);
  const sources = JSON.parse(readFileSync(url, 'utf8')) as { majors: Array<{ major: string; versionNum: number; commit: string }> };
  assert.deepEqual(
    sources.majors.map((m) => parsePgMajor(m.major)),
    [...PG_MAJORS],
  );
  for (const m of sources.majors) {
    assert.match(m.commit, /^[0-9a-f]{40}$/);
    assert.equal(m.versionNum, pgVersionNum(parsePgMajor(m.major)!));
  }
});
