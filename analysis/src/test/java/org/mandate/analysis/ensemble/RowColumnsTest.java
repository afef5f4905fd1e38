package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.core.scenario.ExperimentLoader;

/** The rows encoded column by column are the rows written value by value, to the byte. */
class RowColumnsTest {

    /** A slice as a sink receives it. */
    private record Slice(byte[] levels, long from, double[] values, long to) {
    }

    @ParameterizedTest
    @EnumSource(RowLayout.class)
    void slicesEncodedByColumn_makeTheFilesThatValueByValueWritingMakes(RowLayout layout, @TempDir Path dir)
            throws Exception {
        // the bundled experiment: 16 design points, text and boolean factors, nine inputs; the last slice is short
        EnsembleSetup setup = new EnsembleSetup(ExperimentLoader.load(
                Path.of("../examples/kyrgyzstan-2010-experiment.yaml")).withRuns(EnsembleRunner.SLICE + 37));
        List<Slice> slices = new ArrayList<>();
        RowSink capture = new RowSink() {
            @Override
            public void write(byte[] rows, long next, EnsembleSummary soFar) {
            }

            @Override
            public void write(byte[] rows, long from, double[] values, byte[] levels, long next,
                              EnsembleSummary soFar) {
                slices.add(new Slice(levels, from, values, next));
            }

            @Override
            public boolean needsText() {
                return false;
            }
        };
        new EnsembleRunner(setup, 1, layout).run(0, new EnsembleSummary(setup.points().size(),
                setup.compiled(0).cellCount()), capture, null);
        assertThat(slices).hasSize(2);
        RowColumns columns = new RowColumns(setup, layout);
        Path byColumn = dir.resolve("columns.parquet");
        Path byValue = dir.resolve("values.parquet");
        try (ParquetTable a = ParquetTable.create(byColumn, columns.columns(), "test");
             ParquetTable b = ParquetTable.create(byValue, columns.columns(), "test")) {
            ParquetTable.Encoder e = new ParquetTable.Encoder(columns.columns());
            RowColumns.Writer w = new RowColumns.Writer() {
                @Override
                public void text(String v) {
                    e.text(v);
                }

                @Override
                public void bool(boolean v) {
                    e.bool(v);
                }

                @Override
                public void int64(long v) {
                    e.int64(v);
                }

                @Override
                public void float64(double v) {
                    e.float64(v);
                }

                @Override
                public void int32(int v) {
                    e.int32(v);
                }

                @Override
                public void endRow() {
                    e.endRow();
                }
            };
            for (Slice s : slices) {
                ParquetTable.Encoder c = new ParquetTable.Encoder(columns.columns());
                columns.encode(s.levels(), s.from(), s.values(), s.to(), c);
                a.append(c.finish());
                columns.write(s.levels(), s.from(), s.values(), s.to(), w);
                b.append(e.finish());
            }
        }
        assertThat(Files.readAllBytes(byColumn)).isEqualTo(Files.readAllBytes(byValue));
        long rows = (EnsembleRunner.SLICE + 37L) * (layout == RowLayout.WIDE ? 1 : 16);
        assertThat(Files.size(byColumn)).isGreaterThan(rows);
    }
}
