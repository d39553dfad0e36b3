#!/bin/sh
set -eu
cd "$(dirname "$0")/.."
docker compose -p shop -f deploy/compose.yaml -f deploy/compose.prod.yaml up -d
