package dev.composelint.core.syntax;

import dev.composelint.core.model.IpAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressCanonicalTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "127.0.0.1, 127.0.0.1", "0.0.0.0, 0.0.0.0", "::, 0:0:0:0:0:0:0:0", "[::], 0:0:0:0:0:0:0:0",
            "::1, 0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:1", "[::1], 0:0:0:0:0:0:0:1",
            "FE80::0001, fe80:0:0:0:0:0:0:1", "2001:db8::1:0:0:1, 2001:db8:0:0:1:0:0:1",
            "::ffff:192.168.0.1, 0:0:0:0:0:ffff:c0a8:1", "localhost, NULL", "example.com, NULL", "1::2::3, NULL",
            "256.0.0.1, NULL"})
    void canonicalWithoutLookups(String text, String expected) {
        assertThat(IpAddress.canonical(text)).isEqualTo(expected);
    }
}
