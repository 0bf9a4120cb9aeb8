#!/usr/bin/env python3
"""Record what Patroni does when a former primary comes back after a failover and must follow the new leader.

Built on record.py's harness (same interceptors, same path mapping, same trace vocabulary): the fixture's data
directory is made to look like a former primary's (PG_VERSION, a replication slot left in pg_replslot, and for a
crash the postmaster.opts of its last start as Patroni started it), the cluster has a leader (the clone source URL,
role primary, a Patroni version that publishes checkpoint_after_promote), and Patroni's own HA loop is driven cycle
by cycle with ``Ha.recover()`` (and ``Ha.bootstrap()`` once the data directory is gone) until PostgreSQL is started.

What the leader and the data directory say is the scenario:

    in-sync       shut down cleanly; the leader is on the node's timeline (nothing to rewind)
    diverged      shut down cleanly on timeline 1 at 0/3000028; the leader forked timeline 2 at 0/3000000
    crashed       as diverged, but pg_controldata says 'in production' until single-user postgres has run
    rewind-fails  as diverged, and pg_rewind (not pg_rewind --help) exits 1
    no-hints      as diverged, and pg_controldata shows wal_log_hints off and no data checksums

pg_controldata answers per scenario; after a successful pg_rewind it says 'in archive recovery' (as pg_rewind
leaves pg_control). The leader's SQL answers: not in recovery, checkpoint done. Nothing opens a socket.

Usage:
    record-rejoin.py FIXTURE.yml --pg-version 15 --scenario diverged                       # one JSON on stdout
    record-rejoin.py FIXTURE.yml ... --pg-version 9.6 --pg-version 16 --scenario all --out-dir DIR
"""
import argparse
import contextlib
import importlib.util
import json
import os
import sys
import traceback

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('record', os.path.join(_here, 'record.py'))
R = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R)   # sets up the process environment exactly as record.py does

SCENARIOS = ('in-sync', 'diverged', 'crashed', 'rewind-fails', 'no-hints')
CLONE_NAME = 'pg-leader'
LOCAL_CHECKPOINT = '0/3000028'
SWITCHPOINT = '0/3000000'
MAX_CYCLES = 6


class World(object):
    """What pg_controldata and the leader say, changing as Patroni acts."""

    def __init__(self, scenario):
        self.scenario = scenario
        self.state = 'in production' if scenario == 'crashed' else 'shut down'
        self.hints = 'off' if scenario == 'no-hints' else 'on'
        self.leader_timeline = 1 if scenario == 'in-sync' else 2

    def controldata(self, pg_num):
        lines = dict((k, v) for k, v in (l.split(': ', 1) for l in R.controldata_text(pg_num, False).splitlines()))
        lines['Database cluster state'] = self.state
        lines['Latest checkpoint location'] = LOCAL_CHECKPOINT
        lines["Latest checkpoint's TimeLineID"] = '1'
        lines['wal_log_hints setting'] = self.hints
        if self.state == 'in archive recovery':
            lines['Minimum recovery ending location'] = '0/5000000'
            lines["Min recovery ending loc's timeline"] = '2'
        return ''.join('%s: %s\n' % kv for kv in lines.items())

    def launched(self, argv):
        """The effect of a program on the data directory's state, and its exit code."""
        prog = os.path.basename(str(argv[0]))
        if prog == 'postgres' and '--single' in argv:
            self.state = 'shut down'
        if prog == 'pg_rewind' and '--help' not in argv:
            if self.scenario == 'rewind-fails':
                return 1
            self.state = 'in archive recovery'
        return 0


class FakeCursor(object):
    """The leader, as psycopg would show it: out of recovery, checkpointed, on the scenario's timeline."""

    def __init__(self, world, log):
        self.world = world
        self.log = log
        self.row = None

    def execute(self, sql, *a):
        sql = sql.decode() if isinstance(sql, bytes) else str(sql)
        self.log.append(sql)
        if sql == 'IDENTIFY_SYSTEM':
            self.row = (R.FAKE_SYSID, self.world.leader_timeline, '0/5000000', None)
        elif sql.startswith('TIMELINE_HISTORY'):
            self.row = ('00000002.history', '1\t%s\tno recovery target specified\n' % SWITCHPOINT)
        elif 'NOT pg_catalog.pg_is_in_recovery()' in sql:
            self.row = (True,)
        elif 'pg_is_in_recovery' in sql:
            self.row = (False,)
        else:
            self.row = None

    def fetchone(self):
        return self.row

    def fetchall(self):
        return [self.row] if self.row else []


def install_leader(world):
    """Every connection Patroni opens reaches the fake leader; the connection's user is recorded."""
    import patroni.postgresql.rewind as rewind_mod
    from patroni.postgresql import Postgresql

    def connect(**kwargs):
        R.REC.emit({'op': 'connect', 'user': kwargs.get('user'), 'dbname': kwargs.get('dbname'),
                    'replication': bool(kwargs.get('replication'))})
        return contextlib.nullcontext(FakeCursor(world, []))

    rewind_mod.get_connection_cursor = lambda **kw: connect(**kw)

    @contextlib.contextmanager
    def replication_cursor(self, host=None, port=5432, **kwargs):
        R.REC.emit({'op': 'connect', 'user': self.config.replication.get('username'), 'replication': True})
        yield FakeCursor(world, [])
    Postgresql.get_replication_connection_cursor = replication_cursor
    Postgresql.checkpoint = lambda self, *a, **k: None


def install_world(world):
    """pg_controldata answers from the world; launches change it."""
    orig_probe, orig_launch = R.Recorder.probe, R.Recorder.launch

    def probe(self, argv):
        prog = os.path.basename(str(argv[0]))
        if 'pg_controldata' in prog:
            return world.controldata(self.pg_num).encode() if os.path.exists(os.path.join(self.data_dir, 'PG_VERSION')) else b''
        return orig_probe(self, argv)

    def launch(self, argv, env=None, via='subprocess.call'):
        code = orig_launch(self, argv, env, via)
        if self.context is None:
            extra = world.launched([os.fsdecode(a) if isinstance(a, bytes) else a for a in argv])
            if extra:
                self.events[-1]['simulated'] = 'exit %d' % extra
                return extra
        return code
    R.Recorder.probe = probe
    R.Recorder.launch = launch


# What the WAL directory's archive_status holds when the former primary stopped: a segment and a partial one still to
# be archived, a .ready whose segment is gone, and one already archived. (name, segment present)
ARCHIVE_STATUS = (('000000010000000000000001.done', True), ('000000010000000000000002.ready', True),
                  ('000000010000000000000003.partial.ready', True), ('000000010000000000000004.ready', False))


def former_primary_data_dir(rec, pg_num):
    """A former primary's data directory: complete, with a replication slot a leader keeps for a replica, and WAL
    segments not yet archived. Returns what the harness put in archive_status."""
    rec.populate_data_dir(True)
    slot = os.path.join(rec.data_dir, 'pg_replslot', 'pg_node2')
    os.makedirs(slot, exist_ok=True)
    with R._real['open'](os.path.join(slot, 'state'), 'w') as f:
        f.write('slot\n')
    wal = os.path.join(rec.data_dir, 'pg_wal' if pg_num >= 100000 else 'pg_xlog')
    os.makedirs(os.path.join(wal, 'archive_status'), exist_ok=True)
    for name, present in ARCHIVE_STATUS:
        with R._real['open'](os.path.join(wal, 'archive_status', name), 'w') as f:
            f.write('')
        if present:
            with R._real['open'](os.path.join(wal, name.rsplit('.', 1)[0]), 'w') as f:
                f.write('')
    return {'wal_dir': os.path.basename(wal), 'archive_status': [n for n, _ in ARCHIVE_STATUS],
            'segments': [n.rsplit('.', 1)[0] for n, present in ARCHIVE_STATUS if present]}


def install_guc_answers(raw):
    """`postgres -C archive_mode|archive_command`, which Patroni asks before archiving the .ready segments, answered
    from the fixture's postgresql.parameters as PostgreSQL would print them (Patroni writes Python's str of the value;
    archive_mode is then parsed as PostgreSQL's enum). Other names answer nothing, as before."""
    params = ((raw.get('postgresql') or {}).get('parameters') or {})
    words = {'on': 'on', 'true': 'on', 'yes': 'on', '1': 'on', 'off': 'off', 'false': 'off', 'no': 'off', '0': 'off',
             'always': 'always'}
    orig = R.Recorder.probe

    def probe(self, argv):
        names = [os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in argv]
        if os.path.basename(names[0]) == 'postgres' and '-C' in names:
            name = names[names.index('-C') + 1]
            if name == 'archive_mode':
                return (words.get(str(params.get('archive_mode', 'off')).strip().lower(), 'off') + '\n').encode()
            if name == 'archive_command':
                return (str(params.get('archive_command', '')) + '\n').encode()
        return orig(self, argv)
    R.Recorder.probe = probe


def install_shell_popen():
    """Patroni (3.1.0 and later) archives a .ready segment with Popen([cmd], shell=True): record what Popen runs then
    on POSIX, /bin/sh -c cmd, instead of the one-string argv record.py's interceptor would show."""
    import psutil
    import subprocess
    intercepted = subprocess.Popen

    def popen(args, *a, **kw):
        if kw.pop('shell', False):
            args = ['/bin/sh', '-c'] + ([args] if isinstance(args, str) else list(args))
        return intercepted(args, *a, **kw)
    subprocess.Popen = popen
    psutil.Popen = popen


def install_archive_status_events(rec):
    """Removals and renames inside archive_status are part of what Patroni does to a former primary: record them."""
    orig_emit = rec.emit
    inside = lambda p: os.sep + 'archive_status' + os.sep in p and p.startswith(rec.data_dir + os.sep)
    for kind in ('remove', 'unlink'):
        real = getattr(os, kind)

        def remove(path, *a, _real=real, **kw):
            p = os.path.abspath(os.fsdecode(path))
            if inside(p):
                orig_emit({'op': 'remove', 'path': p})
            return _real(path, *a, **kw)
        setattr(os, kind, remove)
    real_rename = os.rename

    def rename(src, dst, *a, **kw):
        sp, dp = os.path.abspath(os.fsdecode(src)), os.path.abspath(os.fsdecode(dst))
        if inside(sp) and inside(dp):
            orig_emit({'op': 'rename', 'from': sp, 'to': dp})
        return real_rename(src, dst, *a, **kw)
    os.rename = rename


def write_postmaster_opts(postgresql, rec):
    """postmaster.opts as PostgreSQL writes it at a start: the program, then each argument in double quotes. The
    arguments are those Patroni passes when it starts this server (taken from its own start, not recorded)."""
    seen = []
    from patroni.postgresql.postmaster import PostmasterProcess
    recorded = PostmasterProcess.start

    def capture(pgcommand, data_dir, conf, options):
        seen.append([pgcommand, '-D', data_dir, '--config-file={}'.format(conf)] + list(options))
        return recorded(pgcommand, data_dir, conf, options)
    PostmasterProcess.start = staticmethod(capture)
    try:
        postgresql.start()
    finally:
        PostmasterProcess.start = staticmethod(recorded)
        postgresql._postmaster_proc = None
    argv = seen[0]
    with R._real['open'](os.path.join(rec.data_dir, 'postmaster.opts'), 'w') as f:
        f.write('%s %s\n' % (argv[0], ' '.join('"%s"' % a for a in argv[1:])))
    # the start wrote files of a primary that the crash leaves as they are; none of them is part of the trace
    for name in ('standby.signal', 'recovery.signal', 'recovery.conf'):
        p = os.path.join(rec.data_dir, name)
        if os.path.exists(p):
            R._real['unlink'](p)


def data_dir_empty(path):
    return not os.path.exists(path) or not os.listdir(path)


def run(fixture, pg_version, scenario, clone_from):
    import yaml
    rec = R.REC
    world = World(scenario)
    install_world(world)
    install_leader(world)
    with R._real['open'](fixture) as f:
        raw = yaml.safe_load(f)
    rec.data_dir = os.path.abspath(rec.to_scratch(raw['postgresql']['data_dir']))
    wal = former_primary_data_dir(rec, rec.pg_num)
    install_guc_answers(raw)
    install_archive_status_events(rec)
    install_shell_popen()
    config_dir = (raw['postgresql'] or {}).get('config_dir')
    if config_dir:
        # a former primary's config_dir holds the postgresql.base.conf Patroni renamed there at its first start
        d = os.path.abspath(rec.to_scratch(config_dir))
        os.makedirs(d, exist_ok=True)
        with R._real['open'](os.path.join(d, 'postgresql.base.conf'), 'w') as f:
            f.write('# the base configuration\n')
    raw, config, postgresql, cluster, cluster_config, leader_member, global_config = \
        R.build_objects(fixture, rec, clone_from, CLONE_NAME)
    from patroni.dcs import Leader
    from patroni.ha import Ha
    from patroni.version import __version__
    leader_member.data['version'] = __version__   # a leader that publishes checkpoint_after_promote
    cluster = R.replace_tuple(cluster, initialize=R.FAKE_SYSID, config=cluster_config,
                              leader=Leader(1, 30, leader_member), members=[leader_member])
    if scenario == 'crashed':
        write_postmaster_opts(postgresql, rec)
    dcs = R.StubDCS(cluster, getattr(postgresql, 'mpp_handler', None) and R._mpp_of(config))
    patroni = R.make_stub_patroni(config, postgresql, dcs)
    ha = Ha(patroni)
    ha.cluster = cluster
    ha._async_executor = R.SyncExecutor()
    if global_config is not None:
        global_config.update(cluster, config.dynamic_configuration)
    cycles = []
    rec.active = True
    try:
        for _ in range(MAX_CYCLES):
            before = len(rec.events)
            ha._async_executor.ran = []
            try:
                msg = ha.bootstrap() if data_dir_empty(rec.data_dir) else ha.recover()
            except Exception as e:
                cycles.append({'raised': '%s: %s' % (type(e).__name__, e), 'at': R._tb_tail()})
                break
            ex = ha._async_executor
            cycle = {'message': rec.unmap_str(str(msg))}
            if ex.ran and ex.last and ex.last[0] == 'raised':
                cycle['raised'] = '%s: %s' % (type(ex.last[1]).__name__, ex.last[1])
            cycles.append(cycle)
            if any(e.get('op') == 'start' for e in rec.events[before:]):
                break
    finally:
        rec.active = False
    events = rec.events
    rec.events = []
    started = any(e.get('op') == 'start' for e in events)
    return {'outcome': 'started' if started else 'not started', 'cycles': cycles, 'events': events, 'wal': wal}


def child(fixture, pg_version, scenario, clone_from):
    scratch = os.path.realpath(R._real['mkdtemp'](prefix='pprej-'))
    try:
        R.REC = R.Recorder(scratch, pg_version, [], [], 1, True)
        home = R.REC.to_scratch(R.PSEUDO_HOME)
        os.makedirs(home, exist_ok=True)
        os.environ['HOME'] = home
        os.chdir(home)
        R.install_interceptors()
        R.patch_patroni()
        return R.REC.unmap(run(fixture, pg_version, scenario, clone_from))
    finally:
        os.chdir('/')
        os.unlink, os.remove = R._real['unlink'], R._real['remove']
        R._real['rmtree'](scratch, ignore_errors=True)


def record_one(fixture, label, pg_version, scenario, clone_from, source):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            out = {'result': child(fixture, pg_version, scenario, clone_from)}
        except BaseException as e:  # noqa
            out = {'error': '%s: %s' % (type(e).__name__, e), 'tb': traceback.format_exc()}
        with os.fdopen(w, 'wb') as f:
            f.write(json.dumps(out).encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r, 'rb') as f:
        out = json.loads(f.read().decode() or '{}')
    os.waitpid(pid, 0)
    if 'error' in out:
        sys.stderr.write('harness error in %s pg%s %s:\n%s\n' % (label, pg_version, scenario, out.get('tb')))
    from patroni.version import __version__
    doc = {'recorded_with': {'patroni': __version__, 'source': source or R.guess_source()},
           'fixture': label, 'pg_version': float(pg_version) if '.' in pg_version else int(pg_version),
           'clone_from': clone_from, 'scenario': scenario,
           'harness': {'clone_member_name': CLONE_NAME, 'home': R.PSEUDO_HOME, 'local_checkpoint': LOCAL_CHECKPOINT,
                       'leader_switchpoint': SWITCHPOINT}}
    doc['rejoin'] = out.get('result') or {'outcome': 'harness_error', 'error': out.get('error'), 'events': []}
    wal = doc['rejoin'].pop('wal', None)
    if wal:
        doc['harness']['wal'] = wal
    return doc


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fixtures', nargs='+')
    ap.add_argument('--pg-version', action='append', required=True)
    ap.add_argument('--scenario', action='append', required=True, help='|'.join(SCENARIOS) + ' or all')
    ap.add_argument('--clone-from', default='postgres://10.0.0.5:5432/postgres')
    ap.add_argument('--source')
    ap.add_argument('--out-dir')
    args = ap.parse_args()
    scenarios = list(SCENARIOS) if 'all' in args.scenario else args.scenario
    versions = [R.norm_pg_version(v) for v in args.pg_version]
    # import Patroni once, before forking (fails early); this order avoids an import cycle of the source trees
    import patroni.config  # noqa: F401
    import patroni.dcs  # noqa: F401
    import patroni.ha  # noqa: F401
    runs = [(f, v, s) for f in args.fixtures for v in versions for s in scenarios]
    if len(runs) > 1 and not args.out_dir:
        ap.error('several runs need --out-dir')
    for fixture, version, scenario in runs:
        doc = record_one(os.path.abspath(fixture), R.fixture_label(fixture), version, scenario, args.clone_from,
                         args.source)
        text = json.dumps(doc, indent=1, ensure_ascii=False) + '\n'
        if args.out_dir:
            os.makedirs(args.out_dir, exist_ok=True)
            name = '%s.pg%s.%s.json' % (os.path.splitext(os.path.basename(fixture))[0], version, scenario)
            with R._real['open'](os.path.join(args.out_dir, name), 'w') as f:
                f.write(text)
        else:
            sys.stdout.write(text)


if __name__ == '__main__':
    main()
