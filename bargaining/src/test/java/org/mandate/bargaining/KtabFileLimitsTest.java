package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** KTAB files that are not what they claim: each is refused quickly, with a located problem. */
class KtabFileLimitsTest {
    private static final String HEADER = "Actor,Description,Capability,Dim1Pos,Dim1Sal\n";

    private static String first(Path file) {
        return catchThrowableOfType(KtabFormatException.class, () -> SmpInput.fromKtabCsv(file)).problems().get(0)
                .toString();
    }

    @Test
    void invalidUtf8_isRefusedWithItsLineAndByte(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        byte[] text = ("s,d,3,1\n" + HEADER + "a,,1,50,50\nb").getBytes();
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xC3;
        Files.write(f, bytes);
        assertThat(first(f)).isEqualTo("bad.csv:4:0: file: got \"byte 0xc3 at byte 2 of the line\", expected UTF-8 "
                + "text");
    }

    @Test
    void aFolder_isRefused(@TempDir Path dir) {
        assertThat(first(dir)).isEqualTo(dir.getFileName() + ":0:0: file: got \"" + dir
                + "\", expected a KTAB CSV file, not a folder");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @EnabledOnOs(OS.LINUX)
    void aDeviceOrAPipe_isRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        assertThat(first(Path.of("/dev/zero"))).isEqualTo("zero:0:0: file: got \"/dev/zero\", expected a regular "
                + "file, not a pipe, device or socket");
        Path fifo = dir.resolve("fifo.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(first(fifo)).endsWith("expected a regular file, not a pipe, device or socket");
    }

    @Test
    void aFileOverTheLimit_isRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("blank.csv");
        Files.write(f, new byte[KtabCsvReader.MAX_FILE_BYTES + 1]);
        assertThat(first(f)).isEqualTo("blank.csv:0:0: file: got \"" + (KtabCsvReader.MAX_FILE_BYTES + 1)
                + " bytes\", expected a file of at most 4194304 bytes");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void hugeDimensionCounts_areRefusedAtTheHeader() {
        for (String k : new String[] {"999999999", "100000", "101"}) {
            KtabFormatException e = catchThrowableOfType(KtabFormatException.class,
                    () -> SmpInput.fromKtabCsv(new StringReader("s,d,3," + k + "\n" + HEADER), "k.csv"));
            assertThat(e.problems().get(0).toString()).isEqualTo("k.csv:1:4: header.K: got \"" + k
                    + "\", expected a whole number of dimensions from 1 to 100");
        }
    }

    @Test
    void duplicateActorNames_areRefusedAtTheSecond() {
        KtabFormatException e = catchThrowableOfType(KtabFormatException.class,
                () -> SmpInput.fromKtabCsv(new StringReader("s,d,3,1\n" + HEADER + "a,,1,50,50\nb,,1,20,50\n"
                        + "a,,1,80,50\n"), "dup.csv"));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).isEqualTo("dup.csv:5:1: actors[2].name: got \"a\", expected a "
                + "name no other actor has (actors[0] has it)");
    }
}
