#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and creates the test role; prints the admin URL for the tests.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  as_root pg_createcluster "$version" main >/dev/null
fi
as_root pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  as_root su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
as_root su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='vocdesk_test'\"" | grep -q 1 \
  || as_root su postgres -c "psql -q -c \"CREATE ROLE vocdesk_test LOGIN CREATEDB PASSWORD 'vocdesk_test'\""
echo "postgresql://vocdesk_test:vocdesk_test@127.0.0.1:5432/postgres"
