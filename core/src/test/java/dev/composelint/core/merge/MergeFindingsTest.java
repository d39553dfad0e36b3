package dev.composelint.core.merge;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.yaml.YMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.composelint.core.merge.Trees.expected;
import static dev.composelint.core.merge.Trees.render;
import static org.assertj.core.api.Assertions.assertThat;

/** What Compose refuses while merging becomes a finding; the later value is kept so loading can go on. */
class MergeFindingsTest {

    @ParameterizedTest(name = "{0} onto {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {replicas: 2}  | [x]            | {deploy: [x]}             | a sequence cannot be merged onto a mapping
            x              | {replicas: 2}  | {deploy: {replicas: 2}}   | a mapping cannot be merged onto a string
            {replicas: 2}  | 3              | {deploy: 3}               | an integer cannot be merged onto a mapping
            """)
    void mappingMergedWithAnotherKindIsReported(String earlier, String later, String result, String reason) {
        YMap base = Trees.base("{services: {web: {deploy: " + earlier + "}}}");
        YMap override = Trees.override("{services: {web: {deploy: " + later + "}}}");
        List<Finding> findings = new ArrayList<>();

        YMap merged = ComposeMerger.merge(base, override, findings::add);

        assertThat(render(merged)).isEqualTo(expected("{services: {web: " + result + "}}"));
        YMap laterWeb = override.map("services").map("web");
        YMap earlierWeb = base.map("services").map("web");
        assertThat(findings).containsExactly(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                "cannot override services.web.deploy: " + reason + ".", laterWeb.get("deploy").source(),
                List.of(new Related(earlierWeb.get("deploy").source(), "the earlier "
                        + earlierWeb.get("deploy").kindName())), null, List.of()));
    }

    @Test
    void sequenceAndScalarReplaceEachOtherSilently() {
        List<Finding> findings = new ArrayList<>();

        YMap merged = ComposeMerger.merge(Trees.base("{services: {web: {x-list: [a], x-one: b}}}"),
                Trees.override("{services: {web: {x-list: c, x-one: [d]}}}"), findings::add);

        assertThat(render(merged)).isEqualTo(expected("{services: {web: {x-list: c, x-one: [d]}}}"));
        assertThat(findings).isEmpty();
    }

    @Test
    void extendsReportsWithTheServiceName() {
        List<Finding> findings = new ArrayList<>();

        YMap merged = ComposeMerger.mergeService("api", Trees.base("{logging_x: {a: 1}}"),
                Trees.override("{extends: base, logging_x: [b]}"), findings::add);

        assertThat(render(merged)).isEqualTo(expected("{logging_x: [b]}"));
        assertThat(findings).extracting(Finding::message)
                .containsExactly("cannot override services.api.logging_x: a sequence cannot be merged onto a mapping.");
    }
}
