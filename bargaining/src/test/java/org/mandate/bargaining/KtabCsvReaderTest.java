package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the KTAB CSV reader: the format, the scale, and word-for-word error messages. */
class KtabCsvReaderTest {

    private static final String HEADER = "Actor,Description,Capability,Dim1Pos,Dim1Sal\n";

    private static SmpInput read(String text) throws IOException, KtabFormatException {
        return SmpInput.fromKtabCsv(new StringReader(text), "test.csv");
    }

    private static KtabFormatException failure(String text) {
        return catchThrowableOfType(KtabFormatException.class, () -> read(text));
    }

    @Test
    void dummyData3Dim_readsQuotedTextTrailingCommasAndTheInternalScale() throws Exception {
        SmpInput input = SmpInput.fromKtabCsv(KtabReference.resource("dummyData_3Dim.csv"));

        assertThat(input.name()).isEqualTo("DummyData_3Dim");
        assertThat(input.description()).isEqualTo("Dummy scenario to test reading format");
        assertThat(input.actorCount()).isEqualTo(7);
        assertThat(input.dimensionNames()).containsExactly("Pstn1", "Pstn2", "Pstn3");
        assertThat(input.actorNames().get(0)).isEqualTo("SActor-00");
        assertThat(input.capability(0)).isEqualTo(102.543);
        assertThat(input.position(0, 0)).isEqualTo(75.79 / 100);
        assertThat(input.salience(0, 0)).isEqualTo(49.53 / 100);
        assertThat(input.position(2, 2)).isEqualTo(0.07 / 100);
    }

    @Test
    void dummyDataA080_readsEightyActorsOnOneDimension() throws Exception {
        SmpInput input = SmpInput.fromKtabCsv(KtabReference.resource("dummyData-a080.csv"));

        assertThat(input.actorCount()).isEqualTo(80);
        assertThat(input.dimensionNames()).containsExactly("XYZ Position");
        assertThat(input.actorNames().get(0)).isEqualTo("Act-1001");
    }

    @Test
    void saliencesSummingToExactly100_areAccepted() throws Exception {
        SmpInput input = read("s,d,3,3\nA,D,C,x,s,y,s,z,s\n"
                + "a,,10,50,56,50,34,50,10\nb,,10,20,30,20,30,20,30\nc,,10,80,30,80,30,80,30\n");

        assertThat(input.salience(0, 0) + input.salience(0, 1) + input.salience(0, 2)).isGreaterThan(1.0);
    }

    @Test
    void badCapability_isReportedWithLineColumnFieldValueAndExpectation() {
        KtabFormatException e = failure("s,d,3,1\n" + HEADER + "a,,abc,50,50\nb,,1,20,50\nc,,1,80,50\n");

        assertThat(e).hasMessage("test.csv:3:3: actors[0].capability: got \"abc\", expected a decimal number");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("actors[0].capability");
        assertThat(e.value()).isEqualTo("abc");
        assertThat(e.expected()).isEqualTo("a decimal number");
    }

    @Test
    void zeroCapability_isRejectedBecauseItWouldAbortTheRun() {
        KtabFormatException e = failure("s,d,3,1\n" + HEADER + "a,,0,50,50\nb,,1,20,50\nc,,1,80,50\n");

        assertThat(e).hasMessage("test.csv:3:3: actors[0].capability: got \"0\", expected a number in (0, 1e8]");
    }

    @Test
    void actorCountOutsideKtabsRange_isRejected() {
        KtabFormatException e = failure("s,d,2,1\n" + HEADER + "a,,1,50,50\nb,,1,20,50\n");

        assertThat(e).hasMessage(
                "test.csv:1:3: header.N: got \"2\", expected a whole number of actors from 3 to 250");
    }

    @Test
    void positionAbove100_isRejected() {
        KtabFormatException e = failure("s,d,3,1\n" + HEADER + "a,,1,150,50\nb,,1,20,50\nc,,1,80,50\n");

        assertThat(e).hasMessage(
                "test.csv:3:4: actors[0].Dim1Pos.position: got \"150\", expected a number in [0, 100]");
    }

    @Test
    void saliencesAbove100InTotal_areRejected() {
        KtabFormatException e = failure("s,d,3,2\nA,D,C,x,s,y,s\n"
                + "a,,1,50,60,50,50\nb,,1,20,50,20,10\nc,,1,80,50,80,10\n");

        assertThat(e).hasMessage("test.csv:3:0: actors[0].saliences: got \"60,50\", expected saliences that sum to"
                + " more than 0 and at most 100 (they sum to 110.0)");
    }

    @Test
    void wrongNumberOfCells_isReportedForTheWholeRow() {
        KtabFormatException e = failure("s,d,3,1\n" + HEADER + "a,,1,50\nb,,1,20,50\nc,,1,80,50\n");

        assertThat(e).hasMessage("test.csv:3:0: actors[0]: got \"a,,1,50\", expected 5 cells (name, description,"
                + " capability, then position and salience for each of 1 dimensions; the row has 4)");
    }

    @Test
    void missingActorRows_areReported() {
        KtabFormatException e = failure("s,d,4,1\n" + HEADER + "a,,1,50,50\nb,,1,20,50\nc,,1,80,50\n");

        assertThat(e).hasMessage("test.csv:6:0: actors: got \"3 actor rows\", expected 4 actor rows, as declared by N"
                + " on line 1");
    }

    @Test
    void everyProblem_isCollectedBeforeFailing() {
        KtabFormatException e = failure("s,d,3,1\n" + HEADER + "a,,x,50,50\n,,1,20,y\nc,,1,-1,50\n");

        assertThat(e.problems()).extracting(KtabFormatException.Problem::field).containsExactly(
                "actors[0].capability", "actors[1].name", "actors[1].Dim1Pos.salience", "actors[2].Dim1Pos.position");
        assertThat(e.getMessage()).startsWith("4 problems:\ntest.csv:3:3: actors[0].capability");
    }

    @Test
    void tooLongActorName_isRejected() {
        KtabFormatException e = failure("s,d,3,1\n" + HEADER
                + "abcdefghijklmnopqrstuvwxyz,,1,50,50\nb,,1,20,50\nc,,1,80,50\n");

        assertThat(e).hasMessage("test.csv:3:1: actors[0].name: got \"abcdefghijklmnopqrstuvwxyz\", expected a name"
                + " of 1 to 25 characters");
    }

    @Test
    void emptyFile_isReported() {
        assertThatThrownBy(() -> read("\n\n")).isInstanceOf(KtabFormatException.class)
                .hasMessage("test.csv:1:0: header: got \"\", expected a first line \"name, description, N, K\"");
    }

    @Test
    void splitting_trimsStripsQuotesAndDropsOneTrailingComma() {
        assertThat(KtabCsvReader.split(" a , \"b c\" ,3,")).isEqualTo(List.of("a", "b c", "3"));
        assertThat(KtabCsvReader.split("a,,")).isEqualTo(List.of("a", ""));
    }

    @Test
    void readValues_matchTheReferenceTurnZeroPositions() throws Exception {
        KtabReference ref = KtabReference.load("ref-15x3");
        SmpInput input = ref.read();

        for (double[] row : ref.positionRows().subList(0, 45)) {
            assertThat(input.position((int) row[1], (int) row[2]) * 100).isCloseTo(row[3], within(1e-12));
        }
    }
}
