#!/usr/bin/env python3
"""Write src/generated/unprintable-ranges.ts: the code points Python's str.isprintable() rejects.

repr() of a str keeps printable non-ASCII characters as they are and escapes the rest, so
reproducing repr() needs Python's own notion of printable, tied to the Unicode database
Python was built with (JS has no equivalent, and Node's ICU follows another Unicode version).

usage (from the project root):
    python3 scripts/gen-unprintable.py > src/generated/unprintable-ranges.ts
"""
import sys
import unicodedata

# Python documents these categories as non-printable; ASCII space is the one exception.
UNPRINTABLE_CATEGORIES = {'Cc', 'Cf', 'Cs', 'Co', 'Cn', 'Zl', 'Zp', 'Zs'}


def unprintable(cp):
    return cp != 0x20 and unicodedata.category(chr(cp)) in UNPRINTABLE_CATEGORIES


def ranges():
    out = []
    start = None
    for cp in range(sys.maxunicode + 2):
        bad = cp <= sys.maxunicode and unprintable(cp)
        # The documented rule and the interpreter's own table must agree, or the table is wrong.
        if cp <= sys.maxunicode and bad == chr(cp).isprintable():
            raise SystemExit(f'category rule disagrees with str.isprintable() at U+{cp:04X}')
        if bad and start is None:
            start = cp
        elif not bad and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def main():
    version = '.'.join(map(str, sys.version_info[:3]))
    pairs = ranges()
    print('/**')
    print(' * Code points that Python\'s str.isprintable() rejects, as inclusive [first, last] pairs.')
    print(f' * Generated from Python {version}, Unicode {unicodedata.unidata_version}: categories Cc Cf Cs Co Cn Zl Zp Zs, except U+0020.')
    print(' * Do not edit; regenerate with:')
    print(' *   python3 scripts/gen-unprintable.py > src/generated/unprintable-ranges.ts')
    print(' */')
    print(f"export const UNPRINTABLE_PYTHON_VERSION = '{version}';")
    print(f"export const UNPRINTABLE_UNICODE_VERSION = '{unicodedata.unidata_version}';")
    print()
    print('/** Sorted, disjoint; even indexes start a range, odd indexes end it (inclusive). */')
    print('export const UNPRINTABLE_RANGES: readonly number[] = [')
    per_line = 6
    for i in range(0, len(pairs), per_line):
        chunk = pairs[i:i + per_line]
        print('  ' + ' '.join(f'0x{a:x}, 0x{b:x},' for a, b in chunk))
    print('];')


if __name__ == '__main__':
    main()
