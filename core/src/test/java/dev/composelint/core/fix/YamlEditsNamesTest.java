package dev.composelint.core.fix;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Names a fix may write unquoted: never one YAML would read as a number, a boolean or null. */
class YamlEditsNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"shop", "my-app", "app_1", "11-drupal", "v1.2-beta", "db.internal"})
    void plainNames(String name) {
        assertThat(YamlEdits.plainName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "1e3", "0x1F", "0o17", "1_000", "1.5", "true", "No", "null", "~", "-app", ""})
    void namesThatNeedQuotes(String name) {
        assertThat(YamlEdits.plainName(name)).isFalse();
    }
}
