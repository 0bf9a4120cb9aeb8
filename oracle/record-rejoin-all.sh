#!/bin/sh
# Record the rejoin of a former primary for every fixture in fixtures/rejoin/ x PostgreSQL versions x scenario,
# for one Patroni source (see record-rejoin.py and oracle/README.md, "The rejoin").
#
#   oracle/record-rejoin-all.sh debian                              # the Debian package
#   oracle/record-rejoin-all.sh /path/to/patroni-src/4.1.4 v4.1.4   # a source tree exported from that git tag
#
# Writes oracle/golden-rejoin/<patroni version>/<fixture>.pg<N>.<scenario>.json (emptied first).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:?usage: record-rejoin-all.sh debian | SOURCE_TREE TAG}
PY=/usr/bin/python3
PG_VERSIONS=${PG_VERSIONS:-"9.6 10 11 12 13 14 15 16 17 18"}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
if [ "$src" = debian ]; then
    PYTHONPATH=
    label="debian package"
else
    PYTHONPATH=$(cd "$src" && pwd)
    label="git tag ${2:?give the tag the source tree was exported from, e.g. v4.1.4}"
fi
export PYTHONPATH
version=$(cd / && $PY -c 'from patroni.version import __version__; print(__version__)')
out=${OUT_DIR:-"$here/oracle/golden-rejoin/$version"}
rm -rf "$out"
mkdir -p "$out"
pgargs=""
for v in $PG_VERSIONS; do pgargs="$pgargs --pg-version $v"; done
cd "$here"
ls fixtures/rejoin/*.yml | xargs -P "$JOBS" -I{} $PY oracle/record-rejoin.py {} $pgargs --scenario all \
    --source "$label" --out-dir "$out"
echo "recorded $(ls "$out" | wc -l) rejoin runs of Patroni $version ($label) into $out" >&2
