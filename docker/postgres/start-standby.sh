#!/usr/bin/env bash
# The standby of the compose profile `postgres`. On its first start it copies the primary (pg_basebackup; -R
# writes standby.signal and primary_conninfo, with the application name the primary's synchronous_standby_names
# waits for), then it runs as a hot standby streaming from the primary. Later starts only run it. Arguments are
# passed to postgres; PRIMARY_PORT (5432) names the primary's port.
set -euo pipefail
: "${PGDATA:?}" "${PRIMARY_HOST:?}" "${REPLICATION_USER:?}" "${REPLICATION_PASSWORD:?}" "${STANDBY_NAME:?}"

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  until pg_isready --quiet --host="$PRIMARY_HOST" --port="${PRIMARY_PORT:-5432}"; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf \
    --checkpoint=fast --dbname="host=$PRIMARY_HOST port=${PRIMARY_PORT:-5432} user=$REPLICATION_USER application_name=$STANDBY_NAME"
  chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on "$@"
