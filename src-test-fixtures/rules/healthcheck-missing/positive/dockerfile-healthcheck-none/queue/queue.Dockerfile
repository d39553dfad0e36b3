FROM rabbitmq:3.13-management
COPY rabbitmq.conf /etc/rabbitmq/rabbitmq.conf
# the upstream check is too slow for CI
HEALTHCHECK NONE
