# syntax=docker/dockerfile:1
FROM eclipse-temurin:21-jre AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    # curl is needed by the healthcheck
    && rm -rf /var/lib/apt/lists/*
HEALTHCHECK --interval=10s --timeout=3s \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1

FROM runtime AS app
COPY target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
