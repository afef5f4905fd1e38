package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BargainCommandTest {
    private static final Path REF = Path.of("../bargaining/src/test/resources/ktab/ref-05x1.csv");

    private record Result(int code, String out, String err) {
    }

    private static Result mandate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void bargain_printsFinalPositionsTurnsConvergenceAndBaselines() {
        Result r = mandate("bargain", REF.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("ref-05x1: 5 actors, 1 dimension; 6 turns, converged\n")
                .contains("A04                                 54.33  0.6386")
                .contains("baseline: weighted mean             47.89")
                .contains("baseline: weighted median           45.92");
    }

    @Test
    void bargain_writesTheWholeTrajectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.csv");
        assertThat(mandate("bargain", REF.toString(), "--trajectory", out.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("turn,actor,dimension,position");
        assertThat(lines).hasSize(1 + 7 * 5);
        assertThat(lines.get(lines.size() - 1)).startsWith("6,A05,");
    }

    @Test
    void bargain_inJson_withTheMandateProfileAndAnotherVpm_isReproducible() throws Exception {
        Result a = mandate("bargain", REF.toString(), "--profile", "mandate", "--vpm", "quartic", "--format", "json");
        Result b = mandate("bargain", REF.toString(), "--profile", "mandate", "--vpm", "quartic", "--format", "json");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        JsonNode json = new ObjectMapper().readTree(a.out());
        assertThat(json.get("profile").asText()).isEqualTo("mandate");
        assertThat(json.get("actors")).hasSize(5);
        assertThat(json.get("weightedMean").get(0).asDouble()).isBetween(47.88, 47.90);
    }

    @Test
    void bargain_onABadFile_listsItsProblemsAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n");
        Result r = mandate("bargain", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("bad.csv:1:0: header: got \"x,y\", expected 4 cells: scenario name, "
                + "description, N, K (the line has 2)\n1 problem found\n");
        assertThat(mandate("bargain", REF.toString(), "--profile", "other").err())
                .isEqualTo("mandate: --profile: expected ktab or mandate, was 'other'\n");
    }
}
