package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.scenario.ExperimentLoader;

class ParquetRowsTest {

    /** The example experiment without its design factors, so each run is one row. */
    private static ExperimentSpec experiment(long runs) throws Exception {
        ExperimentSpec e = ExperimentLoader.load(Path.of("../examples/kyrgyzstan-2010-experiment.yaml"));
        return new ExperimentSpec(e.id(), e.title(), e.scenario(), runs, e.seed(), Sampling.MONTE_CARLO,
                e.uncertain(), List.of(), e.outcomes(), e.questions());
    }

    /** A reader of plain groups from a local file, with no Hadoop configuration. */
    static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    /** Every row of the parts, in order, written back as CSV text. */
    static List<String> read(Path ensemble) throws IOException {
        Path dir = ensemble.resolve(EnsembleFiles.PARTS);
        List<String> rows = new ArrayList<>();
        for (int i = 0; Files.exists(dir.resolve(ParquetParts.partName(i))); i++) {
            try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(dir.resolve(ParquetParts.partName(i))))
                    .build()) {
                for (Group g = r.read(); g != null; g = r.read()) {
                    MessageType t = (MessageType) g.getType();
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < t.getFieldCount(); c++) {
                        sb.append(c == 0 ? "" : ",").append(g.getValueToString(c, 0));
                    }
                    rows.add(sb.toString());
                }
            }
        }
        return rows;
    }

    private static List<String> csvRows(EnsembleSetup setup, EnsembleRunner runner) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        runner.run(0, new EnsembleSummary(1, 6), (r, next, soFar) -> out.write(r), null);
        List<String> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            String[] f = Csv.split(line);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < f.length; i++) {
                String v = f[i];
                if (v.matches("-?\\d+\\.\\d+") || (i >= 5 && i < 5 + setup.inputs() && v.matches("-?\\d+"))) {
                    v = Double.toString(Double.parseDouble(v));
                }
                sb.append(i == 0 ? "" : ",").append(v);
            }
            rows.add(sb.toString());
        }
        return rows;
    }

    @Test
    void parquetParts_holdTheSameRowsAsTheCsv_typedAndInRunOrder(@TempDir Path dir) throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(EnsembleRunner.SLICE * 20 + 5));
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        String header = runner.header();
        try (EnsembleFiles files = EnsembleFiles.openParquet(dir, setup, header, "test", false, false)) {
            runner.run(0, new EnsembleSummary(1, 6), files, null);
        }
        assertThat(dir.resolve(EnsembleFiles.ROWS)).doesNotExist();
        assertThat(dir.resolve(EnsembleFiles.PARTS).resolve(ParquetParts.partName(1))).exists();
        assertThat(read(dir)).isEqualTo(csvRows(setup, runner));
        try (var files = Files.list(dir.resolve(EnsembleFiles.PARTS))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> name.matches("part-\\d{5}\\.parquet"));
        }
    }

    @Test
    void aRowGroupIsASlice_ofAtLeast16384RowsWhereTheRunsAllow(@TempDir Path dir) throws Exception {
        // one design point: slices of 16 x 1,024 runs, so each part (closed at every checkpoint) is one row group
        long runs = EnsembleRunner.SLICE * 20L + 5;
        EnsembleSetup setup = new EnsembleSetup(experiment(runs));
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        try (EnsembleFiles files = EnsembleFiles.openParquet(dir, setup, runner.header(), "test", false, false)) {
            runner.run(0, new EnsembleSummary(1, 6), files, null);
        }
        List<Long> groups = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path part = dir.resolve(EnsembleFiles.PARTS).resolve(ParquetParts.partName(i));
            try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
                    new LocalInputFile(part))) {
                r.getRowGroups().forEach(g -> groups.add(g.getRowCount()));
            }
        }
        assertThat(groups).containsExactly((long) EnsembleRunner.MAX_SLICE, runs - EnsembleRunner.MAX_SLICE);
        assertThat(dir.resolve(EnsembleFiles.PARTS).resolve(ParquetParts.partName(2))).doesNotExist();
        // the bundled experiment's 16 design points fill 16,384 rows in one slice of 1,024 runs; its wide rows do not
        EnsembleSetup bundled = new EnsembleSetup(ExperimentLoader.load(
                Path.of("../examples/kyrgyzstan-2010-experiment.yaml")).withRuns(10));
        assertThat(new EnsembleRunner(bundled, 1).runsPerSlice(ParquetParts.ROW_GROUP_ROWS))
                .isEqualTo(EnsembleRunner.SLICE);
        assertThat(new EnsembleRunner(bundled, 1, RowLayout.WIDE).runsPerSlice(ParquetParts.ROW_GROUP_ROWS))
                .isEqualTo(EnsembleRunner.MAX_SLICE);
        assertThat(new EnsembleRunner(bundled, 1).runsPerSlice(0)).isEqualTo(EnsembleRunner.SLICE);
    }

    @Test
    void parquetFolder_opensInDuckDbAsOneDataset_withEveryRowAndItsTypes(@TempDir Path dir) throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(EnsembleRunner.SLICE * 3 + 7));
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        try (EnsembleFiles files = EnsembleFiles.openParquet(dir, setup, runner.header(), "test", false, false)) {
            runner.run(0, new EnsembleSummary(1, 6), files, null);
        }
        long runs = EnsembleRunner.SLICE * 3L + 7;
        String glob = dir.resolve(EnsembleFiles.PARTS).toString().replace('\\', '/') + "/*.parquet";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT run), min(run), max(run) FROM "
                     + "read_parquet('" + glob + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(runs);
            assertThat(rs.getLong(2)).isEqualTo(runs);
            assertThat(rs.getLong(3)).isZero();
            assertThat(rs.getLong(4)).isEqualTo(runs - 1);
        }
    }

    @Test
    void aParquetEnsembleKilledAndResumed_holdsExactlyTheRowsOfAnUninterruptedOne(@TempDir Path dir)
            throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(EnsembleRunner.SLICE * (EnsembleFiles.CHECKPOINT_EVERY
                + 3) + 9));
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        String header = runner.header();
        Path whole = dir.resolve("whole");
        try (EnsembleFiles files = EnsembleFiles.openParquet(whole, setup, header, "test", false, false)) {
            runner.run(0, new EnsembleSummary(1, 6), files, null);
        }
        Path broken = dir.resolve("broken");
        EnsembleFiles first = EnsembleFiles.openParquet(broken, setup, header, "test", false, false);
        int[] slices = {0};
        assertThatThrownBy(() -> runner.run(0, new EnsembleSummary(1, 6), new RowSink() {
            @Override
            public void write(byte[] rows, long next, EnsembleSummary soFar) {
                throw new AssertionError("the runner hands over the values");
            }

            @Override
            public boolean needsText() {
                return first.needsText();
            }

            @Override
            public void write(byte[] rows, long from, double[] values, byte[] levels, long next,
                              EnsembleSummary soFar) throws IOException {
                first.write(rows, from, values, levels, next, soFar);
                if (++slices[0] == EnsembleFiles.CHECKPOINT_EVERY + 2) {
                    throw new IOException("killed");
                }
            }
        }, null)).hasMessage("killed");
        first.close();
        try (EnsembleFiles files = EnsembleFiles.openParquet(broken, setup, header, "test", true, false)) {
            EnsembleSummary s = new EnsembleSummary(1, 6);
            files.restore(s);
            runner.run(files.nextRun(), s, files, null);
        }
        assertThat(read(broken)).isEqualTo(read(whole));
    }

    @Test
    void trueFalseFactorLevels_areBooleanColumns_andTheOthersText(@TempDir Path dir) throws Exception {
        ExperimentSpec e = ExperimentLoader.load(Path.of("../examples/kyrgyzstan-2010-experiment.yaml"))
                .withRuns(10);
        EnsembleSetup setup = new EnsembleSetup(e);
        EnsembleRunner runner = new EnsembleRunner(setup, 1);
        try (EnsembleFiles files = EnsembleFiles.openParquet(dir, setup, runner.header(), "test", false, false)) {
            runner.run(0, new EnsembleSummary(16, 6), files, null);
        }
        Path part = dir.resolve(EnsembleFiles.PARTS).resolve(ParquetParts.partName(0));
        try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
                new LocalInputFile(part))) {
            MessageType schema = r.getFileMetaData().getSchema();
            assertThat(schema.getType("KGZ.capitalOverrulesRegions").asPrimitiveType().getPrimitiveTypeName())
                    .isEqualTo(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN);
            assertThat(schema.getType("SCO.decisionRule").asPrimitiveType().getPrimitiveTypeName())
                    .isEqualTo(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY);
            assertThat(r.getRecordCount()).isEqualTo(160);
        }
        List<Boolean> overrules = new ArrayList<>();
        try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(part)).build()) {
            for (Group g = r.read(); g != null; g = r.read()) {
                overrules.add(g.getBoolean("KGZ.capitalOverrulesRegions", 0));
            }
        }
        // the last factor varies fastest: false, true, false, true, ...
        assertThat(overrules.subList(0, 4)).containsExactly(false, true, false, true);
    }
}
