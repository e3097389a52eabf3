#!/bin/sh
# Makes the run's TLS material with openssl under DIR: parcelwick's test CA; certificates it signs for localhost (the
# manifest service, the post office portal), for localhost but expired (the insurer) and for another name (the bank);
# a self-signed certificate for localhost (the customs broker); a client certificate the portal would accept (kept,
# not given to parcelwick).
#   sh scripts/certs.sh DIR
set -eu
dir=${1:?usage: sh scripts/certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
: > index.txt
echo 1000 > serial
cat > ca.cnf <<CNF
[ca]
default_ca = local
[local]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
CNF
quiet() { "$@" > /dev/null 2>&1; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout parcelwick-ca.key -out parcelwick-ca.pem -days 30 \
    -subj "/CN=parcelwick test CA"
signed() {  # NAME SAN [START END]
    quiet openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/CN=$2" -addext "subjectAltName=DNS:$2"
    if [ $# -gt 2 ]; then
        quiet openssl ca -batch -notext -config ca.cnf -cert parcelwick-ca.pem -keyfile parcelwick-ca.key -in "$1.csr" \
            -out "$1.pem" -startdate "$3" -enddate "$4"
    else
        quiet openssl ca -batch -notext -config ca.cnf -cert parcelwick-ca.pem -keyfile parcelwick-ca.key -in "$1.csr" \
            -out "$1.pem" -days 30
    fi
}
signed manifest localhost
signed portal localhost
signed insurer localhost 20250101000000Z 20250401000000Z
signed bank bank.parcelwick.test
signed client depot-client
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout customs.key -out customs.pem -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost"
