#!/usr/bin/env python3
"""Extract the facts patroni-plan needs about Patroni's handling of `postgresql.parameters`.

    PYTHONPATH=<patroni source tree> python3 scripts/extract-patroni-parameters.py <label> > src/facts/sources/patroni-parameters-<label>.json

Imports the Patroni found first on sys.path (a source tree, or Debian's package) and writes, as JSON:
- `parameters` / `recovery_parameters`: Patroni's validator table (patroni/postgresql/validator.py and, from 3.1,
  available_parameters/*.yml): per setting, one row per PostgreSQL version range
  [type, version_from, version_till, min, max, unit, enum values];
- `cmdline_options`: ConfigHandler.CMDLINE_OPTIONS: default, first PostgreSQL version, and what its check accepts.

Only facts (names, numbers, enum values) leave this script; no Patroni text. The 3.0 checks are lambdas, so what
they accept is found by calling them with probe values instead of reading them.
"""
import json
import sys

from patroni.postgresql import validator as v
from patroni.postgresql.config import ConfigHandler
from patroni.version import __version__

TYPES = ('Bool', 'Integer', 'Real', 'Enum', 'EnumBool', 'String')


def rows(validators):
    # 3.0 stores a single namedtuple or a tuple of them; 3.1+ always a tuple of objects.
    if hasattr(validators, 'version_from'):
        validators = (validators,)
    out = []
    for val in validators:
        kind = type(val).__name__
        assert kind in TYPES, kind
        out.append([kind, val.version_from, val.version_till,
                    getattr(val, 'min_val', None), getattr(val, 'max_val', None), getattr(val, 'unit', None),
                    list(val.possible_values) if hasattr(val, 'possible_values') else None])
    return out


def table(params):
    return {name: rows(params[name]) for name in sorted(params.keys(), key=str.lower)}


def accepts(check, value):
    try:
        return bool(check(value))
    except Exception:
        return None  # the check raises: Patroni's config processing fails on this value


def describe_check(check):
    """What a CMDLINE_OPTIONS check accepts, as data."""
    name = type(check).__name__
    if name == 'IntValidator':
        return {'kind': 'int', 'min': check.min, 'base_unit': check.base_unit}
    if name == 'EnumValidator':
        return {'kind': 'enum', 'values': sorted(str(x) for x in check.allowed_values)}
    words = ['on', 'off', 'true', 'false', 'yes', 'no', '1', '0', True, False]
    if all(accepts(check, w) is False for w in words + ['replica', '100', 100]):
        return {'kind': 'never'}
    candidates = ['minimal', 'archive', 'hot_standby', 'replica', 'logical']
    if accepts(check, 'replica') and accepts(check, 'bogus') is False:
        return {'kind': 'enum', 'values': sorted(c for c in candidates if accepts(check, c))}
    if accepts(check, 'on') and accepts(check, 'off') is not None and accepts(check, 'bogus') is False:
        return {'kind': 'bool_is_true' if accepts(check, 'off') is False else 'bool'}
    if accepts(check, '100000'):
        low = next((n for n in range(0, 100001) if accepts(check, str(n))), None)
        # a check that reads units (parse_int(v, 'MB')) takes '1GB'; int(v) raises on it
        return {'kind': 'int', 'min': low, 'base_unit': 'MB' if accepts(check, '1GB') else None}
    raise SystemExit('cannot classify a CMDLINE_OPTIONS check')


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else __version__
    cmdline = {}
    for name in ConfigHandler.CMDLINE_OPTIONS.keys():  # Patroni's order: the order of the postgres command line
        default, check, since = ConfigHandler.CMDLINE_OPTIONS[name]
        known = {'_false_validator': 'never', '_bool_validator': 'bool', '_bool_is_true_validator': 'bool_is_true'}
        kind = known.get(getattr(check, '__name__', ''))
        desc = {'kind': kind} if kind else describe_check(check)
        cmdline[name.lower()] = {'default': default, 'since': since, 'check': desc}
    doc = {
        'patroni': __version__,
        'label': label,
        'parameters': table(v.parameters),
        'recovery_parameters': table(v.recovery_parameters),
        'cmdline_options': cmdline,
    }
    json.dump(doc, sys.stdout, indent=None, separators=(',', ':'), sort_keys=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
