#!/usr/bin/env python3
"""Record what Python itself answers for shlex.split, str(), repr(), bool(), == and dict-key
identity, so the tests of src/py/ compare against Python without needing Python at test time.

usage (from the project root):
    python3 scripts/record-python-cases.py

Writes test/py/cases/shlex.json, test/py/cases/str.json and test/py/cases/truth.json.
Random cases use fixed seeds, so rerunning with the same Python gives the same files.

Values are written in a tagged JSON form the tests decode into PyValue, one key per value:
    {"str": "..."}            {"int": "-12"} (decimal)      {"float": "3ff0000000000000"}
    {"bool": true}            {"none": null}                {"bytes": "00ff"} (hex)
    {"date": [y, m, d]}       {"datetime": [y, m, d, h, mi, s, us], "tz": minutes | null}
    {"list": [value, ...]}    {"dict": [[key, value], ...]}
A float is its IEEE 754 big-endian bit pattern in hex, so -0.0, nan and inf survive JSON.
"""
import datetime as dt
import json
import math
import random
import shlex
import struct
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import yaml

OUT = Path('test/py/cases')
PYTHON = '.'.join(map(str, sys.version_info[:3]))
RECORDED_WITH = {'python': PYTHON, 'unicode': unicodedata.unidata_version, 'pyyaml': yaml.__version__}

# One NaN object for every NaN, as PyYAML's SafeConstructor hands out its shared nan_value.
NAN = yaml.safe_load('.nan')


# ---------------------------------------------------------------- encoding values

@contextmanager
def unlimited_int_digits():
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(old)


def enc(v):
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        with unlimited_int_digits():
            return {'int': str(v)}
    if isinstance(v, float):
        return {'float': struct.pack('>d', v).hex()}
    if isinstance(v, str):
        return {'str': v}
    if isinstance(v, bytes):
        return {'bytes': v.hex()}
    if v is None:
        return {'none': None}
    if isinstance(v, dt.datetime):
        off = v.utcoffset()
        tz = None if off is None else int(off.total_seconds()) // 60
        return {'datetime': [v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond], 'tz': tz}
    if isinstance(v, dt.date):
        return {'date': [v.year, v.month, v.day]}
    if isinstance(v, list):
        return {'list': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(f'no encoding for {type(v).__name__}')


def utf16_index(s, i):
    """JS strings index UTF-16 code units; Python indexes code points."""
    return len(s[:i].encode('utf-16-le', 'surrogatepass')) // 2


def compact(v):
    return json.dumps(v, ensure_ascii=True, separators=(', ', ': '))


def layout(v, depth=0):
    """The top objects spread over lines and every case on a line of its own: small, diffable files."""
    indent = '  ' * depth
    inner = indent + '  '
    if isinstance(v, dict) and depth < 2:
        body = ',\n'.join(f'{inner}{compact(k)}: {layout(x, depth + 1)}' for k, x in v.items())
        return '{\n' + body + '\n' + indent + '}'
    if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
        return '[\n' + ',\n'.join(inner + compact(x) for x in v) + '\n' + indent + ']'
    return compact(v)


def write(name, data):
    path = OUT / name
    path.write_text(layout(data) + '\n', encoding='ascii')
    print(f'wrote {path}', file=sys.stderr)


# ---------------------------------------------------------------- shlex

SHLEX_HAND = [
    '', ' ', '\t', '\n', '\r', ' \t\r\n ', 'a', ' a ', 'a b', 'a  b', 'a\tb', 'a\nb', 'a\rb', 'a\r\nb',
    'a\x0bb', 'a\x0cb', 'a\xa0b', 'a\u2003b', 'a\x00b', '\x00',
    "''", '""', "'' ''", '"" ""', "a ''", "'' a", "a''", "''a", "'a'", '"a"', "a'b c'd", 'a"b c"d',
    "'a b'", '"a b"', "'a\"b'", '"a\'b"', "'a\\b'", "'a\\'", "'\\'", '"a\\"b"', '"a\\\\b"', '"a\\b"',
    '"a\\\'b"', '"\\$x"', '"\\\n"', '"\\ "', '"\\a"', "'a'\"b\"c", '"a"\'b\'c', "'''", "''''", '"""', '""""',
    '\\', 'a\\', '\\ ', '\\a', 'a\\ b', '\\\\', '\\\\\\', '\\"', "\\'", '\\\n', 'a\\\nb', '\\\t', '\\\r',
    "'", '"', "a'", 'a"', "'a", '"a', "'a b", '"a b', '"a" "b', "'a' 'b", '"abc\\', '"abc\\\\', '"abc\\"',
    "'abc\\", 'a "b\\" c', 'a "b\\\\" c', "'a'b'c", '"a"b"c', '#', 'a #b', '#a', 'a#b', '$HOME', '~', '*',
    'a;b', 'a|b', 'a&&b', '(a)', '<a>', 'a=b', '--opt="a b"', "--opt='a b'", '--opt=a\\ b',
    'é', 'é é', "'é'", '"é"', '\\é', '"\\é"', '😀', "'😀'", '"\\😀"', '\\😀', '"😀', "😀 '", 'a\ud800b',
    'zß àÿ', '日本語 テキスト', '"日本語', 'x "日本\\',
    '/usr/bin/wal-g backup-fetch %p LATEST', "/bin/sh -c 'echo \"hi there\"; exit 0'",
    'pgbackrest --stanza=main --delta restore', 'envdir "/etc/wal-e.d/env" wal-e backup-fetch {} LATEST',
    'bash -c "cp \\"$0\\" /srv/x"', "python3 -c 'import sys; print(sys.argv)' a b",
    'barman-cloud-restore --endpoint-url "https://s3" s3://bucket pg LATEST /data',
    '  leading', 'trailing  ', '\n\nlines\n\n', "mixed 'single' \"double\" \\escaped",
]

# Exhaustive short strings over the characters that drive every transition.
SHLEX_ALPHABET = [' ', '\t', "'", '"', '\\', 'a']
SHLEX_MAX_LEN = 4

# The property sample: the tricky characters of the brief, fixed seed.
RANDOM_ALPHABET = [' ', '\t', "'", '"', '\\', 'a', 'é', '\n']
RANDOM_SEED = 20240611
RANDOM_COUNT = 2000


def split_case(s):
    try:
        return {'input': s, 'tokens': shlex.split(s)}
    except ValueError as e:
        message = str(e)
        return {'input': s, 'error': message, 'offset': utf16_index(s, error_offset(s, message))}


def error_offset(s, message):
    """Where the culprit starts, found from Python's own behaviour rather than our lexer's:
    a dangling escape is the last character; an unclosed quote starts at the longest prefix
    that still splits, since every longer prefix is inside the quote."""
    if message == 'No escaped character':
        return len(s) - 1
    for end in range(len(s) - 1, -1, -1):
        try:
            shlex.split(s[:end])
            return end
        except ValueError:
            continue
    raise AssertionError(f'no splittable prefix for {s!r}')


def all_strings(alphabet, max_len):
    words = ['']
    out = ['']
    for _ in range(max_len):
        words = [w + c for w in words for c in alphabet]
        out.extend(words)
    return out


def record_shlex():
    rng = random.Random(RANDOM_SEED)
    sample = [''.join(rng.choice(RANDOM_ALPHABET) for _ in range(rng.randint(0, 16))) for _ in range(RANDOM_COUNT)]
    write('shlex.json', {
        'recorded_with': RECORDED_WITH,
        'note': 'shlex.split(input); offset counts UTF-16 code units',
        'hand': [split_case(s) for s in SHLEX_HAND],
        'exhaustive': {
            'alphabet': SHLEX_ALPHABET,
            'max_len': SHLEX_MAX_LEN,
            'cases': [split_case(s) for s in all_strings(SHLEX_ALPHABET, SHLEX_MAX_LEN)],
        },
        'random': {
            'alphabet': RANDOM_ALPHABET,
            'seed': RANDOM_SEED,
            'cases': [split_case(s) for s in sample],
        },
    })


# ---------------------------------------------------------------- str / repr / bool

def tz(minutes):
    return dt.timezone(dt.timedelta(minutes=minutes))


STRINGS = [
    '', 'a', 'hello world', "'", '"', '\'"', "it's", 'say "hi"', 'both \' and "', '\\', 'a\\b', '\\\'',
    '\t', '\n', '\r', '\r\n', '\x00', '\x01', '\x1b', '\x1f', ' ', '~', '\x7f', '\x80', '\x9f', '\xa0',
    '\xa1', '\xad', '\xe9', '\xff', '\u0100', '\u0378', '\u200b', '\u200e', '\u2028', '\u2029', '\u3000',
    '\ud800', '\udfff', '\ue000', '\uf8ff', '\ufeff', '\ufffd', '\uffff', '\U00010000', '\U0001f600',
    '\U0001f1fa\U0001f1f8', '\U000e0001', '\U000f0000', '\U0010ffff', 'e\u0301', '日本語', 'Ω≈ç√',
    '\U0001d11e', 'a\x00b\x7fc\x85d', "--pwfile='/srv/x'", '/var/lib/postgresql/16/main',
    'postgres://u:p@h:5432/db?sslmode=require', 'x' * 200,
]

FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 1.5, 100.0, 1e-5, 1e-4, 0.001,
    1.23e-4, 9.99e-5, 1e15, 1e16, 1e17, 1e22, 1e23, 9999999999999998.0, 123456789012345678.0,
    2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, 1e308, 1e-300, math.pi, math.e, -math.pi,
    math.inf, -math.inf, NAN, float('1_000.5'), 1000.5, 0.5, 0.25, 1e-7, 12345.678, 3.0e10,
    -1e-5, -1e16, 299792458.0, 6.02214076e23, 6.62607015e-34, 100.0 / 3,
]

YAML_VALUES = [
    '1_000.5', '1.0', '-1.', '.5', '+.5', '6.8523015e+5', '685.230_15e+03', '190:20:30.15', '-.inf',
    '.Inf', '.nan', '0.0', '-0.0', '1e5', '1.5e+3', '12e03',
    '0755', '0x1F', '-0b101', '190:20:30', '1_000_000', '0', '-0', '+12',
    'yes', 'No', 'on', 'OFF', 'true', '~', 'null', '',
    '2002-12-14', '2001-12-14 21:59:43.10 -5', '2001-12-14t21:59:43.10-05:00', '2001-12-14T21:59:43Z',
    '2001-12-14 21:59:43.1234567 +05:30', '2001-12-15 2:59:43.10', '2001-12-14 21:59:43 +0',
    '!!binary aGVsbG8=', '[1, 2.0, yes, ~, x]', '{a: 1, 1: a, 1.5: [b], ~: null, 2002-12-14: d}',
]


def float_samples():
    rng = random.Random(RANDOM_SEED + 1)
    out = list(FLOATS)
    out += [10.0 ** e for e in range(-325, 309)]
    for edge in (1e-4, 1e-5, 1e15, 1e16, 1e17):
        out += [math.nextafter(edge, 0.0), math.nextafter(edge, math.inf)]
    for _ in range(1500):
        bits = rng.getrandbits(64)
        out.append(struct.unpack('>d', bits.to_bytes(8, 'big'))[0])
    for _ in range(500):
        out.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
    return out


def int_samples():
    limit = 10 ** 4300
    return [0, 1, -1, 7, 42, -12345, 2 ** 31, 2 ** 53 + 1, 2 ** 63, -2 ** 64, 10 ** 30 + 7,
            limit - 1, -(limit - 1), limit, -limit, 16 ** 4000]


def random_strings():
    alphabet = ['a', ' ', "'", '"', '\\', '\t', '\n', '\r', '\x00', '\x07', '\x7f', '\x80', '\xa0', '\xad',
                'é', '\u2028', '\u3000', '\ufeff', '日', '\U0001f600', '\U000e0001', '\ud800', '\udc00']
    rng = random.Random(RANDOM_SEED + 2)
    out = []
    while len(out) < 500:
        s = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        # A lone high surrogate then a lone low one are two code points to Python but one
        # astral character to JS, so no PyValue can hold that Python string.
        if '\ud800\udc00' not in s:
            out.append(s)
    return out


def boundary_strings():
    """Every edge of the non-printable table, with its neighbours, grouped a few to a string."""
    edges = set()
    cp = 0
    while cp <= sys.maxunicode:
        printable = chr(cp).isprintable()
        end = cp
        while end + 1 <= sys.maxunicode and chr(end + 1).isprintable() == printable:
            end += 1
        edges.update(c for c in (cp - 1, cp, end, end + 1) if 0 <= c <= sys.maxunicode)
        cp = end + 1
    points = sorted(edges)
    return [''.join(map(chr, points[i:i + 24])) for i in range(0, len(points), 24)]


def date_samples():
    return [
        dt.date(2002, 12, 14), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(999, 3, 4), dt.date(2024, 2, 29),
        dt.datetime(2001, 12, 14, 21, 59, 43, 100000), dt.datetime(2001, 12, 14), dt.datetime(2001, 12, 14, 0, 0, 5),
        dt.datetime(2001, 12, 14, 0, 0, 0, 5), dt.datetime(2001, 12, 14, 0, 7), dt.datetime(1, 1, 1, 0, 0),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
        dt.datetime(2001, 12, 14, 21, 59, 43, 100000, tz(-300)),
        dt.datetime(2001, 12, 14, 21, 59, 43, tzinfo=dt.timezone.utc),
        dt.datetime(2001, 12, 14, 21, 59, 43, tzinfo=tz(0)),
        dt.datetime(2001, 12, 14, 21, 0, tzinfo=tz(330)),
        dt.datetime(2001, 12, 14, 21, 0, 1, tzinfo=tz(-30)),
        dt.datetime(2001, 12, 14, 21, 0, 0, 1, tzinfo=tz(60)),
        dt.datetime(2001, 12, 14, tzinfo=tz(1439)),
        dt.datetime(2001, 12, 14, tzinfo=tz(-1439)),
        dt.datetime(2001, 12, 14, tzinfo=tz(-60)),
        dt.datetime(2001, 12, 14, tzinfo=tz(720)),
    ]


def container_samples():
    return [
        [], {}, [[]], [{}], {'': []}, [1, 'a', [None, True], {'k': b'x'}], {1: 2, 'x': [1.0]},
        ['it\'s', 'say "hi"', '\n'], [1.0, -0.0, NAN, math.inf, 1e16], {None: None, False: 0, 0.5: 'h'},
        {dt.date(2002, 12, 14): dt.datetime(2001, 1, 1, tzinfo=tz(-300))}, [b'', b"'", b'"', b'\'"'],
        {'a': {'b': {'c': [1, [2, [3, {}]]]}}}, [[[[]]]], ['\u2028', '\U0001f600'],
        {'initdb': [{'encoding': 'UTF8'}, 'data-checksums'], 'pg_hba': ['host all all 0.0.0.0/0 md5']},
    ]


def bytes_samples():
    return [b'', b'a', bytes(range(256)), b"'", b'"', b'\'"', b'\\', b'it\'s', b'\x00\x7f\x80\xff', b'hello']


def str_case(v):
    case = {'value': enc(v), 'truthy': bool(v)}
    try:
        case['str'] = str(v)
        case['repr'] = repr(v)
    except ValueError as e:
        case['error'] = str(e)
    return case


def record_str():
    values = (
        STRINGS + random_strings() + boundary_strings() + float_samples() + int_samples()
        + [True, False, None] + bytes_samples() + date_samples() + container_samples()
        + [yaml.safe_load(text) for text in YAML_VALUES]
    )
    write('str.json', {
        'recorded_with': RECORDED_WITH,
        'note': 'str(value), repr(value), bool(value); "error" holds the ValueError message instead',
        'cases': [str_case(v) for v in values],
    })


# ---------------------------------------------------------------- == and dict keys

def key_pool():
    # The same NaN object throughout, as PyYAML gives.
    return [
        0, 1, -1, 2, 2 ** 53, 2 ** 53 + 1, 10 ** 30, 0.0, -0.0, 1.0, 2.0, 0.5, 9007199254740992.0,
        1e30, float(10 ** 30), math.inf, -math.inf, NAN, True, False, None, '', '0', '1', 'a', 'True',
        'None', b'', b'a', b'1', dt.date(2001, 12, 14), dt.date(2001, 12, 15),
        dt.datetime(2001, 12, 14), dt.datetime(2001, 12, 14, 21, 59, 43, 100000),
        dt.datetime(2001, 12, 14, 21, 59, 43, 100000, tz(-300)),
        dt.datetime(2001, 12, 15, 2, 59, 43, 100000, dt.timezone.utc),
        dt.datetime(2001, 12, 15, 2, 59, 43, 100000),
        dt.datetime(2001, 12, 15, 8, 29, 43, 100000, tz(330)),
        dt.datetime(2001, 12, 15, 0, 0, tzinfo=tz(1439)), dt.datetime(2001, 12, 14, 0, 1, tzinfo=dt.timezone.utc),
    ]


def unhashable_pool():
    return [
        [], {}, [0], [False], [0.0], [NAN], [[NAN]], {'a': NAN}, [1, 2], [2, 1], {'a': 1, 'b': 2},
        {'b': 2, 'a': 1}, {'a': 1.0, 'b': True}, {1: 'x'}, {True: 'x'}, {1.0: 'x'}, [{}], [[]],
        ['a'], [b'a'], {'a': [1, {}]}, {'a': [1.0, {}]},
    ]


def same_key(a, b):
    return len({a: 0, b: 0}) == 1


def record_truth():
    hashable = key_pool()
    pairs = [{'a': enc(a), 'b': enc(b), 'eq': a == b, 'sameKey': same_key(a, b)} for a in hashable for b in hashable]
    every = hashable + unhashable_pool()
    pairs += [{'a': enc(a), 'b': enc(b), 'eq': a == b}
              for a in every for b in every if isinstance(a, (list, dict)) or isinstance(b, (list, dict))]
    write('truth.json', {
        'recorded_with': RECORDED_WITH,
        'note': 'eq is a == b; sameKey is whether a and b collapse to one dict key (absent when unhashable);'
                ' every NaN is one shared object, as PyYAML gives',
        'unhashable': [{'value': enc(v), 'error': type_error(v)} for v in unhashable_pool()],
        'pairs': pairs,
    })


def type_error(v):
    try:
        hash(v)
    except TypeError as e:
        return str(e)
    raise AssertionError(f'{v!r} is hashable')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    record_shlex()
    record_str()
    record_truth()


if __name__ == '__main__':
    main()
