package dev.composelint.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "127.0.0.1, 127.0.0.1", "0.0.0.0, 0.0.0.0", "::, 0:0:0:0:0:0:0:0", "[::], 0:0:0:0:0:0:0:0",
            "::1, 0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:1", "[::1], 0:0:0:0:0:0:0:1",
            "FE80::0001, fe80:0:0:0:0:0:0:1", "2001:db8::1:0:0:1, 2001:db8:0:0:1:0:0:1",
            "::ffff:192.168.0.1, 0:0:0:0:0:ffff:c0a8:1", "localhost, NULL", "example.com, NULL", "1::2::3, NULL",
            "256.0.0.1, NULL"})
    void normalizedWithoutLookups(String text, String expected) {
        IpAddress address = IpAddress.parse(text);
        assertThat(address == null ? null : address.normalized()).isEqualTo(expected);
    }

    @Test
    void keepsTheTextAsWritten() {
        assertThat(IpAddress.parse("[::1]").text()).isEqualTo("::1");
        assertThat(IpAddress.parse("FE80::1")).hasToString("FE80::1");
    }

    @Test
    void unspecifiedAddressesCoverTheirFamilies() {
        IpAddress any4 = IpAddress.parse("0.0.0.0");
        IpAddress any6 = IpAddress.parse("0:0:0:0:0:0:0:0");
        IpAddress loopback4 = IpAddress.parse("127.0.0.1");
        IpAddress loopback6 = IpAddress.parse("::1");
        assertThat(any6.isUnspecified()).isTrue();
        assertThat(loopback6.isUnspecified()).isFalse();
        assertThat(IpAddress.overlap(null, loopback6)).isTrue();
        assertThat(IpAddress.overlap(any6, loopback4)).isTrue();
        assertThat(IpAddress.overlap(any4, loopback4)).isTrue();
        assertThat(IpAddress.overlap(any4, loopback6)).isFalse();
        assertThat(IpAddress.overlap(loopback4, IpAddress.parse("127.0.0.2"))).isFalse();
        assertThat(IpAddress.overlap(loopback6, IpAddress.parse("0:0:0:0:0:0:0:1"))).isTrue();
    }
}
