package dev.composelint.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageRefTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // reference | registry | path | tag | digest | familiar name
            "redis | docker.io | library/redis | - | - | redis",
            "redis:7-alpine | docker.io | library/redis | 7-alpine | - | redis",
            "library/redis | docker.io | library/redis | - | - | redis",
            "docker.io/redis | docker.io | library/redis | - | - | redis",
            "docker.io/library/redis:7 | docker.io | library/redis | 7 | - | redis",
            "index.docker.io/library/redis | docker.io | library/redis | - | - | redis",
            "registry-1.docker.io/grafana/grafana | docker.io | grafana/grafana | - | - | grafana/grafana",
            "Docker.IO/Grafana/Grafana:11.0.0 | docker.io | grafana/grafana | 11.0.0 | - | grafana/grafana",
            "grafana/grafana-oss:10.4.2 | docker.io | grafana/grafana-oss | 10.4.2 | - | grafana/grafana-oss",
            "quay.io/prometheus/alertmanager:v0.27.0 | quay.io | prometheus/alertmanager | v0.27.0 | - "
                    + "| quay.io/prometheus/alertmanager",
            "localhost:5000/app:1.0 | localhost:5000 | app | 1.0 | - | localhost:5000/app",
            "localhost/app | localhost | app | - | - | localhost/app",
            "REGISTRY.example.com:5000/team/app | registry.example.com:5000 | team/app | - | - "
                    + "| registry.example.com:5000/team/app",
            "foo:5000 | docker.io | library/foo | 5000 | - | foo",
            "[::1]:5000/app:2 | [::1]:5000 | app | 2 | - | [::1]:5000/app",
            "postgres@sha256:0123abcd | docker.io | library/postgres | - | sha256:0123abcd | postgres",
            "postgres:16@sha256:0123abcd | docker.io | library/postgres | 16 | sha256:0123abcd | postgres",
            "ghcr.io/org/sub/app:edge@sha256:ff | ghcr.io | org/sub/app | edge | sha256:ff | ghcr.io/org/sub/app",
            "'  nginx:1.25  ' | docker.io | library/nginx | 1.25 | - | nginx",
            "redis: | docker.io | library/redis | '' | - | redis",
            "${REGISTRY}/grafana/grafana | ${registry} | grafana/grafana | - | - | ${registry}/grafana/grafana",
            "/grafana/grafana:latest | '' | grafana/grafana | latest | - | /grafana/grafana",
            "app:${TAG} | docker.io | library/app | ${TAG} | - | app"})
    void splitsAndNormalisesLikeDocker(String text, String registry, String path, String tag, String digest,
                                       String familiar) {
        ImageRef image = ImageRef.parse(text);
        assertThat(image.registry()).isEqualTo(registry);
        assertThat(image.path()).isEqualTo(path);
        assertThat(image.tag()).isEqualTo(tag);
        assertThat(image.digest()).isEqualTo(digest);
        assertThat(image.familiarName()).isEqualTo(familiar);
    }

    @Test
    void blankIsNoReference() {
        assertThat(ImageRef.parse(null)).isNull();
        assertThat(ImageRef.parse("  ")).isNull();
    }

    @Test
    void nameIsTheRepositoryAsWritten() {
        assertThat(ImageRef.parse("Docker.io/prom/prometheus:v2.50.0@sha256:aa").name())
                .isEqualTo("Docker.io/prom/prometheus");
        assertThat(ImageRef.parse("localhost:5000/app").name()).isEqualTo("localhost:5000/app");
        assertThat(ImageRef.parse("redis:").name()).isEqualTo("redis");
    }

    @Test
    void canonicalFormsCompareReferencesToOneImage() {
        assertThat(ImageRef.parse("redis").canonical()).isEqualTo("docker.io/library/redis:latest")
                .isEqualTo(ImageRef.parse("docker.io/library/redis:latest").canonical())
                .isEqualTo(ImageRef.parse("index.docker.io/redis").canonical());
        assertThat(ImageRef.parse("redis@sha256:aa").canonical()).isEqualTo("docker.io/library/redis@sha256:aa");
        assertThat(ImageRef.parse("redis:Alpine").canonical()).isNotEqualTo(ImageRef.parse("redis:alpine").canonical());
    }

    @Test
    void repositoriesMatchOnAnyRegistryAndMirror() {
        assertThat(ImageRef.parse("prom/alertmanager:v0.27.0").isRepository("prom/alertmanager")).isTrue();
        assertThat(ImageRef.parse("mirror.example.com/hub/prom/alertmanager").isRepository("prom/alertmanager"))
                .isTrue();
        assertThat(ImageRef.parse("quay.io/prometheus/alertmanager").isRepository("prometheus/alertmanager"))
                .isTrue();
        assertThat(ImageRef.parse("myprom/alertmanager").isRepository("prom/alertmanager")).isFalse();
    }

    @Test
    void grafanaImagesAreOneList() {
        assertThat(ImageRef.parse("grafana/grafana:11.0.0").isGrafana()).isTrue();
        assertThat(ImageRef.parse("grafana/grafana-oss").isGrafana()).isTrue();
        assertThat(ImageRef.parse("docker.io/grafana/grafana-enterprise").isGrafana()).isTrue();
        assertThat(ImageRef.parse("bitnami/grafana").isGrafana()).isTrue();
        assertThat(ImageRef.parse("grafana/loki").isGrafana()).isFalse();
        assertThat(ImageRef.parse("grafana/grafana-image-renderer").isGrafana()).isFalse();
    }

    @Test
    void unknownPartsAreKept() {
        assertThat(ImageRef.parse("${BASE_IMAGE}").hasUnknownPart()).isTrue();
        assertThat(ImageRef.parse("${BASE_IMAGE}").familiarName()).isEqualTo("${base_image}");
        assertThat(ImageRef.parse("redis:7").hasUnknownPart()).isFalse();
    }
}
