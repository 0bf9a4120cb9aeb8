/**
 * Upgrade impact: the recorded Patroni behaviour facts (facts/patroni-behaviour.ts) whose truth
 * differs between two releases and that concern a part this plan has, so a reviewer sees why a
 * step changed, not only that it did. A PostgreSQL upgrade names the facts that read the
 * PostgreSQL version.
 */
import { BEHAVIOUR, has, type BehaviourId } from '../facts/patroni-behaviour.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import type { Plan, ReplicaBranch, Step } from '../plan/plan-types.js';

export interface VersionFact {
  id: string;
  /** Whether the behaviour holds on the old and on the new side. */
  old: boolean;
  new: boolean;
  note: string;
}

function clones(p: Plan): ReplicaBranch[] {
  return p.bootstrap.clone ? [p.replica, p.bootstrap.clone] : [p.replica];
}
function allSteps(p: Plan): Step[] {
  const c = clones(p).flatMap((r) => [...r.prepare, ...r.methods.flatMap((m) => [...m.attempts.flat(), ...m.after_failure]), ...r.after_all_failed, ...r.first_start.steps]);
  return [...p.bootstrap.steps, ...c];
}
const basebackup = (p: Plan): boolean => clones(p).some((r) => r.methods.some((m) => m.kind === 'basebackup'));
const custom = (p: Plan): boolean => p.bootstrap.kind === 'custom';
const initdb = (p: Plan): boolean => p.bootstrap.kind === 'initdb';

/** Which plans a fact can change at all. */
const CONCERNS: Record<BehaviourId, (p: Plan) => boolean> = {
  'initdb.direct-call': initdb,
  'options.unquote': (p) => initdb(p) || basebackup(p),
  'options.map-refuses': (p) => initdb(p) || basebackup(p),
  'basebackup.list-drops-invalid': basebackup,
  'basebackup.compress-by-pg-version': basebackup,
  'basebackup.pg-version-zero-on-empty-data-dir': basebackup,
  'bootstrap.extra-params': custom,
  'bootstrap.command-reserved': custom,
  'post-bootstrap.statement-timeout': (p) => p.bootstrap.steps.some((s) => s.env?.PGOPTIONS !== undefined),
  'replica.cleanup-after-failure': (p) => clones(p).some((r) => r.methods.length > 0),
  'replica.empty-section-as-none': (p) => clones(p).some((r) => r.methods.some((m) => m.kind === 'custom')),
  'replica.no-master-retired': (p) => clones(p).some((r) => r.methods.some((m) => m.kind === 'custom') || r.skipped.length > 0),
  'initdb.pwfile-needs-str': initdb,
  'bin-name': (p) => initdb(p) || basebackup(p),
  'dsn.sslnegotiation': () => true,
  'dsn.filter-by-pg-version': () => true,
  'primary-conninfo.dbname': () => true,
  'pgpass.split-hosts': () => true,
  'pgpass.line-newline': () => true,
  'recovery.validated-by-pg-version': () => true,
  'recovery.signal-file-mode': () => true,
  'config.outside-data-dir-umask-mode': (p) => allSteps(p).some((s) => s.action === 'write_file' && !!s.path && !!p.node.data_dir && !s.path.startsWith(p.node.data_dir) && s.path.endsWith('.conf')),
  'standby.read-write-only-multihost': (p) => p.bootstrap.kind === 'standby_leader',
  'bootstrap.hot-standby-off-only-for-promote': custom,
  'bootstrap.custom-reload': custom,
  'citus.local-hostname': (p) => allSteps(p).some((s) => /^citus(,|$)/.test(s.server_parameters?.conf['shared_preload_libraries'] ?? '')),
  'use-slots.parse-bool': () => true,
  'tags.failover-priority': () => true,
  'tags.nofailover-false-wins': () => true,
  'tags.nostream': () => true,
  'dynamic.int-only-timeouts': () => true,
  'rewind.target-session-attrs-always': (p) => p.rejoin?.mode === 'rewind',
  'rewind.archive-command-shell': (p) => p.rejoin?.mode === 'rewind',
  'rewind.skip-crash-recovery-after-restore': (p) => p.rejoin?.mode === 'rewind',
};

/** The plan sections a fact can change (diff headings). */
const AREA: Record<BehaviourId, RegExp> = {
  'initdb.direct-call': /^bootstrap › step initdb/,
  'options.unquote': /step (initdb|basebackup)|method basebackup/,
  'options.map-refuses': /step (initdb|basebackup)|method basebackup/,
  'basebackup.list-drops-invalid': /method basebackup/,
  'basebackup.compress-by-pg-version': /method basebackup/,
  'basebackup.pg-version-zero-on-empty-data-dir': /method basebackup/,
  'bootstrap.extra-params': /^bootstrap/,
  'bootstrap.command-reserved': /^bootstrap/,
  'post-bootstrap.statement-timeout': /^bootstrap › step/,
  'replica.cleanup-after-failure': /after failure|if every method fails|clean/,
  'replica.empty-section-as-none': /^(replica|bootstrap › standby leader clone)/,
  'replica.no-master-retired': /^(replica|bootstrap › standby leader clone)/,
  'initdb.pwfile-needs-str': /^bootstrap › step initdb/,
  'bin-name': /step (initdb|basebackup)/,
  'dsn.sslnegotiation': /first start|method/,
  'dsn.filter-by-pg-version': /first start|method/,
  'primary-conninfo.dbname': /first start/,
  'pgpass.split-hosts': /pgpass/,
  'pgpass.line-newline': /pgpass/,
  'recovery.validated-by-pg-version': /first start/,
  'recovery.signal-file-mode': /first start/,
  'config.outside-data-dir-umask-mode': /first start|^bootstrap › step start/,
  'standby.read-write-only-multihost': /standby leader clone › first start/,
  'bootstrap.hot-standby-off-only-for-promote': /^bootstrap › step/,
  'bootstrap.custom-reload': /^bootstrap › step/,
  'citus.local-hostname': /first start|^bootstrap › step start/,
  'use-slots.parse-bool': /first start/,
  'tags.failover-priority': /^bootstrap/,
  'tags.nofailover-false-wins': /^bootstrap/,
  'tags.nostream': /first start/,
  'dynamic.int-only-timeouts': /first start|^bootstrap › step start/,
  'rewind.target-session-attrs-always': /^rejoin/,
  'rewind.archive-command-shell': /^rejoin/,
  'rewind.skip-crash-recovery-after-restore': /^rejoin/,
};

/** Facts that read the PostgreSQL version (their effect changes with --pg-version). */
const READS_PG_VERSION: BehaviourId[] = ['basebackup.compress-by-pg-version', 'dsn.sslnegotiation', 'dsn.filter-by-pg-version', 'recovery.validated-by-pg-version'];

export interface FactReport {
  /** Facts that differ, concern this plan and could explain a changed section. */
  explaining: VersionFact[];
  /** How many other facts differ between the two releases without showing in this plan. */
  others: number;
}

const touches = (id: BehaviourId, plans: Plan[], changed: string[]): boolean => plans.some(CONCERNS[id]) && changed.some((h) => AREA[id].test(h));

/** Facts whose truth differs between the two releases and that could explain a changed section. */
export function patroniFacts(a: PatroniVersion, b: PatroniVersion, plans: Plan[], changed: string[]): FactReport {
  const explaining: VersionFact[] = [];
  let others = 0;
  for (const id of Object.keys(BEHAVIOUR) as BehaviourId[]) {
    const x = has(id, a);
    const y = has(id, b);
    if (x === y) continue;
    if (touches(id, plans, changed)) explaining.push({ id, old: x, new: y, note: BEHAVIOUR[id].note });
    else others += 1;
  }
  return { explaining, others };
}

/** For a PostgreSQL upgrade: the facts in force on the new side that read the PostgreSQL version. */
export function pgFacts(b: PatroniVersion, plans: Plan[], changed: string[]): VersionFact[] {
  return READS_PG_VERSION.filter((id) => has(id, b) && touches(id, plans, changed)).map((id) => ({ id, old: true, new: true, note: BEHAVIOUR[id].note }));
}
