# composelint container image: the binary distribution on an Eclipse Temurin JRE.
#   docker build -t composelint:0.1.0 .
#   docker run --rm -v "$PWD:/src" composelint:0.1.0            # lints the mounted directory
#   docker run --rm -v "$PWD:/src" composelint:0.1.0 --format sarif:composelint.sarif
# The image is also what the pre-commit hook composelint-docker runs (pre-commit mounts the repository at /src).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY . .
RUN mvn -B -q -DskipTests -Dinvoker.skip=true -pl distribution -am package \
 && mkdir /opt/composelint \
 && tar xzf distribution/target/composelint-*.tar.gz -C /opt/composelint --strip-components=1

FROM eclipse-temurin:17-jre
COPY --from=build /opt/composelint /opt/composelint
RUN ln -s /opt/composelint/bin/composelint /usr/local/bin/composelint
# The launcher's start-up cache goes to a writable place whatever user the container runs as.
ENV XDG_CACHE_HOME=/tmp/composelint-cache
WORKDIR /src
ENTRYPOINT ["composelint"]
