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
. "$here/oracle/patroni-source.sh"
out=${OUT_DIR:-"$here/oracle/golden-rejoin/$version"}
rm -rf "$out"
mkdir -p "$out"
cd "$here"
ls fixtures/rejoin/*.yml | xargs -P "$JOBS" -I{} $PY oracle/record-rejoin.py {} $pgargs --scenario all \
    --source "$label" --out-dir "$out"
echo "recorded $(ls "$out" | wc -l) rejoin runs of Patroni $version ($label) into $out" >&2
