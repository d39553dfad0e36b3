#!/bin/sh
# Creates the shared proxy network once per host.
docker network inspect web-proxy >/dev/null 2>&1 || docker network create --driver bridge web-proxy
