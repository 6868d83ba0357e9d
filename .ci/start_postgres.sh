#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests (issue 9) and prints what to export:
#   eval "$(bash .ci/start_postgres.sh /tmp/kamdesk-pg)"   (stop: see the printed PG_STOP)
# It listens on 127.0.0.1 only, on a free port, with two roles: kamdesk_test (trusted, may
# create databases and roles: the tests make a database per test and its team's logins) and
# kamdesk_locked (password "right-password": the wrong-password test). Every other login
# (a team's members) signs in with its password. Run as root, the server runs as the postgres user (or one created).
set -euo pipefail
dir="${1:?usage: start_postgres.sh DIR}"

bindir=""
if command -v pg_config >/dev/null; then bindir="$(pg_config --bindir)"; fi
if [[ ! -x "$bindir/initdb" ]]; then
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
fi
[[ -x "$bindir/initdb" ]] || { echo "start_postgres.sh: no initdb found" >&2; exit 1; }

as_server=()
if [[ "$(id -u)" == 0 ]]; then  # PostgreSQL refuses to run as root
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    as_server=(runuser -u postgres --)
fi
mkdir -p "$dir"
if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    "${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C >"$dir/initdb.log" 2>&1
cat >"$dir/data/pg_hba.conf" <<HBA
local all postgres trust
host all kamdesk_locked 127.0.0.1/32 scram-sha-256
host all kamdesk_test 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
"${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" >/dev/null
if ! "${as_server[@]}" "$bindir/psql" -q -h "$dir" -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 >&2 <<SQL; then
CREATE ROLE kamdesk_test LOGIN CREATEDB CREATEROLE;
GRANT pg_signal_backend TO kamdesk_test;
CREATE ROLE kamdesk_locked LOGIN PASSWORD 'right-password';
SQL
    "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    exit 1
fi
echo "export KAMDESK_TEST_PG_URL=postgresql://kamdesk_test@127.0.0.1:$port/postgres"
echo "export KAMDESK_TEST_PG_LOCKED_URL=postgresql://kamdesk_locked@127.0.0.1:$port/postgres"
echo "export PG_STOP='${as_server[*]} $bindir/pg_ctl -D $dir/data -m fast stop'"
