# Sourced by record-all.sh and record-rejoin-all.sh (after `set -eu` and `src=$1`): which Patroni to record and how.
# Sets PY, PG_VERSIONS, JOBS, PYTHONPATH (exported), label (the trace's `source`), version (Patroni's own
# __version__) and pgargs (one --pg-version per PG_VERSIONS). The second argument is the tag a source tree was
# exported from.
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
pgargs=""
for v in $PG_VERSIONS; do pgargs="$pgargs --pg-version $v"; done
