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

# Node certificates last NODE_CERT_DAYS (es-gencert-cli's default is a year) and nothing renews them on their
# own: run this job with RENEW_NODES=true before they expire, then restart the nodes (docs/deployment.md,
# "Certificates of the cluster profile"). The CA is kept, so the API goes on trusting the renewed nodes.
days="${NODE_CERT_DAYS:-365}"
renew="${RENEW_NODES:-false}"

create_nodes() {
  for n in 1 2 3; do
    rm -rf "${certs}/node${n}"
    # The names the API and the other nodes use: the compose service name and the node's fixed address.
    es-gencert-cli create-node \
      -ca-certificate "${certs}/ca/ca.crt" \
      -ca-key "${certs}/ca/ca.key" \
      -out "${certs}/node${n}" \
      -days "${days}" \
      -ip-addresses "127.0.0.1,172.30.240.1${n}" \
      -dns-names "node${n},localhost"
  done
}

if [[ ! -f "${certs}/ca/ca.crt" ]]; then
  es-gencert-cli create-ca -out "${certs}/ca"
  create_nodes
elif [[ "${renew}" == "true" ]]; then
  echo "renewing the node certificates in ${certs} (valid ${days} days); the CA is kept"
  create_nodes
else
  echo "certificates already exist in ${certs}; keeping them (RENEW_NODES=true renews the nodes')"
fi

cp "${certs}/ca/ca.crt" "${ca_only}/ca.crt"

chown -R "${owner}" "${certs}"
find "${certs}" -type d -exec chmod 0755 {} +
find "${certs}" -type f -name '*.crt' -exec chmod 0644 {} +
find "${certs}" -type f -name '*.key' -exec chmod 0600 {} +
chmod 0644 "${ca_only}/ca.crt"
echo "certificates ready"
