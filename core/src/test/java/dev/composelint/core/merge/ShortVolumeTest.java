package dev.composelint.core.merge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ShortVolumeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /data                          | /data
            ab                             | ab
            ./src:/app                     | /app
            ./src:/app:ro                  | /app
            ./src:/app:ro,z                | /app
            named:/var/lib/data            | /var/lib/data
            ${SRC:-./a}:/data              | /data
            ${A:-${B:-x:y}}:/data:rw       | /data
            ./a:${TARGET:-/x:y}            | ${TARGET:-/x:y}
            C:\\src:/data                  | /data
            C:/src:C:/data                 | C:/data
            x:/data                        | x:/data
            /data/                         | /data/
            """)
    void findsTheTarget(String spec, String target) {
        assertThat(ShortVolume.target(spec)).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "./a::/b", "./a:/b:ro:z", "./a:/b:", ":/b"})
    void malformedSpecsHaveNoTarget(String spec) {
        assertThat(ShortVolume.target(spec)).isNull();
    }
}
