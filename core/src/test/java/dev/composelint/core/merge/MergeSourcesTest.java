package dev.composelint.core.merge;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import org.junit.jupiter.api.Test;

import static dev.composelint.core.merge.Trees.BASE;
import static dev.composelint.core.merge.Trees.OVERRIDE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every node of a merge result points at the file, line and column that supplied it. */
class MergeSourcesTest {

    private static YMap web(YMap document) {
        return document.map("services").map("web");
    }

    @Test
    void mergedMappingsKeepEarlierKeysAndReplacedScalarsPointAtTheOverride() {
        YMap base = Trees.base("{services: {web: {image: a, ports: [\"80:80\"]}}}");
        YMap override = Trees.override("{services: {web: {image: b, ports: [\"8080:80\"]}, db: {image: pg}}}");

        YMap merged = ComposeMerger.merge(base, override);

        assertThat(merged.source()).isEqualTo(base.source());
        assertThat(merged.entry("services").keySource()).isEqualTo(base.entry("services").keySource());
        assertThat(merged.map("services").entry("web").keySource())
                .isEqualTo(base.map("services").entry("web").keySource());
        assertThat(web(merged).source()).isEqualTo(web(base).source());
        YEntry image = web(merged).entry("image");
        assertThat(image.keySource()).isEqualTo(web(base).entry("image").keySource());
        assertThat(image.value().source()).isEqualTo(web(override).get("image").source());
        assertThat(image.value().source().file()).isEqualTo(OVERRIDE);
        YSeq ports = web(merged).seq("ports");
        assertThat(ports.source()).isEqualTo(web(base).seq("ports").source());
        assertThat(ports.items()).extracting(item -> item.source().file()).containsExactly(BASE, OVERRIDE);
        assertThat(ports.get(1).source()).isEqualTo(web(override).seq("ports").get(0).source());
        assertThat(merged.map("services").entry("db").keySource())
                .isEqualTo(override.map("services").entry("db").keySource());
    }

    @Test
    void collapsedEntryTakesTheLaterSourceAtTheEarlierPosition() {
        YMap base = Trees.base("{services: {web: {ports: [\"80:80\", \"443:443\"]}}}");
        YMap override = Trees.override("{services: {web: {ports: [\"80:80\"]}}}");

        YSeq ports = web(ComposeMerger.merge(base, override)).seq("ports");

        assertThat(ports.items()).extracting(item -> item.source().file()).containsExactly(OVERRIDE, BASE);
        assertThat(ports.get(0).source()).isEqualTo(web(override).seq("ports").get(0).source());
    }

    @Test
    void convertedListsPointAtTheItemsTheyCameFrom() {
        YMap base = Trees.base("{services: {web: {depends_on: [db], networks: [front], build: ./app}}}");
        YMap override = Trees.override("{services: {web: {depends_on: [cache], networks: [back], build: {target: x}}}}");

        YMap merged = web(ComposeMerger.merge(base, override));

        Source db = web(base).seq("depends_on").get(0).source();
        YEntry dbEntry = merged.map("depends_on").entry("db");
        assertThat(dbEntry.keySource()).isEqualTo(db);
        assertThat(dbEntry.value().source()).isEqualTo(db);
        assertThat(((YMap) dbEntry.value()).get("condition").source()).isEqualTo(db);
        assertThat(merged.map("depends_on").entry("cache").keySource())
                .isEqualTo(web(override).seq("depends_on").get(0).source());
        assertThat(merged.map("networks").entry("back").keySource())
                .isEqualTo(web(override).seq("networks").get(0).source());
        Source context = web(base).get("build").source();
        assertThat(merged.map("build").entry("context").keySource()).isEqualTo(context);
        assertThat(merged.map("build").get("context").source()).isEqualTo(context);
        assertThat(merged.map("build").entry("target").keySource().file()).isEqualTo(OVERRIDE);
    }

    @Test
    void keyValueStringsPointAtTheirKeys() {
        YMap base = Trees.base("{services: {web: {environment: {B: x, A: y}}}}");
        YMap override = Trees.override("{services: {web: {environment: [C=z]}}}");

        YSeq environment = web(ComposeMerger.merge(base, override)).seq("environment");

        assertThat(environment.items()).extracting(item -> item.source())
                .containsExactly(web(base).map("environment").entry("A").keySource(),
                        web(base).map("environment").entry("B").keySource(),
                        web(override).seq("environment").get(0).source());
    }

    @Test
    void firstFileKeepsItsOwnSources() {
        YMap first = Trees.override("{services: {web: {image: a}}}");

        YMap merged = ComposeMerger.merge(YMap.empty(Source.file(BASE)), first);

        assertThat(merged.source()).isEqualTo(first.source());
        assertThat(merged.entry("services").keySource()).isEqualTo(first.entry("services").keySource());
        assertThat(web(merged).get("image").source()).isEqualTo(web(first).get("image").source());
    }

    @Test
    void overrideTaggedValueKeepsTheOverrideSources() {
        YMap base = Trees.base("{services: {web: {ports: [\"80:80\"]}}}");
        YMap override = Trees.override("{services: {web: {ports: !override [\"90:80\"]}}}");

        YMap merged = web(ComposeMerger.merge(base, override));

        assertThat(merged.entry("ports").keySource()).isEqualTo(web(override).entry("ports").keySource());
        assertThat(merged.seq("ports").source()).isEqualTo(web(override).get("ports").source());
    }

    @Test
    void mergedEnvironmentKeepsEachValueAsWritten() {
        YMap written = Trees.base("{services: {web: {environment: {URL: x, MODE: a}}}}");
        YMap environment0 = web(written).map("environment");
        YScalar interpolated = new YScalar("http://db", "http://${HOST:-db}", false,
                environment0.get("URL").source(), null);
        YMap base = written.with("services", null, written.map("services").with("web", null,
                web(written).with("environment", null, environment0.with("URL", null, interpolated))));
        YMap override = Trees.override("{services: {web: {environment: {MODE: b}}}}");

        YSeq environment = web(ComposeMerger.merge(base, override)).seq("environment");

        assertThat(environment.items()).extracting(item -> ((YScalar) item).text())
                .contains("URL=http://${HOST:-db}", "MODE=b");
    }
}
