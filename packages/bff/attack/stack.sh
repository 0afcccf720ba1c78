#!/usr/bin/env bash
# Starts, on loopback: promokit-engine serve (port 18787) on a fresh SQLite file, redis-server
# (16379), a proxy that can delay redemptions (18788, see delay-proxy.mjs), two promokit-bff instances identifying shoppers by HS256 JWT sharing Redis, through the proxy (14181,
# 14182), and one with demo cookie sessions and the embedded engine (14183). PIDs in $DIR/pids.
# Usage: attack/stack.sh start|stop
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BFF=$HERE/..
DIR=${ATTACK_DIR:-/tmp/promokit-attack}
export JWT_SECRET=${JWT_SECRET:-attack-jwt-secret-0123456789abcdef0123}
case "${1:-start}" in
stop)
  [ -f "$DIR/pids" ] && while read -r pid; do kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done < "$DIR/pids"
  rm -f "$DIR/pids"; exit 0 ;;
esac
rm -rf "$DIR"; mkdir -p "$DIR"
node "$HERE/make-seed.mjs" "$DIR/seed.json"
PROMOKIT_ENGINE_APP_ID=atk PROMOKIT_ENGINE_APP_TOKEN=atk-token \
  node "$BFF/../engine/bin/promokit-engine.js" serve --db "$DIR/engine.sqlite" --seed "$DIR/seed.json" --port 18787 >"$DIR/engine.log" 2>&1 &
echo $! >>"$DIR/pids"; echo $! >"$DIR/engine.pid"
/usr/bin/redis-server --port 16379 --bind 127.0.0.1 --save '' --appendonly no >"$DIR/redis.log" 2>&1 &
echo $! >>"$DIR/pids"
node "$HERE/delay-proxy.mjs" 18788 http://127.0.0.1:18787 >"$DIR/proxy.log" 2>&1 &
echo $! >>"$DIR/pids"
sleep 2
for port in 14181 14182; do
  VOUCHERIFY_APP_ID=atk VOUCHERIFY_APP_TOKEN=atk-token VOUCHERIFY_URL=http://127.0.0.1:18788 \
  PROMOKIT_CASE_SENSITIVE_CODES=false PROMOKIT_JWT_SECRET=$JWT_SECRET PROMOKIT_JWT_ISSUER=https://auth.shop.test \
  PROMOKIT_JWT_AUDIENCE=promokit-bff PROMOKIT_JWT_COOKIE=shop_token REDIS_URL=redis://127.0.0.1:16379 \
  HOST=127.0.0.1 PORT=$port node "$BFF/bin/promokit-bff.js" >"$DIR/bff-$port.log" 2>&1 &
  echo $! >>"$DIR/pids"
done
cp "$DIR/seed.json" "$DIR/seed-embedded.json"
(cd "$DIR" && exec env PROMOKIT_SESSION_SECRET=attack-session-secret-0123456789abcdef PROMOKIT_COOKIE_SECURE=false \
  PROMOKIT_ENGINE_DB="$DIR/embedded.sqlite" HOST=127.0.0.1 PORT=14183 node "$BFF/bin/promokit-bff.js" >"$DIR/bff-14183.log" 2>&1 &
  echo $! >>"$DIR/pids")
for port in 14181 14182 14183; do
  for _ in $(seq 1 100); do grep -q 'PromoKit BFF on' "$DIR/bff-$port.log" 2>/dev/null && break; sleep 0.2; done
  head -1 "$DIR/bff-$port.log" | cut -c1-300
done
