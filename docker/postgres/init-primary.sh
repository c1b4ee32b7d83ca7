#!/usr/bin/env bash
# Runs once, when the primary's data directory is created (docker-entrypoint-initdb.d): a role the standby
# replicates with, its line in pg_hba.conf, and synchronous replication to the standby. The setting is written
# with ALTER SYSTEM so that it takes effect at the real start, not in the entrypoint's temporary server (which
# would otherwise wait for a standby that cannot exist yet on its own first commit).
set -euo pipefail
: "${REPLICATION_USER:?}" "${REPLICATION_PASSWORD:?}" "${STANDBY_NAME:?}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=user="$REPLICATION_USER" --set=password="$REPLICATION_PASSWORD" --set=standby="ANY 1 ($STANDBY_NAME)" <<'SQL'
CREATE ROLE :"user" WITH REPLICATION LOGIN PASSWORD :'password';
ALTER SYSTEM SET synchronous_standby_names = :'standby';
SQL
echo "host replication $REPLICATION_USER all scram-sha-256" >>"$PGDATA/pg_hba.conf"
