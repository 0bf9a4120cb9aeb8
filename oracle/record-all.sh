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
CLONE_URL=${CLONE_URL:-postgres://10.0.0.5:5432/postgres}
. "$here/oracle/patroni-source.sh"
out=${OUT_DIR:-"$here/oracle/golden/$version"}
if [ -z "${FIXTURES:-}" ]; then rm -rf "$out"; fi   # a full run replaces the whole directory
mkdir -p "$out"
cd "$here"
ls ${FIXTURES:-fixtures/plan/*.yml} | xargs -P "$JOBS" -I{} $PY oracle/record.py {} $pgargs \
    --clone-from "$CLONE_URL" --clone-from none --source "$label" --out-dir "$out"
echo "recorded $(ls "$out" | wc -l) runs of Patroni $version ($label) into $out" >&2
