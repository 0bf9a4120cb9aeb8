#!/usr/bin/env python3
"""Record what Patroni would execute for bootstrap, replica creation and a new replica's first start.

The harness imports whichever ``patroni`` package comes first on ``sys.path`` (the Debian package under
/usr/lib/python3/dist-packages, or a source tree exported from a git tag and put first via PYTHONPATH), builds
Patroni's own ``Config``, ``Postgresql``, ``Bootstrap`` and ``Ha`` objects from a fixture config, and drives them
with every process launch, data-directory removal, sleep, postgres start/stop and SQL query intercepted and recorded
instead of executed.  Nothing reaches a real server or a real DCS.

See oracle/README.md for the trace format and for what is intercepted and why.

Usage:
    record.py FIXTURE.yml --pg-version 15 --clone-from postgres://10.0.0.5:5432/postgres      # one JSON on stdout
    record.py FIXTURE.yml [...] --pg-version 9.6 --pg-version 16 --clone-from URL --clone-from none \
        --out-dir oracle/golden/4.1.4                                                          # many runs, one file each
"""
import argparse
import builtins
import copy
import io
import json
import logging
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
import traceback

# ---------------------------------------------------------------------------------------------------------------
# Process-wide setup that must happen before Patroni is imported.
# ---------------------------------------------------------------------------------------------------------------

os.umask(0o022)  # Patroni remembers the umask at import time (pg_perm.orig_umask); systemd's default is 022.

# A minimal, deterministic environment: traces record only what Patroni adds or changes, but Patroni's Config also
# reads PATRONI_* variables, and libpq-ish PG* variables must not leak in.
_KEEP_ENV = {'PATH': '/usr/local/bin:/usr/bin:/bin', 'LANG': 'C.UTF-8'}
for _k in list(os.environ):
    if _k not in ('PYTHONPATH',):
        del os.environ[_k]
os.environ.update(_KEEP_ENV)

_real = {
    'open': builtins.open,
    'rmtree': shutil.rmtree,
    'remove': os.remove,
    'unlink': os.unlink,
    'rename': os.rename,
    'chmod': os.chmod,
    'sleep': time.sleep,
    'mkstemp': tempfile.mkstemp,
    'mkdtemp': tempfile.mkdtemp,
    'call': subprocess.call,
    'check_output': subprocess.check_output,
    'Popen': subprocess.Popen,
}

# Minor versions reported by the fake `postgres --version`; only the major matters to Patroni's decisions.
MINOR = {'9.5': '9.5.25', '9.6': '9.6.24', '10': '10.23', '11': '11.22', '12': '12.22', '13': '13.21',
         '14': '14.18', '15': '15.13', '16': '16.9', '17': '17.5', '18': '18.0'}

PSEUDO_HOME = '/var/lib/postgresql'   # $HOME of the postgres user on Debian; the default pgpass is $HOME/pgpass
FAKE_SYSID = '7350000000000000001'

logging.getLogger().setLevel(logging.WARNING)


def norm_pg_version(v):
    v = str(v)
    if v.startswith('9.') or v in MINOR:
        return v
    if re.match(r'^\d+$', v) and int(v) >= 10:
        return v
    raise SystemExit('unsupported --pg-version ' + v)


def pg_version_num(v):
    """'9.6' -> 90600, '15' -> 150000"""
    parts = v.split('.')
    return int(parts[0]) * 10000 + (int(parts[1]) * 100 if int(parts[0]) < 10 else 0)


# ---------------------------------------------------------------------------------------------------------------
# The recorder: one instance per run (a run is one branch of one fixture).
# ---------------------------------------------------------------------------------------------------------------

class FailRule(object):
    def __init__(self, spec):
        name, _, which = spec.partition('@')
        self.name = name
        self.which = set(int(x) for x in which.split(',')) if which else None  # 1-based invocation numbers
        self.count = 0

    def hit(self, names):
        if self.name not in names:
            return False
        self.count += 1
        return self.which is None or self.count in self.which


class Recorder(object):

    def __init__(self, scratch, pg_version, fail_specs, missing_specs, fail_code, failure_leaves_data):
        self.scratch = scratch
        self.root = os.path.join(scratch, 'root')       # the fixture's absolute paths live under this prefix
        self.tmpdir = os.path.join(scratch, 'tmp')      # tempfile.mkstemp() lands here
        os.makedirs(self.root)
        os.makedirs(self.tmpdir)
        self.pg_version = pg_version
        self.pg_num = pg_version_num(pg_version)
        self.fail_rules = [FailRule(s) for s in fail_specs]
        self.missing_rules = [FailRule(s) for s in missing_specs]
        self.fail_code = fail_code
        self.failure_leaves_data = failure_leaves_data
        self.events = []
        self.active = False
        self.context = None          # 'initdb' | 'custom_bootstrap' | 'create_replica' | 'post_bootstrap' | None
        self.context_names = set()   # extra names a --fail rule may use for the current launch
        self.current_method = None
        self.temp_files = {}         # scratch temp path -> placeholder
        self.temp_counter = 0
        self.postgresql = None       # set once the Postgresql object exists
        self.data_dir = None         # scratch path of the data directory
        self.restore_writes_recovery = False  # --restore-writes-recovery
        self.record_sql = False      # --sql: also record the SQL Patroni sends after the bootstrap
        self.watch_files = {}        # scratch path -> kind ('pgpass', 'recovery.conf', 'signal', 'postgresql.conf')

    # -- path mapping ------------------------------------------------------------------------------------------
    def to_scratch(self, path):
        if isinstance(path, str) and path.startswith('/'):
            return self.root + path
        return path

    def unmap_str(self, s):
        for tmp, placeholder in sorted(self.temp_files.items(), key=lambda x: -len(x[0])):
            s = s.replace(tmp, placeholder)
        s = s.replace(self.root, '')
        if self.scratch in s:
            s = s.replace(self.tmpdir, '${TMPDIR}').replace(self.scratch, '${SCRATCH}')
        return s

    def unmap(self, obj):
        if isinstance(obj, str):
            return self.unmap_str(obj)
        if isinstance(obj, list):
            return [self.unmap(x) for x in obj]
        if isinstance(obj, tuple):
            return [self.unmap(x) for x in obj]
        if isinstance(obj, dict):
            return {self.unmap(k): self.unmap(v) for k, v in obj.items()}
        return obj

    def inside_scratch(self, path):
        try:
            p = os.path.abspath(os.fsdecode(path))
        except Exception:
            return False
        return p == self.scratch or p.startswith(self.scratch + os.sep)

    def emit(self, event):
        if self.active:
            self.events.append(event)
        return event

    # -- the fake data directory -------------------------------------------------------------------------------
    def populate_data_dir(self, complete=True):
        d = self.data_dir
        if not d:
            return
        os.makedirs(d, exist_ok=True)
        _real['chmod'](d, 0o700)
        if not complete:
            with _real['open'](os.path.join(d, 'partial_copy'), 'w') as f:
                f.write('left behind by a failed command\n')
            return
        os.makedirs(os.path.join(d, 'global'), exist_ok=True)
        os.makedirs(os.path.join(d, 'base'), exist_ok=True)
        files = {
            'PG_VERSION': self.pg_version + '\n',
            'global/pg_control': '',
            'postgresql.conf': '# postgresql.conf written by the fake initdb\n',
            'pg_hba.conf': 'local all all trust\n',
            'pg_ident.conf': '',
            'postgresql.auto.conf': '# Do not edit this file manually!\n',
        }
        for name, content in files.items():
            p = os.path.join(d, name)
            if not os.path.exists(p):
                with _real['open'](p, 'w') as f:
                    f.write(content)
                _real['chmod'](p, 0o600)

    def write_tool_recovery_settings(self):
        """What pgBackRest/Barman restores leave behind: recovery.signal plus restore_command in postgresql.auto.conf
        (12+), or a recovery.conf (< 12).  Only with --restore-writes-recovery."""
        cmd = "restore_command = 'pgbackrest --stanza=main archive-get %f \"%p\"'\n"
        if self.pg_num >= 120000:
            with _real['open'](os.path.join(self.data_dir, 'recovery.signal'), 'w'):
                pass
            with _real['open'](os.path.join(self.data_dir, 'postgresql.auto.conf'), 'a') as f:
                f.write(cmd)
        else:
            with _real['open'](os.path.join(self.data_dir, 'recovery.conf'), 'w') as f:
                f.write(cmd)

    # -- process launches --------------------------------------------------------------------------------------
    def launch(self, argv, env=None, via='subprocess.call'):
        argv = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else a for a in argv]
        names = {argv[0], os.path.basename(str(argv[0]))} | set(self.context_names)
        if self.current_method and self.context == 'create_replica':
            names.add(self.current_method)
        ev = {'op': 'exec', 'argv': list(argv), 'env': {}}
        if env is not None:
            base = os.environ
            ev['env'] = {k: env[k] for k in sorted(env) if base.get(k) != env[k]}
            removed = sorted(k for k in base if k not in env)
            if removed:
                ev['env_removed'] = removed
        # contents of temporary files named on the command line, as they are when the command runs
        files = {}
        for tmp in self.temp_files:
            if any(tmp in str(a) for a in argv) and os.path.exists(tmp):
                with _real['open'](tmp, 'rb') as f:
                    content = f.read().decode('utf-8', 'replace')
                files[tmp] = {'content': content, 'mode': '%04o' % stat.S_IMODE(os.stat(tmp).st_mode)}
        if files:
            ev['files'] = files
        missing = any(r.hit(names) for r in self.missing_rules)
        code = 0
        if not missing and any(r.hit(names) for r in self.fail_rules):
            code = self.fail_code
        if missing:
            ev['simulated'] = 'not found'
        elif code:
            ev['simulated'] = 'exit %d' % code
        self.emit(ev)
        if missing:
            raise FileNotFoundError(2, 'No such file or directory', argv[0])
        if self.context in ('initdb', 'custom_bootstrap', 'create_replica'):
            if code == 0:
                self.populate_data_dir(True)
                if self.context == 'custom_bootstrap' and self.restore_writes_recovery:
                    self.write_tool_recovery_settings()
            elif self.failure_leaves_data:
                self.populate_data_dir(False)
        return code

    # -- probes: programs Patroni runs only to learn something (not part of the plan) ---------------------------
    def probe(self, argv):
        argv = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else str(a) for a in argv]
        prog = os.path.basename(argv[0])
        if '--version' in argv:
            return ('%s (PostgreSQL) %s\n' % (prog, MINOR.get(self.pg_version, self.pg_version + '.0'))).encode()
        if '--describe-config' in argv:
            return ''.join('%s\tpostmaster\tfake\tstring\t\t\t\n' % n for n in sorted(available_gucs(self.pg_num))
                           ).encode()
        if 'pg_controldata' in prog or (len(argv) == 2 and self.data_dir and argv[1] == self.data_dir):
            in_recovery = self.postgresql is not None and self.postgresql.config.recovery_conf_exists()
            return controldata_text(self.pg_num, in_recovery).encode()
        return b''

    # -- files --------------------------------------------------------------------------------------------------
    def watched(self, path):
        return self.watch_files.get(os.path.abspath(path))

    def record_write(self, path, content):
        kind = self.watched(path)
        if not kind:
            return
        ev = {'op': 'write', 'path': path, 'content': content}
        try:
            ev['mode'] = '%04o' % stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            pass
        if kind == 'postgresql.conf':
            if self.pg_num < 120000:
                return
            marker = '\n# recovery.conf\n'
            idx = content.find(marker)
            ev['section'] = 'recovery'
            ev['content'] = content[idx + len(marker):] if idx >= 0 else ''
        self.emit(ev)

    def record_chmod(self, path, mode):
        path = os.path.abspath(os.fsdecode(path))
        for ev in reversed(self.events):
            if ev.get('op') == 'write' and ev.get('path') == path:
                ev['mode'] = '%04o' % stat.S_IMODE(mode)
                break
            if ev.get('path') == path:
                break


REC = None  # the current Recorder


# ---------------------------------------------------------------------------------------------------------------
# Fake outputs
# ---------------------------------------------------------------------------------------------------------------

def controldata_text(pg_num, in_recovery):
    lines = [
        ('pg_control version number', '1300'),
        ('Catalog version number', '202307071'),
        ('Database system identifier', FAKE_SYSID),
        ('Database cluster state', 'shut down in recovery' if in_recovery else 'shut down'),
        ("Latest checkpoint location", '0/3000028'),
        ("Latest checkpoint's REDO location", '0/3000028'),
        ("Latest checkpoint's TimeLineID", '1'),
        ("Latest checkpoint's PrevTimeLineID", '1'),
        ('Minimum recovery ending location', '0/0'),
        ("Min recovery ending loc's timeline", '0'),
        ('wal_level setting', 'replica'),
        ('wal_log_hints setting', 'on'),
        ('max_connections setting', '100'),
        ('max_worker_processes setting', '8'),
        ('max_wal_senders setting', '10'),
        ('max_prepared_xacts setting', '0'),
        ('max_locks_per_xact setting', '64'),
        ('track_commit_timestamp setting', 'off'),
        ('Database block size', '8192'),
        ('WAL block size', '8192'),
        ('Bytes per WAL segment', '16777216'),
        ('Data page checksum version', '0'),
    ]
    return ''.join('%s: %s\n' % kv for kv in lines)


_GUC_CACHE = {}


def available_gucs(pg_num):
    """GUC names of a PostgreSQL major, as known to the loaded Patroni's own validators (general + recovery)."""
    if pg_num in _GUC_CACHE:
        return _GUC_CACHE[pg_num]
    names = set()
    try:
        from patroni.postgresql import validator
        for table in (getattr(validator, 'parameters', {}), getattr(validator, 'recovery_parameters', {})):
            for name, rules in table.items():
                rules = rules if isinstance(rules, (list, tuple)) else (rules,)
                for r in rules:
                    vf = getattr(r, 'version_from', 0) or 0
                    vt = getattr(r, 'version_till', None)
                    if pg_num >= vf and (vt is None or pg_num < vt):
                        names.add(name)
                        break
    except Exception:
        pass
    _GUC_CACHE[pg_num] = names
    return names


# ---------------------------------------------------------------------------------------------------------------
# Interceptors
# ---------------------------------------------------------------------------------------------------------------

class FakeProc(object):
    """Stands in for psutil.Popen / subprocess.Popen objects."""
    pid = 424242

    def __init__(self, code):
        self.returncode = code

    def wait(self, *a, **k):
        return self.returncode

    def poll(self):
        return self.returncode

    def communicate(self, *a, **k):
        return (b'', b'')

    def is_running(self):
        return False

    def children(self, *a, **k):
        return []

    def kill(self):
        pass

    terminate = suspend = kill


def fake_call(args, *a, **kw):
    argv = list(args) if not isinstance(args, str) else shlex.split(args)
    return REC.launch(argv, kw.get('env'), 'subprocess.call')


def fake_check_output(args, *a, **kw):
    return REC.probe(list(args))


def fake_popen(args, *a, **kw):
    argv = list(args) if not isinstance(args, str) else shlex.split(args)
    return FakeProc(REC.launch(argv, kw.get('env'), 'Popen'))


def fake_sleep(seconds):
    REC.emit({'op': 'sleep', 'seconds': seconds})


def fake_rmtree(path, *a, **kw):
    REC.emit({'op': 'rmtree', 'path': os.fsdecode(path)})
    if REC.inside_scratch(path):
        return _real['rmtree'](path, *a, **kw)
    REC.emit({'op': 'log', 'level': 'harness', 'message': 'refused rmtree outside scratch'})


def _fake_remove(kind):
    def remove(path, *a, **kw):
        p = os.path.abspath(os.fsdecode(path))
        if p in REC.temp_files or REC.watched(p) or p == REC.data_dir:
            REC.emit({'op': 'remove', 'path': p})
        if REC.inside_scratch(p):
            return _real[kind](path, *a, **kw)
        REC.emit({'op': 'log', 'level': 'harness', 'message': 'refused %s outside scratch' % kind})
    return remove


def fake_rename(src, dst, *a, **kw):
    s, d = os.path.abspath(os.fsdecode(src)), os.path.abspath(os.fsdecode(dst))
    if s == REC.data_dir or s.startswith(REC.data_dir + os.sep) and not REC.inside_scratch(dst) or \
            (REC.data_dir and s == REC.data_dir.rstrip(os.sep)):
        REC.emit({'op': 'rename', 'from': s, 'to': d})
    if REC.inside_scratch(s) and REC.inside_scratch(d):
        return _real['rename'](src, dst, *a, **kw)
    REC.emit({'op': 'log', 'level': 'harness', 'message': 'refused rename outside scratch'})


def fake_chmod(path, mode, *a, **kw):
    if isinstance(path, int):
        return _real['chmod'](path, mode, *a, **kw)
    ret = _real['chmod'](path, mode, *a, **kw) if REC.inside_scratch(path) else None
    REC.record_chmod(path, mode)
    return ret


def fake_mkstemp(*a, **kw):
    if kw.get('dir') or len(a) >= 3:
        # a file in a chosen directory (e.g. Patroni probing that a directory is writable): not a temp file
        return _real['mkstemp'](*a, **kw)
    kw = dict(kw)
    kw['dir'] = REC.tmpdir
    fd, path = _real['mkstemp'](*a, **kw)
    REC.temp_counter += 1
    placeholder = '${PWFILE}' if REC.context == 'initdb' and '${PWFILE}' not in REC.temp_files.values() \
        else '${TMPFILE%d}' % REC.temp_counter
    REC.temp_files[path] = placeholder
    return fd, path


class WriteProxy(object):
    def __init__(self, f, path):
        self._f = f
        self._path = path
        self._buf = io.StringIO() if 'b' not in getattr(f, 'mode', '') else io.BytesIO()
        self._done = False

    def write(self, data):
        self._buf.write(data)
        return self._f.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def close(self):
        r = self._f.close()
        if not self._done:
            self._done = True
            content = self._buf.getvalue()
            if isinstance(content, bytes):
                content = content.decode('utf-8', 'replace')
            REC.record_write(self._path, content)
        return r

    def __enter__(self):
        self._f.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __iter__(self):
        return iter(self._f)


def fake_open(file, mode='r', *a, **kw):
    if isinstance(file, int) or REC is None:
        return _real['open'](file, mode, *a, **kw)
    path = os.path.abspath(os.fsdecode(file))
    writing = any(c in mode for c in 'wax+')
    if writing and not REC.inside_scratch(path) and path != os.devnull:
        raise PermissionError(13, 'harness refuses writes outside the scratch directory', path)
    f = _real['open'](file, mode, *a, **kw)
    if writing and REC.watched(path):
        return WriteProxy(f, path)
    return f


class LogCapture(logging.Handler):
    def emit(self, record):
        if REC is None or record.levelno < logging.WARNING:
            return
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        ev = {'op': 'log', 'level': record.levelname.lower(), 'message': message}
        if record.exc_info and record.exc_info[1] is not None:
            e = record.exc_info[1]
            ev['exception'] = '%s: %s' % (type(e).__name__, e)
        REC.emit(ev)


def install_interceptors():
    builtins.open = fake_open
    shutil.rmtree = fake_rmtree
    os.remove = _fake_remove('remove')
    os.unlink = _fake_remove('unlink')
    os.rename = fake_rename
    os.chmod = fake_chmod
    time.sleep = fake_sleep
    tempfile.mkstemp = fake_mkstemp
    subprocess.call = fake_call
    subprocess.check_output = fake_check_output
    subprocess.Popen = fake_popen
    import psutil
    psutil.Popen = fake_popen
    logging.getLogger().addHandler(LogCapture())


# ---------------------------------------------------------------------------------------------------------------
# Patroni-side stubs
# ---------------------------------------------------------------------------------------------------------------

def conf_parameter_lines(conf):
    """The server-parameter lines of the postgresql.conf Patroni wrote before this start: after its `include`
    line, before its recovery section (recorded apart, as the `write` event of section `recovery`)."""
    try:
        with _real['open'](conf) as f:
            text = f.read()
    except OSError:
        return None
    text = text.split('\n# recovery.conf\n', 1)[0]
    return [line for line in text.split('\n') if line and not line.startswith(('include ', '#'))]


def patch_patroni():
    """Replace the few Patroni methods that would wait for or talk to a running server."""
    import patroni.postgresql as pgmod
    from patroni.postgresql import Postgresql
    from patroni.postgresql.postmaster import PostmasterProcess

    class FakePostmaster(object):
        pid = 434343

        def is_running(self):
            return True

        def __getattr__(self, name):
            return lambda *a, **k: True

    def start_postmaster(pgcommand, data_dir, conf, options):
        REC.emit({'op': 'start', 'argv': [pgcommand, '-D', data_dir, '--config-file={}'.format(conf)] + list(options),
                  'conf': conf_parameter_lines(conf)})
        return FakePostmaster()

    PostmasterProcess.start = staticmethod(start_postmaster)
    Postgresql.wait_for_port_open = lambda self, *a, **k: True
    Postgresql.wait_for_startup = lambda self, *a, **k: True

    def stop(self, mode='fast', *a, **kw):
        if self._postmaster_proc is not None:  # Patroni does nothing when postgres is not running
            REC.emit({'op': 'stop', 'mode': mode})
        self._postmaster_proc = None
        return True
    Postgresql.stop = stop

    def reload(self, *a, **kw):
        REC.emit({'op': 'reload'})
        return True
    Postgresql.reload = reload

    def query(self, sql, *params, **kw):
        if not REC.record_sql:
            return []
        REC.emit({'op': 'sql', 'query': sql, 'params': [repr(p) for p in params]} if params else
                 {'op': 'sql', 'query': sql})
        return []
    Postgresql.query = query
    if hasattr(Postgresql, '_query'):
        Postgresql._query = lambda self, sql, *params, **kw: query(self, sql, *params)

    class FakeConn(object):
        server_version = 0

        def close(self):
            pass

        def __getattr__(self, name):
            return lambda *a, **k: None
    Postgresql.connection = lambda self: FakeConn()

    # quote_ident needs a live connection in psycopg; use the plain SQL rule instead.
    def quote_ident(value, conn=None):
        return '"' + str(value).replace('"', '""') + '"'
    import patroni.postgresql.bootstrap as bsmod
    bsmod.quote_ident = quote_ident

    # context tracking, so a --fail rule can name a phase and fake commands know what they produce
    from patroni.postgresql.bootstrap import Bootstrap

    def wrap(name, ctx):
        orig = getattr(Bootstrap, name)

        def wrapper(self, *a, **kw):
            prev, prev_names = REC.context, REC.context_names
            REC.context = ctx
            REC.context_names = {ctx}
            if ctx == 'custom_bootstrap':
                REC.context_names = {ctx, REC.bootstrap_method or ''}
            try:
                return orig(self, *a, **kw)
            finally:
                REC.context, REC.context_names = prev, prev_names
        setattr(Bootstrap, name, wrapper)

    wrap('_initdb', 'initdb')
    wrap('_custom_bootstrap', 'custom_bootstrap')
    wrap('create_replica', 'create_replica')
    wrap('call_post_bootstrap', 'post_bootstrap')

    orig_rmo = Postgresql.replica_method_options

    def replica_method_options(self, method):
        REC.current_method = method
        return orig_rmo(self, method)
    Postgresql.replica_method_options = replica_method_options

    # Placed last, so that the line numbers of the frames above, which traces name, stay as recorded.
    # Citus's bootstrap (CREATE DATABASE, CREATE EXTENSION citus, ...) opens its own psycopg connections: give
    # it a fake one, so the run goes on to what the plan compares (the SQL is recorded with --sql, as above).
    class FakeCursor(object):
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def execute(self, sql, params=None):
            query(None, sql, *(params or ()))

        def __getattr__(self, name):
            return lambda *a, **k: None

    class FakeCitusConn(FakeConn):
        autocommit = True

        def cursor(self):
            return FakeCursor()

    for modname in ('patroni.postgresql.citus', 'patroni.postgresql.mpp.citus'):
        try:
            mod = __import__(modname, fromlist=['connect'])
        except ImportError:
            continue
        if hasattr(mod, 'connect'):
            mod.connect = lambda *a, **k: FakeCitusConn()
        if hasattr(mod, 'quote_ident'):
            mod.quote_ident = lambda value, conn=None: '"' + str(value).replace('"', '""') + '"'
    return pgmod


class SyncExecutor(object):
    """Replaces Ha's AsyncExecutor: runs the action at once in this thread."""

    def __init__(self):
        self.last = None
        self.ran = []
        from patroni.async_executor import CriticalTask
        self.critical_task = CriticalTask()
        self.scheduled_action = None

    def try_run_async(self, action, func, args=(), kwargs=None):
        # Like Patroni's AsyncExecutor.run(): an exception escaping the task is caught (Patroni logs it).
        self.ran.append(action)
        try:
            self.last = ('ok', func(*args, **(kwargs or {})))
        except Exception as e:
            self.last = ('raised', e)
            self.tb = _tb_tail()
        return None

    def run_async(self, func, args=()):
        self.last = ('ok', func(*args))

    def busy(self):
        return False

    def reset_scheduled_action(self):
        pass


class StubDCS(object):
    def __init__(self, cluster, mpp=None):
        self.cluster = cluster
        self.ttl = 30
        self.loop_wait = 10
        self.event = threading.Event()
        if mpp is not None:
            self.mpp = mpp
        self.initialized = False

    def get_cluster(self, *a, **k):
        return self.cluster

    def initialize(self, create_new=True, sysid=''):
        self.initialized = True
        return True

    def cancel_initialization(self):
        REC.emit({'op': 'dcs', 'action': 'cancel_initialization'})
        return True

    def reload_config(self, config):
        pass

    def __getattr__(self, name):
        return lambda *a, **k: None


def make_stub_patroni(config, postgresql, dcs):
    tags_cfg = config.get('tags', {}) or {}
    tags = {t: v for t, v in tags_cfg.items()
            if t not in ('clonefrom', 'nofailover', 'noloadbalance', 'nosync', 'nostream') or v}
    try:
        from patroni.tags import Tags
        base = (Tags,)
        # the release's own filter (3.2.2+ keep a false nofailover next to failover_priority)
        tags = Tags._filter_tags(tags_cfg)
    except ImportError:
        base = (object,)

    def _tags(self):
        return tags

    attrs = {'tags': property(_tags)}
    if base == (object,):
        attrs.update({
            'nofailover': property(lambda self: bool(tags.get('nofailover', False))),
            'nosync': property(lambda self: bool(tags.get('nosync', False))),
            'nostream': property(lambda self: bool(tags.get('nostream', False))),
            'replicatefrom': property(lambda self: tags.get('replicatefrom')),
            'noloadbalance': property(lambda self: bool(tags.get('noloadbalance', False))),
        })
    cls = type('StubPatroni', base, attrs)
    p = cls()
    p.config = config
    p.postgresql = postgresql
    p.dcs = dcs
    p.scheduled_restart = {}
    p.api = p.request = p.watchdog = _Anything()
    from patroni.version import __version__
    p.version = __version__
    return p


class _Anything(object):
    def __getattr__(self, name):
        return lambda *a, **k: True


# ---------------------------------------------------------------------------------------------------------------
# One run
# ---------------------------------------------------------------------------------------------------------------

def map_config_paths(cfg, rec):
    """Move the config's filesystem paths under the scratch prefix (they are mapped back in the trace)."""
    pg = cfg.get('postgresql')
    if not isinstance(pg, dict):
        return cfg
    for key in ('data_dir', 'config_dir', 'pgpass'):
        if isinstance(pg.get(key), str) and pg[key]:
            pg[key] = rec.to_scratch(pg[key])

    def fix_params(params):
        if not isinstance(params, dict):
            return
        for key in ('unix_socket_directories', 'stats_temp_directory'):
            v = params.get(key)
            if isinstance(v, str) and v:
                params[key] = ','.join(rec.to_scratch(x.strip()) if x.strip().startswith('/') else x
                                       for x in v.split(','))
    fix_params(pg.get('parameters'))
    dcs = (cfg.get('bootstrap') or {}).get('dcs') if isinstance(cfg.get('bootstrap'), dict) else None
    if isinstance(dcs, dict) and isinstance(dcs.get('postgresql'), dict):
        fix_params(dcs['postgresql'].get('parameters'))
    return cfg


def build_objects(fixture_path, rec, clone_from, clone_name):
    import yaml
    from patroni.config import Config
    from patroni.postgresql import Postgresql
    from patroni.dcs import Cluster, ClusterConfig, Leader, Member

    with _real['open'](fixture_path) as f:
        raw = yaml.safe_load(f)
    cfg = map_config_paths(copy.deepcopy(raw), rec)
    cfg_file = os.path.join(rec.scratch, 'patroni.yml')
    with _real['open'](cfg_file, 'w') as f:
        yaml.safe_dump(cfg, f, sort_keys=False, allow_unicode=True, default_flow_style=False)

    try:
        config = Config(cfg_file, validator=None)
    except TypeError:
        config = Config(cfg_file)
    # Patroni at start-up: no /config key in the DCS yet, so bootstrap.dcs becomes the dynamic configuration
    if not config.dynamic_configuration and 'bootstrap' in config:
        config.set_dynamic_configuration(config['bootstrap']['dcs'])
    try:
        from patroni import global_config
        global_config.update(None, config.dynamic_configuration)
    except ImportError:
        global_config = None

    mpp = None
    try:
        from patroni.postgresql.mpp import get_mpp
        mpp = get_mpp(config)
    except ImportError:
        pass
    pgconf = config['postgresql']
    rec.data_dir = os.path.abspath(pgconf['data_dir'])
    if pgconf.get('config_dir'):
        # a configuration directory outside the data directory is assumed to exist (empty); Patroni does not create it
        os.makedirs(os.path.abspath(pgconf['config_dir']), mode=0o700, exist_ok=True)
    postgresql = Postgresql(pgconf, mpp) if mpp is not None else Postgresql(pgconf)
    rec.postgresql = postgresql
    cfgh = postgresql.config
    rec.watch_files = {
        os.path.abspath(cfgh._pgpass): 'pgpass',
        os.path.join(rec.data_dir, 'recovery.conf'): 'recovery.conf',
        os.path.join(rec.data_dir, 'standby.signal'): 'signal',
        os.path.join(rec.data_dir, 'recovery.signal'): 'signal',
        os.path.abspath(cfgh.postgresql_conf): 'postgresql.conf',
    }

    dyn = config.dynamic_configuration
    cluster_config = ClusterConfig.from_node(1, json.dumps(dyn), 1)
    cluster = Cluster.empty()
    leader_member = None
    if clone_from and clone_from != 'none':
        from urllib.parse import urlparse
        host = urlparse(clone_from).hostname or 'localhost'
        leader_member = Member(1, clone_name, 30, {
            'conn_url': clone_from, 'api_url': 'http://{0}:8008/patroni'.format(host),
            'state': 'running', 'role': 'primary', 'xlog_location': 50331648, 'timeline': 1})
    return raw, config, postgresql, cluster, cluster_config, leader_member, global_config


def run_branch(branch, fixture_path, rec, clone_from, clone_name):
    """Runs one branch in this (forked) process; returns the branch record."""
    from patroni.dcs import Leader
    result = {'outcome': None, 'events': []}
    try:
        raw, config, postgresql, cluster, cluster_config, leader_member, global_config = \
            build_objects(fixture_path, rec, clone_from, clone_name)
    except Exception as e:
        # Patroni itself would fail while starting up with this configuration (e.g. no name/scope/data_dir)
        result.update({'outcome': 'raised', 'stage': 'setup',
                       'error': rec.unmap_str('%s: %s' % (type(e).__name__, e)), 'raised_at': _tb_tail()})
        result['events'] = rec.events
        rec.events = []
        return result, None
    from patroni.ha import Ha

    if branch == 'bootstrap':
        cluster = replace_tuple(cluster, config=None, initialize=None)
    else:
        members = [leader_member] if leader_member else []
        leader = Leader(1, 30, leader_member) if leader_member else None
        cluster = replace_tuple(cluster, initialize=FAKE_SYSID, config=cluster_config, leader=leader, members=members)
    dcs = StubDCS(cluster, getattr(postgresql, 'mpp_handler', None) and _mpp_of(config))
    patroni = make_stub_patroni(config, postgresql, dcs)
    ha = Ha(patroni)
    ha.cluster = cluster
    ha._async_executor = SyncExecutor()
    if global_config is not None and branch != 'bootstrap':
        global_config.update(cluster, config.dynamic_configuration)

    first_start = {'outcome': None, 'events': []}
    rec.bootstrap_method = ((config.get('bootstrap') or {}).get('method') or 'initdb') \
        if isinstance(config.get('bootstrap'), dict) else 'initdb'

    orig_follow = postgresql.follow

    def follow(*a, **kw):
        # the clone succeeded: what follows is the first start of the new replica
        first_start['reached'] = True
        result['events'] = rec.events
        rec.events = []
        result['outcome'] = 'ok'
        try:
            ret = orig_follow(*a, **kw)
            first_start['outcome'] = 'ok' if ret is not False else 'failed'
            return ret
        except Exception as e:
            first_start['outcome'] = 'raised'
            first_start['error'] = '%s: %s' % (type(e).__name__, e)
            raise
        finally:
            first_start['events'] = rec.events
            rec.events = []
    postgresql.follow = follow

    rec.active = True
    try:
        try:
            msg = ha.bootstrap()
        except Exception as e:
            # Ha.bootstrap itself raised before any task ran (e.g. 3.0.2 reading a null replica method section
            # to choose the methods that work without a leader); Patroni's HA loop logs it and tries again
            result.update({'outcome': 'raised', 'stage': 'ha.bootstrap',
                           'error': rec.unmap_str('%s: %s' % (type(e).__name__, e)), 'raised_at': _tb_tail()})
            result['events'] = rec.events
            rec.events = []
            return result, None
        ex = ha._async_executor
        if not ex.ran:
            result['outcome'] = 'skipped'
            result['reason'] = rec.unmap_str(str(msg))
        else:
            result['action'] = rec.unmap_str(ex.ran[0])
            status, ret = ex.last
            if status == 'raised':
                if result['outcome'] == 'ok':   # the clone worked, the first start raised
                    pass
                else:
                    result['outcome'] = 'raised'
                    result['error'] = rec.unmap_str('%s: %s' % (type(ret).__name__, ret))
                    result['raised_at'] = ex.tb
                ret = False
            elif result['outcome'] is None:    # follow() was not reached
                result['outcome'] = 'ok' if ret else 'failed'
            if branch == 'bootstrap' and ex.ran[0] == 'bootstrap':
                bootstrap_aftermath(ha, postgresql, config, result, ret, rec)
    finally:
        rec.active = False
    if first_start.pop('reached', False):
        first_start['events'] += rec.events
    else:
        result['events'] = rec.events
        first_start = None
    rec.events = []
    return result, first_start


def replace_tuple(t, **kw):
    fields = dict(zip(t._fields, t))
    fields.update(kw)
    return type(t)(*[fields[f] for f in t._fields])


def _mpp_of(config):
    try:
        from patroni.postgresql.mpp import get_mpp
        return get_mpp(config)
    except ImportError:
        return None


def _tb_tail():
    tb = traceback.extract_tb(sys.exc_info()[2])
    return ['%s:%s %s' % (os.path.basename(fr.filename), fr.lineno, fr.name) for fr in tb[-3:]]


def primary_role():
    try:
        from patroni.postgresql.misc import PostgresqlRole
        return PostgresqlRole.PRIMARY
    except ImportError:
        from patroni.version import __version__
        return 'primary' if int(__version__.split('.')[0]) >= 4 else 'master'


def simulate_end_of_recovery(rec):
    """Play the server's part between the bootstrap's start and post_bootstrap: Patroni's HA loop waits until
    PostgreSQL leaves recovery; a server that ends archive recovery and promotes removes recovery.signal and
    standby.signal (12+) or renames recovery.conf to recovery.done (< 12).  Not recorded: Patroni does not do it."""
    d = rec.data_dir
    for name in ('recovery.signal', 'standby.signal'):
        p = os.path.join(d, name)
        if os.path.exists(p):
            _real['unlink'](p)
    p = os.path.join(d, 'recovery.conf')
    if os.path.exists(p):
        _real['rename'](p, os.path.join(d, 'recovery.done'))


def bootstrap_aftermath(ha, postgresql, config, result, ret, rec):
    """What Patroni's HA loop does after Bootstrap.bootstrap(): once PostgreSQL runs as a primary it marks the role
    and runs Bootstrap.post_bootstrap(); when the bootstrap failed (or post_bootstrap did) it cancels the
    initialisation (stop, move the data directory aside, fatal exit)."""
    from patroni.async_executor import CriticalTask
    from patroni.exceptions import PatroniFatalException
    post = None
    if ret and postgresql.is_running():
        simulate_end_of_recovery(rec)
        postgresql.set_role(primary_role())
        task = CriticalTask()
        post = postgresql.bootstrap.post_bootstrap(config['bootstrap'], task)
        result['post_bootstrap'] = 'ok' if post else 'failed'
    if not ret or not post:
        try:
            ha.cancel_initialization()
        except PatroniFatalException as e:
            rec.emit({'op': 'fatal', 'message': str(getattr(e, 'value', e))})
        if ret and result['outcome'] == 'ok':
            result['outcome'] = 'failed'


# ---------------------------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------------------------

def fixture_directives(path):
    """Extra harness options a fixture asks for, in comment lines of the form '# oracle: --fail pg_basebackup@1'."""
    extra = []
    with _real['open'](path) as f:
        for line in f:
            m = re.match(r'^#\s*oracle:\s*(.*)$', line.strip())
            if m:
                extra += shlex.split(m.group(1))
    return extra


def record_one(fixture, fixture_label, pg_version, clone_from, args):
    """Fork once per branch so that Patroni's module-level state never leaks between runs."""
    extra = fixture_directives(fixture)
    if extra:
        sub = argparse.ArgumentParser(prog='# oracle:')
        sub.add_argument('--fail', action='append', default=[])
        sub.add_argument('--missing', action='append', default=[])
        sub.add_argument('--fail-code', type=int, default=None)
        sub.add_argument('--clean-failures', action='store_true')
        sub.add_argument('--sql', action='store_true')
        sub.add_argument('--restore-writes-recovery', action='store_true')
        fx = sub.parse_args(extra)
        args = copy.copy(args)
        args.fail = list(args.fail) + fx.fail
        args.missing = list(args.missing) + fx.missing
        if fx.fail_code is not None:
            args.fail_code = fx.fail_code
        args.clean_failures = args.clean_failures or fx.clean_failures
        args.sql = args.sql or fx.sql
        args.restore_writes_recovery = args.restore_writes_recovery or fx.restore_writes_recovery
    from patroni.version import __version__
    doc = {
        'recorded_with': {'patroni': __version__, 'source': args.source or guess_source()},
        'fixture': fixture_label,
        'pg_version': float(pg_version) if '.' in pg_version else int(pg_version),
        'clone_from': clone_from,
        'harness': {'clone_member_name': args.clone_name, 'failure_leaves_data': not args.clean_failures,
                    'fail': args.fail, 'missing': args.missing, 'fail_code': args.fail_code, 'sql': args.sql,
                    'restore_writes_recovery': args.restore_writes_recovery,
                    'home': PSEUDO_HOME},
    }
    for branch in ('bootstrap', 'replica'):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            out = {}
            try:
                out = child_run(branch, fixture, pg_version, clone_from, args)
            except BaseException as e:  # noqa
                out = {'fatal_harness_error': '%s: %s' % (type(e).__name__, e), 'tb': traceback.format_exc()}
            data = json.dumps(out).encode()
            with os.fdopen(w, 'wb') as f:
                f.write(data)
            os._exit(0)
        os.close(w)
        with os.fdopen(r, 'rb') as f:
            data = f.read()
        os.waitpid(pid, 0)
        out = json.loads(data.decode() or '{}')
        if 'fatal_harness_error' in out:
            sys.stderr.write('harness error in %s/%s pg%s %s:\n%s\n' % (fixture_label, branch, pg_version,
                                                                        clone_from, out.get('tb')))
            doc[branch] = {'outcome': 'harness_error', 'error': out['fatal_harness_error'], 'events': []}
            continue
        doc[branch] = out['result']
        if branch == 'replica':
            doc['first_start'] = out['first_start']
        elif out['first_start'] is not None:   # a standby leader's bootstrap is a clone followed by a first start
            doc[branch]['first_start'] = out['first_start']
    return doc


def child_run(branch, fixture, pg_version, clone_from, args):
    global REC
    scratch = os.path.realpath(_real['mkdtemp'](prefix='pprec-'))
    try:
        REC = Recorder(scratch, pg_version, args.fail, args.missing, args.fail_code, not args.clean_failures)
        REC.record_sql = args.sql
        REC.restore_writes_recovery = args.restore_writes_recovery
        home = REC.to_scratch(PSEUDO_HOME)
        os.makedirs(home, exist_ok=True)
        os.environ['HOME'] = home
        os.chdir(home)
        install_interceptors()
        patch_patroni()
        result, first_start = run_branch(branch, fixture, REC, clone_from, args.clone_name)
        result = REC.unmap(result)
        first_start = REC.unmap(first_start)
        return {'result': result, 'first_start': first_start}
    finally:
        os.chdir('/')
        # rmtree unlinks by names relative to a directory fd, which the interceptors would resolve against
        # the cwd and refuse: the scratch directory was left behind in /tmp after every run.
        os.unlink, os.remove = _real['unlink'], _real['remove']
        _real['rmtree'](scratch, ignore_errors=True)


def guess_source():
    import patroni
    path = os.path.dirname(os.path.abspath(patroni.__file__))
    if path.startswith('/usr/lib/python3/dist-packages'):
        return 'debian package'
    return 'source tree'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fixtures', nargs='+')
    ap.add_argument('--pg-version', action='append', required=True)
    ap.add_argument('--clone-from', action='append', default=None,
                    help="postgres://host:port/dbname of the member to clone from, or 'none' (repeatable)")
    ap.add_argument('--clone-name', default='pg-leader', help='name of the clone source member (default pg-leader)')
    ap.add_argument('--fail', action='append', default=[],
                    help='NAME[@N[,M]]: launches matching NAME (program path/basename, replica method, bootstrap '
                         'method, or one of initdb/custom_bootstrap/create_replica/post_bootstrap) exit non-zero; '
                         '@N limits it to the Nth matching launch')
    ap.add_argument('--missing', action='append', default=[],
                    help='NAME[@N]: launches matching NAME fail as if the program did not exist (OSError)')
    ap.add_argument('--fail-code', type=int, default=1)
    ap.add_argument('--clean-failures', action='store_true',
                    help='failing commands leave the data directory empty (default: they leave a partial copy)')
    ap.add_argument('--restore-writes-recovery', action='store_true',
                    help='a successful custom bootstrap command leaves recovery.signal + restore_command (12+) or '
                         'recovery.conf (< 12) behind, as pgBackRest/Barman restores do')
    ap.add_argument('--sql', action='store_true', help='also record SQL statements (post_bootstrap role setup)')
    ap.add_argument('--source', help='recorded_with.source, e.g. "git tag v4.1.4" or "debian package"')
    ap.add_argument('--out-dir', help='write <out-dir>/<fixture>.pg<N>.<url|none>.json instead of stdout')
    ap.add_argument('--fixture-label-base', default=None,
                    help='prefix used for the "fixture" field (default: path relative to the repository)')
    args = ap.parse_args()
    clone_froms = args.clone_from or ['none']
    versions = [norm_pg_version(v) for v in args.pg_version]

    # import Patroni once, before forking a child per run (fails early if it is not importable)
    import patroni.config  # noqa: F401
    import patroni.dcs  # noqa: F401
    import patroni.ha  # noqa: F401
    import patroni.postgresql  # noqa: F401
    import patroni.postgresql.bootstrap  # noqa: F401

    runs = [(f, v, c) for f in args.fixtures for v in versions for c in clone_froms]
    if len(runs) > 1 and not args.out_dir:
        ap.error('several runs need --out-dir')
    for fixture, version, clone_from in runs:
        label = fixture_label(fixture)
        doc = record_one(os.path.abspath(fixture), label, version, clone_from, args)
        text = json.dumps(doc, indent=1, sort_keys=False, ensure_ascii=False) + '\n'
        if args.out_dir:
            os.makedirs(args.out_dir, exist_ok=True)
            name = '%s.pg%s.%s.json' % (os.path.splitext(os.path.basename(fixture))[0], version,
                                        'none' if clone_from == 'none' else 'url')
            with _real['open'](os.path.join(args.out_dir, name), 'w') as f:
                f.write(text)
        else:
            sys.stdout.write(text)


def fixture_label(path):
    ap = os.path.abspath(path)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if ap.startswith(here + os.sep):
        return os.path.relpath(ap, here)
    return os.path.basename(ap)


if __name__ == '__main__':
    main()
