#!/bin/sh
# Make sure PostgreSQL accepts connections on 127.0.0.1:5432 (the tests create their
# own databases in it and drop them). Installs Debian's postgresql if missing and
# starts its cluster, as root (or with sudo); otherwise stops with one clear line.
# Idempotent; prints what it did.
set -eu

HOST=127.0.0.1
PORT=5432

ready() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h "$HOST" -p "$PORT"
    else
        python3 -c "import socket; socket.create_connection(('$HOST', $PORT), 2).close()" \
            2>/dev/null
    fi
}

if ready; then
    echo "setup-postgres: PostgreSQL is accepting connections on $HOST:$PORT"
    exit 0
fi

if [ ! -d /etc/postgresql ] || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    sh "$(dirname "$0")/apt-install.sh" setup-postgres postgresql
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "setup-postgres: PostgreSQL is not running on $HOST:$PORT, and starting it needs root (or sudo)" >&2
    exit 1
fi

version=$(ls /etc/postgresql | sort -n | tail -1)
echo "setup-postgres: starting the PostgreSQL $version cluster"
$sudo pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
# tests connect as postgres over TCP without a password (trust on loopback only)
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q "^host all all 127.0.0.1/32 trust" "$hba"; then
    $sudo sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    $sudo pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi

tries=0
until ready; do
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
        echo "setup-postgres: PostgreSQL did not start on $HOST:$PORT (see /var/log/postgresql)" >&2
        exit 1
    fi
    sleep 1
done
echo "setup-postgres: PostgreSQL is accepting connections on $HOST:$PORT"
