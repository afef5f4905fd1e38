package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.mandate.core.testkit.Examples;
import org.junit.jupiter.api.Test;

/** docs/history.md lists every constant of the history with its default, so the table cannot drift. */
class HistoryDocsTest {
    @Test
    void everyParameter_isInTheDocsTableWithItsDefault() throws Exception {
        String doc = Files.readString(Examples.file("docs/history.md"));
        for (Parameter p : Parameter.values()) {
            String value = String.format(java.util.Locale.ROOT, "%s", p.defaultValue()).replaceAll("\\.0$", "");
            assertThat(doc).as(p.key()).contains("| `" + p.key() + "` | " + value + " | " + p.meaning() + " |");
        }
    }
}
