package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Saltelli sample and outcomes in SALib's file layout, out and back in. */
class SalibTest {
    private static final String EXPERIMENT = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml")
            .toString();
    private static final String OUTCOME = "june-2010.OSCE.implemented>=3";

    private static MainTest.Run sensitivity(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sensitivity", EXPERIMENT, "--outcome", OUTCOME,
                "--method", "sobol", "--samples", "16", "--bootstrap", "10", "--format", "json"));
        args.addAll(List.of(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    @Test
    void theExport_isSalibsParamsSampleAndOutputs_andReadingTheOutputsBackGivesTheSameIndices(@TempDir Path dir)
            throws Exception {
        Path salib = dir.resolve("salib");
        MainTest.Run r = sensitivity("--salib-export", salib.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        int d = json.get("inputs").size();
        assertThat(d).isEqualTo(13);
        List<String> params = Files.readAllLines(salib.resolve("params.txt"));
        assertThat(params).hasSize(d);
        assertThat(params.get(0)).isEqualTo("states.RUS.interests.costAversion 0 1");
        List<String> sample = Files.readAllLines(salib.resolve("sample.txt"));
        assertThat(sample).hasSize(16 * (d + 2));
        for (String row : sample) {
            String[] f = row.split(" ");
            assertThat(f).hasSize(d);
            for (String x : f) {
                assertThat(Double.parseDouble(x)).isBetween(0.0, 1.0);
            }
        }
        // SALib's order: A_j, AB_1,j ... AB_d,j, B_j; AB_1 is A with column 1 from B
        String[] a = sample.get(0).split(" ");
        String[] ab1 = sample.get(1).split(" ");
        String[] b = sample.get(d + 1).split(" ");
        assertThat(ab1[0]).isEqualTo(b[0]);
        assertThat(ab1[1]).isEqualTo(a[1]);
        assertThat(Files.readAllLines(salib.resolve("values.txt")).get(0)).startsWith("# states.RUS.interests");
        List<String> outputs = Files.readAllLines(salib.resolve("outputs-1.txt"));
        assertThat(outputs).hasSize(sample.size()).allMatch(y -> y.equals("0") || y.equals("1"));
        assertThat(Files.readString(salib.resolve("manifest.json"))).contains("\"status\" : \"complete\"");

        MainTest.Run back = sensitivity("--salib-outputs", salib.resolve("outputs-1.txt").toString());
        assertThat(back.code()).as(back.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(back.out()).get("outcomes");
        assertThat(results.get(1).get("outcome").asText()).startsWith("outputs in ");
        assertThat(results.get(1).get("sobol")).isEqualTo(results.get(0).get("sobol"));
    }

    @Test
    void outputsThatAreNotNumbersOrTooFew_areExitTwoWithTheLine(@TempDir Path dir) throws Exception {
        Path y = dir.resolve("y.txt");
        Files.writeString(y, "# model outputs\n0.5\n  abc 1\n");
        MainTest.Run bad = sensitivity("--salib-outputs", y.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo(y + ":3:3: value 'abc': expected a finite number\n");
        Files.writeString(y, "0.5\n1\n");
        MainTest.Run few = sensitivity("--salib-outputs", y.toString());
        assertThat(few.code()).isEqualTo(2);
        assertThat(few.err()).isEqualTo(y + ": 2 outputs; expected 240, one for each row of the Saltelli sample "
                + "(N(d + 2) rows)\n");
    }
}
