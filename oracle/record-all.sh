#!/bin/sh
# Record every fixture for one Patroni source x PostgreSQL versions x clone source (a URL and none).
#
#   oracle/record-all.sh debian                         # the Debian package (/usr/lib/python3/dist-packages)
#   oracle/record-all.sh /path/to/patroni-src/4.1.4 v4.1.4   # a source tree exported from that git tag
#
# Writes oracle/golden/<patroni version>/<fixture>.pg<N>.<url|none>.json (emptied first unless FIXTURES is set).
# PG_VERSIONS and FIXTURES may be overridden from the environment; JOBS sets the parallelism; OUT_DIR writes
# somewhere else (e.g. for a differential check against the committed goldens).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:?usage: record-all.sh debian | SOURCE_TREE TAG}
PY=/usr/bin/python3
PG_VERSIONS=${PG_VERSIONS:-"9.6 10 11 12 13 14 15 16 17 18"}
CLONE_URL=${CLONE_URL:-postgres://10.0.0.5:5432/postgres}
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
out=${OUT_DIR:-"$here/oracle/golden/$version"}
if [ -z "${FIXTURES:-}" ]; then rm -rf "$out"; fi   # a full run replaces the whole directory
mkdir -p "$out"
pgargs=""
for v in $PG_VERSIONS; do pgargs="$pgargs --pg-version $v"; done
cd "$here"
ls ${FIXTURES:-fixtures/plan/*.yml} | xargs -P "$JOBS" -I{} $PY oracle/record.py {} $pgargs \
    --clone-from "$CLONE_URL" --clone-from none --source "$label" --out-dir "$out"
echo "recorded $(ls "$out" | wc -l) runs of Patroni $version ($label) into $out" >&2
