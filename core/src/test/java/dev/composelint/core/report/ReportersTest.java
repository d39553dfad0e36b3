package dev.composelint.core.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportersTest {

    @ParameterizedTest
    @CsvSource({
            "text, TextReporter",
            "JSON, JsonReporter",
            "sarif, SarifReporter",
            "checkstyle, CheckstyleReporter",
            "junit, JunitReporter",
            "' github ', GithubReporter",
            "codeclimate, CodeClimateReporter",
    })
    void findsReportersByName(String name, String type) {
        assertThat(Reporters.byName(name).getClass().getSimpleName()).isEqualTo(type);
    }

    @Test
    void rejectsUnknownNamesListingTheKnownOnes() {
        assertThat(Reporters.names()).containsExactly("text", "json", "sarif", "checkstyle", "junit", "github",
                "codeclimate", "html");
        assertThat(Reporters.find("xml")).isEmpty();
        assertThatThrownBy(() -> Reporters.byName("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml'; expected one of text, json, sarif, checkstyle, junit, github, "
                        + "codeclimate, html");
    }
}
