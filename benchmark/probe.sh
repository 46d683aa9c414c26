#!/usr/bin/env bash
# Publishes the bot in Release and runs one probe against it on loopback (not part of dotnet test):
#   bash benchmark/probe.sh burst [members=400] [slots=8] [connections=16,1] [rounds=1]  booking submissions in one burst
#     (rounds=2: the same process serves a second burst after a pause, as a bot that has served bookings before)
#   bash benchmark/probe.sh startup [runs=5] [restart]                        start to healthy, memory at rest
#     (restart: each run on the database a previous start left, stopped with SIGTERM, as a deployment restarts it)
#   bash benchmark/probe.sh soak [minutes=30] [moves/s=2] [sample every s=60] mixed traffic at a steady rate, memory and fds, bookings accounted
#     (SOAK_BOT_<Section__Key>=value passes a setting to the bot, e.g. SOAK_BOT_Metrics__Enabled=true)
#   bash benchmark/probe.sh tour                                             every sub-command, a booking, the report's files, the
#     App Home: fails on any 5xx or error logged (what a native build must pass before it is measured)
#   bash benchmark/probe.sh compare <git revision> burst|startup [pairs=5] [burst options]
#     that revision (A) and this working tree (B), measured alternately run by run, then their medians
# PROBE_NATIVE=1 publishes native (ahead-of-time compiled) builds, the Docker image's, instead of the ReadyToRun dll.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?usage: bash benchmark/probe.sh burst|startup|soak|tour|compare [options]}"
shift
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
native="${PROBE_NATIVE:-0}"
publish() { # <project folder> <output folder>
  if [ "$native" = 1 ]; then dotnet publish "$1" -c Release -p:PublishAot=true -o "$2" --nologo -v quiet >/dev/null
  else dotnet publish "$1" -c Release -o "$2" --nologo -v quiet >/dev/null; fi
}
bot() { if [ "$native" = 1 ]; then echo "$1/BrigadeBot"; else echo "$1/BrigadeBot.dll"; fi; }
publish src/BrigadeBot "$work/bot"
dotnet build benchmark/BotBenchmark -c Release --nologo -v quiet -o "$work/probe" >/dev/null
if [ "$mode" = compare ]; then
  revision="${1:?usage: bash benchmark/probe.sh compare <git revision> burst|startup [pairs] [options]}"
  probe="${2:?usage: bash benchmark/probe.sh compare <git revision> burst|startup [pairs] [options]}"
  shift 2
  git worktree add -q --detach "$work/base-src" "$revision"
  publish "$work/base-src/src/BrigadeBot" "$work/base"
  echo "A: $revision ($(git rev-parse --short "$revision")), B: this working tree; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet "$work/probe/BotBenchmark.dll" compare "$probe" "$(bot "$work/base")" "$(bot "$work/bot")" "$@"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$work/probe/BotBenchmark.dll" "$mode" "$(bot "$work/bot")" "$@"
