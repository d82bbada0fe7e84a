#!/usr/bin/env bash
# usage: fuzz.sh build DIR            builds every *_fuzz.cc with clang + libFuzzer into DIR
#        fuzz.sh run DIR NAME SECONDS  runs one target for a bounded time on its seed corpus
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
action=$1 dir=$2
case "$action" in
  build)
    CC=clang CXX=clang++ cmake -S "$src" -B "$dir" -DPLENARY_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$dir" -j"$(nproc)"
    ;;
  run)
    name=$3 seconds=$4
    corpus="$dir/corpus/$name"
    mkdir -p "$corpus"
    seeds="$src/fuzz/seeds/${name%_fuzz}"
    if [ -d "$seeds" ]; then cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true; fi
    "$dir/$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$corpus"
    ;;
esac
