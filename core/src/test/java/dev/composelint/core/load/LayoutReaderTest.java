package dev.composelint.core.load;

import dev.composelint.core.model.FileLayout;
import dev.composelint.core.model.FileLayout.Item;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.model.FileLayout.Quote;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Key order and quoting as written, for the style rules. */
class LayoutReaderTest {

    private static FileLayout layout(String yaml) {
        YMap document = (YMap) new YamlReader().parse(Path.of("/p/compose.yaml"), yaml).documents().get(0);
        return LayoutReader.read(document);
    }

    @Test
    void keepsKeyOrderQuotingAndPositions() {
        FileLayout layout = layout("""
                services:
                  web:
                    ports:
                      - '80:80'
                      - "443:443"
                      - 8080:8080
                      - target: 9000
                    volumes: ["data:/data"]
                    depends_on: {db: {condition: service_started}, cache: {condition: service_started}}
                    image: nginx:1.27
                name: shop
                """);

        assertThat(layout.topLevel()).extracting(Key::name).containsExactly("services", "name");
        ServiceLayout web = layout.services().get(0);
        assertThat(web.keys()).extracting(Key::name).containsExactly("ports", "volumes", "depends_on", "image");
        assertThat(web.keySource("image").line()).isEqualTo(10);
        assertThat(web.ports()).extracting(Item::quote)
                .containsExactly(Quote.SINGLE, Quote.DOUBLE, Quote.NONE, Quote.NONE);
        assertThat(web.ports()).extracting(Item::text).containsExactly("80:80", "443:443", "8080:8080", null);
        assertThat(web.volumes()).extracting(Item::quote).containsExactly(Quote.DOUBLE);
        assertThat(web.dependsOn()).extracting(Key::name).containsExactly("db", "cache");
        assertThat(web.ports().get(1).source().line()).isEqualTo(5);
    }

    @Test
    void leavesOutKeysMergedFromAnAnchorAndKeepsOverridesInPlace() {
        FileLayout layout = layout("""
                x-base: &base
                  restart: always
                  image: base:1
                services:
                  web:
                    <<: *base
                    environment: {A: b}
                    image: web:1
                """);

        assertThat(layout.services().get(0).keys()).extracting(Key::name).containsExactly("environment", "image");
    }
}
