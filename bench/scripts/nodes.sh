#!/usr/bin/env bash
# Per-vote cost against the number of nodes (docs/capacity.md): a fresh redis-server, N nodes of the Release build on
# loopback (the first loads the demo), and one poll of VOTERS voters that the load tool spreads over the nodes in
# turn, with the CPU of every node and of redis-server and the store's commands recorded over the voting phase.
# The nodes' console output goes to files, never to a pipe. Every process started here is stopped by its pid.
#
#   bench/scripts/nodes.sh N VOTERS OUTDIR      (build first: dotnet build -c Release bench/WsisConnect.Bench)
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N=$1; VOTERS=$2; OUT=$3
DATA=$(mktemp -d /tmp/wsis-nodes.XXXX)
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
PIDS=(); URLS=(); RPID=""
stop() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  sleep 4
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  [[ -n "$RPID" ]] && kill "$RPID" 2>/dev/null
  sleep 1
  rm -rf "$DATA"
}
trap stop EXIT

RPORT=$(free_port)
redis-server --port "$RPORT" --bind 127.0.0.1 --dir "$DATA" --appendonly yes --appendfsync everysec --save '' >"$DATA/redis.log" 2>&1 &
RPID=$!
sleep 1
for i in $(seq 1 "$N"); do
  PORT=$(free_port); SILO=$(free_port); GATEWAY=$(free_port)
  DEMO=false; [[ $i == 1 ]] && DEMO=true
  (cd "$ROOT/src/WsisConnect.Server" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" Urls="http://127.0.0.1:$PORT" \
    Storage__Redis="127.0.0.1:$RPORT" Storage__DataDirectory="$DATA/node$i" Orleans__ServiceId=capacity Orleans__ClusterId=capacity \
    Orleans__SiloPort="$SILO" Orleans__GatewayPort="$GATEWAY" Orleans__AdvertisedIP=127.0.0.1 Auth__AttemptsPerMinute=1000000 Demo__Enabled=$DEMO \
    dotnet bin/Release/net10.0/WsisConnect.Server.dll >"$DATA/node$i.log" 2>&1) &
  PIDS+=($!); URLS+=("http://127.0.0.1:$PORT")
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  echo "node $i: pid ${PIDS[-1]} at ${URLS[-1]}"
done
sleep 5
cd "$ROOT"
dotnet bench/WsisConnect.Bench/bin/Release/net10.0/WsisConnect.Bench.dll polls --voters "$VOTERS" \
  --server "$(IFS=,; echo "${URLS[*]}")" --server-pid "$(IFS=,; echo "${PIDS[*]}")" --store "127.0.0.1:$RPORT" --store-pid "$RPID" \
  --no-baseline --out "$OUT"
echo "load tool exit $?; warnings and errors logged by the nodes: $(cat "$DATA"/node*.log | grep -c 'warn:\|fail:')"
