#!/usr/bin/env python3
"""Record how PyYAML's safe_load (what Patroni reads its config with) sees every YAML file
given on the command line: repr() of the value, or where loading failed. The loader test
compares patroni-plan's own reading with this record.

usage: python3 scripts/record-pyyaml.py OUT.json FILE...
Paths are recorded relative to the current directory, so run it from the project root.
"""
import json
import os
import sys

import yaml


def record(path):
    try:
        with open(path, encoding='utf-8') as f:
            return {'repr': repr(yaml.safe_load(f))}
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        return {'error': type(e).__name__, 'line': mark.line + 1 if mark else None}
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as e:
        return {'error': type(e).__name__, 'line': None}


def main():
    out, files = sys.argv[1], sys.argv[2:]
    result = {
        'recorded_with': {'pyyaml': yaml.__version__, 'python': '.'.join(map(str, sys.version_info[:3]))},
        'files': {os.path.relpath(f).replace(os.sep, '/'): record(f) for f in sorted(files)},
    }
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
