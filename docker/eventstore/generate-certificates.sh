#!/usr/bin/env bash
# Creates the development cluster's CA and one certificate per node, once (docs/deployment.md). Runs in the
# eventstore/es-gencert-cli image as the `certificates` service of the `cluster` profile:
#   /certs  every node's certificate and key, and the CA (mounted by the EventStoreDB nodes)
#   /ca     the CA certificate alone (mounted by the API, which only needs to trust the nodes)
set -euo pipefail

certs="${CERTS_DIR:-/certs}"
ca_only="${CA_DIR:-/ca}"
# The EventStoreDB image runs as uid 1000: it owns the files; private keys are readable by it alone.
owner="${CERTS_OWNER:-1000:1000}"

if [[ -f "${certs}/ca/ca.crt" ]]; then
  echo "certificates already exist in ${certs}; keeping them"
else
  es-gencert-cli create-ca -out "${certs}/ca"
  for n in 1 2 3; do
    # The names the API and the other nodes use: the compose service name and the node's fixed address.
    es-gencert-cli create-node \
      -ca-certificate "${certs}/ca/ca.crt" \
      -ca-key "${certs}/ca/ca.key" \
      -out "${certs}/node${n}" \
      -ip-addresses "127.0.0.1,172.30.240.1${n}" \
      -dns-names "node${n},localhost"
  done
fi

cp "${certs}/ca/ca.crt" "${ca_only}/ca.crt"

chown -R "${owner}" "${certs}"
find "${certs}" -type d -exec chmod 0755 {} +
find "${certs}" -type f -name '*.crt' -exec chmod 0644 {} +
find "${certs}" -type f -name '*.key' -exec chmod 0600 {} +
chmod 0644 "${ca_only}/ca.crt"
echo "certificates ready"
