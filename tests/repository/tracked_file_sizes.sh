#!/usr/bin/env bash
# Fails when git tracks a file larger than 2 MB: a core dump, a build output or a database
# committed by mistake makes every clone (and CI) slower and never belongs in the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
limit=$((2 * 1024 * 1024))
status=0
while IFS= read -r -d '' path; do
  [ -f "$path" ] || continue
  size=$(stat -c %s "$path")
  if [ "$size" -gt "$limit" ]; then
    echo "tracked file $path is $size bytes, over the 2 MB limit: remove it with 'git rm --cached $path' and ignore it in .gitignore" >&2
    status=1
  fi
done < <(git ls-files -z)
[ "$status" -eq 0 ] && echo "every tracked file is at most 2 MB"
exit "$status"
