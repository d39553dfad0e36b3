package dev.composelint.core.merge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.composelint.core.merge.Trees.expected;
import static dev.composelint.core.merge.Trees.render;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code extends}: the same rules on one service, base first, local on top, {@code extends} removed. */
class MergeServiceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inherits and adds keys       | {image: a, user: root}            | {extends: base, restart: always}        | {image: a, user: root, restart: always}
            command replaced             | {image: a, command: [run, x]}     | {extends: base, command: [run, y]}      | {image: a, command: [run, y]}
            entrypoint replaced          | {entrypoint: [a]}                 | {extends: {service: base}, entrypoint: b} | {entrypoint: b}
            environment merged           | {environment: {A: "1", B: "2"}}   | {extends: base, environment: [B=3, C=4]} | {environment: [A=1, B=3, C=4]}
            ports appended and deduped   | {ports: ["80:80", "443:443"]}     | {extends: base, ports: ["80:80", "8080:8080"]} | {ports: ["80:80", "443:443", "8080:8080"]}
            volumes keyed by target      | {volumes: ["./a:/data"]}          | {extends: base, volumes: ["./b:/data"]} | {volumes: ["./b:/data"]}
            depends_on list to map       | {depends_on: [db]}                | {extends: base, depends_on: [cache]}    | {depends_on: {db: {condition: service_started, required: true}, cache: {condition: service_started, required: true}}}
            build string and map         | {build: ./app}                    | {extends: base, build: {target: dev}}   | {build: {context: ./app, target: dev}}
            healthcheck test replaced    | {healthcheck: {test: [CMD, a], retries: 3}} | {extends: base, healthcheck: {test: [NONE]}} | {healthcheck: {test: [NONE], retries: 3}}
            reset in local removes base  | {image: a, ports: ["80:80"]}      | {extends: base, ports: !reset []}       | {image: a}
            override in local replaces   | {environment: {A: "1"}}           | {extends: base, environment: !override {B: "2"}} | {environment: {B: "2"}}
            extends of the base removed  | {extends: other, image: a}        | {extends: base}                         | {image: a}
            """)
    void extendsLikeCompose(String name, String base, String local, String expected) {
        assertThat(render(ComposeMerger.mergeService(Trees.base(base), Trees.override(local))))
                .isEqualTo(expected(expected));
    }
}
