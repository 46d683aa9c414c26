#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local tool, see .config/dotnet-tools.json). Too slow for .ci/run: run it by hand
# or at night.
#   tools/mutation.sh [slack] [stryker options]   Brigade.Slack against tests/Brigade.Slack.Tests (break below 90 %)
#   tools/mutation.sh data [stryker options]      the data-guarding code of BrigadeBot (break below 85 %)
# Options go to Stryker, e.g. --concurrency 2, --since:main, --mutate '**/SlackMessenger.cs'.
# Reports (HTML and JSON) land in mutation-reports/<target>/reports/, which git ignores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

target=slack
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  target="$1"
  shift
fi
case "$target" in
  slack) project_dir=tests/Brigade.Slack.Tests; config=stryker-config.json ;;
  data) project_dir=tests/BrigadeBot.Tests; config=stryker-config.data.json ;;
  *) echo "usage: tools/mutation.sh [slack|data] [stryker options]" >&2; exit 2 ;;
esac

cd "$root"
dotnet tool restore
cd "$project_dir"
exec dotnet stryker --config-file "$config" --output "$root/mutation-reports/$target" "$@"
