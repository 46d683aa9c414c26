#!/usr/bin/env bash
# Load benchmark: starts the published bot and fires signed "/brigade aide" slash commands with wrk
# at 1, 16 and 64 concurrent connections, then a signed view_submission at 16; prints requests/s and p50/p99 latency.
# Needs wrk (apt-get install -y wrk), openssl and jq. Usage: bash benchmark/run.sh [seconds per run, default 10]
# PROBE_NATIVE=1 measures the native (ahead-of-time compiled) build, the Docker image's, instead of the ReadyToRun dll.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is missing: apt-get install -y openssl" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 1; }

work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
if [ "${PROBE_NATIVE:-0}" = 1 ]; then
  dotnet publish src/BrigadeBot -c Release -p:PublishAot=true -o "$work/bot" --nologo -v quiet >/dev/null
  bot=("$work/bot/BrigadeBot")
else
  dotnet publish src/BrigadeBot -c Release -o "$work/bot" --nologo -v quiet >/dev/null
  bot=(dotnet "$work/bot/BrigadeBot.dll")
fi

secret="benchmark-signing-secret"
port="${BENCH_PORT:-5099}"
# The view_submission below goes to a modal nobody handles, which the dispatcher logs as a warning: not each time here.
Slack__SigningSecret="$secret" Storage__DatabasePath="$work/bench.db" ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning env "Logging__LogLevel__Brigade.Slack.Inbound.SlackDispatcher=Error" \
  "${bot[@]}" >"$work/bot.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "the bot did not start:"; cat "$work/bot.log"; exit 1; }

# One signed request, replayed: the signature stays valid for Slack's five-minute window.
ts="$(date +%s)"
body="token=legacy&team_id=T0BENCH&team_domain=brigade&channel_id=C0BENCH&channel_name=general&user_id=U0BENCH&user_name=bench&command=%2Fbrigade&text=aide&api_app_id=A0BENCH&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH%2F1%2Fx&trigger_id=1.2.3"
sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')"
cat >"$work/aide.lua" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "$ts"
wrk.headers["X-Slack-Signature"] = "$sig"
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.3f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.requests))
end
LUA
url="http://127.0.0.1:$port/slack/commands"
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
  -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" --data "$body" "$url")"
[ "$status" = 200 ] || { echo "signed request refused (HTTP $status)"; exit 1; }

wrk -t2 -c16 -d3s -s "$work/aide.lua" "$url" >/dev/null   # warm-up (JIT, tiered compilation)
printf '%-12s %12s %10s %10s %8s\n' connections requests/s p50_ms p99_ms non2xx
for c in 1 16 64; do
  threads=$([ "$c" = 1 ] && echo 1 || echo 2)
  line="$(wrk -t"$threads" -c"$c" -d"${duration}s" --latency -s "$work/aide.lua" "$url" | grep '^RESULT')"
  read -r _ rps p50 p99 errors total <<<"$line"
  printf '%-12s %12s %10s %10s %8s\n' "$c" "$rps" "$p50" "$p99" "$errors"
done
# An interaction: the fixtures' view_submission for a modal nobody handles, so that the run measures the interaction
# path (signature, form, the payload's JSON, the dispatch) and no handler; each is answered 200 with an empty body.
payload="$(jq -c '.view.callback_id = "benchmark.nobody"' tests/Brigade.Slack.Testing/Fixtures/view_submission.json \
  | tr -d '\n' | jq -sRr @uri)"
body="payload=$payload"
ts="$(date +%s)"   # signed now: the runs above may have taken longer than Slack's five-minute window
sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')"
sed -e "s|^wrk.body = .*|wrk.body = [==[$body]==]|" \
  -e "s|^wrk.headers\[\"X-Slack-Request-Timestamp\"\] = .*|wrk.headers[\"X-Slack-Request-Timestamp\"] = \"$ts\"|" \
  -e "s|^wrk.headers\[\"X-Slack-Signature\"\] = .*|wrk.headers[\"X-Slack-Signature\"] = \"$sig\"|" \
  "$work/aide.lua" >"$work/view.lua"
url="http://127.0.0.1:$port/slack/interactions"
wrk -t2 -c16 -d3s -s "$work/view.lua" "$url" >/dev/null
line="$(wrk -t2 -c16 -d"${duration}s" --latency -s "$work/view.lua" "$url" | grep '^RESULT')"
read -r _ rps p50 p99 errors total <<<"$line"
printf '%-12s %12s %10s %10s %8s   (view_submission)\n' 16 "$rps" "$p50" "$p99" "$errors"
echo "memory (RSS of the bot after the runs): $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
