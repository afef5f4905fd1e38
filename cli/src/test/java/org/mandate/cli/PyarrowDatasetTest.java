package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ensemble's Parquet rows open in pyarrow and pandas as one dataset by pointing at the folder. Needs Python with
 * pyarrow and pandas; the CI script installs them and sets {@code MANDATE_REQUIRE_PYARROW}, so there a missing
 * pyarrow fails the test rather than skipping it.
 */
class PyarrowDatasetTest {
    private static final String SCRIPT = String.join("\n",
            "import sys, json",
            "import pyarrow.dataset as ds, pandas as pd",
            "folder = sys.argv[1]",
            "t = ds.dataset(folder, format='parquet').to_table()",
            "df = pd.read_parquet(folder)",
            "print(json.dumps({'rows': t.num_rows, 'pandasRows': len(df),",
            "  'runs': int(df['run'].nunique()), 'minRun': int(df['run'].min()), 'maxRun': int(df['run'].max()),",
            "  'types': {f.name: str(f.type) for f in t.schema}}))",
            "");

    private static boolean pythonWithPyarrow() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pyarrow, pandas").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void parquetRows_openInPyarrowAndPandasAsOneDataset(@TempDir Path dir) throws Exception {
        boolean available = pythonWithPyarrow();
        if (System.getenv("MANDATE_REQUIRE_PYARROW") != null) {
            assertThat(available).as("python3 with pyarrow and pandas (MANDATE_REQUIRE_PYARROW is set)").isTrue();
        }
        Assumptions.assumeTrue(available, "python3 with pyarrow and pandas is not installed");
        Path experiment = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml");
        Path out = dir.resolve("ensemble");
        // 2,100 draws x 16 design points, more than one part
        MainTest.Run r = MainTest.run("ensemble", experiment.toString(), "--runs", "2100", "--rows", "parquet",
                "--out", out.toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        Path script = dir.resolve("read.py");
        Files.writeString(script, SCRIPT);
        Process p = new ProcessBuilder("python3", script.toString(), out.resolve("rows").toString())
                .redirectErrorStream(true).start();
        String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(answer).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(answer.lines().reduce((a, b) -> b).orElse(""));
        assertThat(json.get("rows").asLong()).isEqualTo(2100L * 16);
        assertThat(json.get("pandasRows").asLong()).isEqualTo(2100L * 16);
        assertThat(json.get("runs").asLong()).isEqualTo(2100);
        assertThat(json.get("minRun").asLong()).isZero();
        assertThat(json.get("maxRun").asLong()).isEqualTo(2099);
        com.fasterxml.jackson.databind.JsonNode types = json.get("types");
        assertThat(types.get("run").asText()).isEqualTo("int64");
        assertThat(types.get("KGZ.capitalOverrulesRegions").asText()).isEqualTo("bool");
        assertThat(types.get("june-2010.OSCE.implemented").asText()).isEqualTo("int32");
        assertThat(types.get("episodes.june-2010.severity").asText()).isEqualTo("double");
        for (String column : List.of("experiment", "design")) {
            assertThat(types.get(column).asText()).isIn("string", "large_string");
        }
    }
}
