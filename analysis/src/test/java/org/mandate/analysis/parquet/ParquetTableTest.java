package org.mandate.analysis.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.analysis.parquet.ParquetTable.Column;
import org.mandate.analysis.parquet.ParquetTable.Type;

/** Files written by {@link ParquetTable} read back by parquet-java, an independent reader. */
class ParquetTableTest {

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    private static List<Group> read(Path file) throws Exception {
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(file)).build()) {
            for (Group g = r.read(); g != null; g = r.read()) {
                rows.add(g);
            }
        }
        return rows;
    }

    private static final List<Column> COLUMNS = List.of(new Column("name", Type.TEXT),
            new Column("flag", Type.BOOLEAN), new Column("level", Type.INT32), new Column("run", Type.INT64),
            new Column("x", Type.DOUBLE), new Column("wide", Type.INT32), new Column("ünï \"code\"", Type.TEXT));

    @Test
    void everyValueOfEveryType_readsBackExactly_acrossSeveralRowGroups(@TempDir Path dir) throws Exception {
        int n = ParquetTable.ROW_GROUP_ROWS * 2 + 777;
        SplittableRandom random = new SplittableRandom(7);
        String[] names = new String[n];
        boolean[] flags = new boolean[n];
        int[] levels = new int[n];
        long[] runs = new long[n];
        double[] xs = new double[n];
        int[] wide = new int[n];
        Path file = dir.resolve("t.parquet");
        try (ParquetTable t = ParquetTable.create(file, COLUMNS, "mandate test")) {
            for (int i = 0; i < n; i++) {
                names[i] = i % 3 == 0 ? "kyrgyzstan" : "name-" + random.nextInt(1000);
                flags[i] = random.nextBoolean();
                levels[i] = random.nextInt(5);
                runs[i] = i % 5 == 0 ? Long.MIN_VALUE + i : random.nextLong();
                xs[i] = i % 7 == 0 ? -0.0 : random.nextDouble() * 1e6 - 5e5;
                wide[i] = i % 11 == 0 ? Integer.MIN_VALUE : random.nextInt();
                t.text(names[i]).bool(flags[i]).int32(levels[i]).int64(runs[i]).float64(xs[i]).int32(wide[i])
                        .text("é" + (i % 2));
                t.endRow();
            }
        }
        assertThat(dir.resolve(".t.parquet.inprogress")).doesNotExist();
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = r.getFileMetaData().getSchema();
            assertThat(schema.getFieldCount()).isEqualTo(7);
            assertThat(schema.getType("name").asPrimitiveType().getPrimitiveTypeName())
                    .isEqualTo(PrimitiveTypeName.BINARY);
            assertThat(schema.getType("name").getLogicalTypeAnnotation())
                    .isEqualTo(LogicalTypeAnnotation.stringType());
            assertThat(schema.getType("flag").asPrimitiveType().getPrimitiveTypeName())
                    .isEqualTo(PrimitiveTypeName.BOOLEAN);
            assertThat(schema.getType("x").isRepetition(Repetition.REQUIRED)).isTrue();
            assertThat(r.getRowGroups()).hasSize(3);
            assertThat(r.getRecordCount()).isEqualTo(n);
            assertThat(r.getFileMetaData().getCreatedBy()).isEqualTo("mandate test");
        }
        List<Group> rows = read(file);
        assertThat(rows).hasSize(n);
        for (int i = 0; i < n; i++) {
            Group g = rows.get(i);
            assertThat(g.getString("name", 0)).isEqualTo(names[i]);
            assertThat(g.getBoolean("flag", 0)).isEqualTo(flags[i]);
            assertThat(g.getInteger("level", 0)).isEqualTo(levels[i]);
            assertThat(g.getLong("run", 0)).isEqualTo(runs[i]);
            assertThat(Double.doubleToRawLongBits(g.getDouble("x", 0))).isEqualTo(Double.doubleToRawLongBits(xs[i]));
            assertThat(g.getInteger("wide", 0)).isEqualTo(wide[i]);
            assertThat(g.getString("ünï \"code\"", 0)).isEqualTo("é" + (i % 2));
        }
    }

    @Test
    void aTableWithNoRows_isAValidEmptyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.parquet");
        ParquetTable.create(file, COLUMNS, "mandate test").close();
        assertThat(read(file)).isEmpty();
    }

    @Test
    void anAbandonedTable_leavesNoFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gone.parquet");
        ParquetTable t = ParquetTable.create(file, COLUMNS, "mandate test");
        t.text("a").bool(true).int32(1).int64(2).float64(3).int32(4).text("b").endRow();
        assertThat(dir.resolve(".gone.parquet.inprogress")).exists();
        t.abandon();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void valuesOutOfColumnOrder_areRefusedWithTheColumn(@TempDir Path dir) throws Exception {
        try (ParquetTable t = ParquetTable.create(dir.resolve("x.parquet"), COLUMNS, "mandate test")) {
            assertThatThrownBy(() -> t.int32(3)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("column 0 ('name') is TEXT");
            t.text("a");
            assertThatThrownBy(t::endRow).hasMessage("the row has 1 of 7 values");
            t.bool(false).int32(1).int64(2).float64(3).int32(4).text("b").endRow();
        }
    }

    @Test
    void twoColumnsOfOneName_areRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> ParquetTable.create(dir.resolve("x.parquet"),
                List.of(new Column("a", Type.TEXT), new Column("a", Type.INT32)), "t"))
                .hasMessage("two columns are named 'a'");
    }

    /** Adds {@code n} rows to both encoders: column by column to one, the same values row by row to the other. */
    private static void fillBothWays(ParquetTable.Encoder columns, ParquetTable.Encoder rows, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = {"b", "a", "b", "c"};
        boolean[] flags = {true, false, false};
        long[] runs = new long[(n + 2) / 3];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = random.nextLong();
        }
        double[] xs = new double[2 * runs.length + 1];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i % 5 == 0 ? -0.0 : random.nextDouble();
        }
        byte[] levels = new byte[3 * n + 2];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) (i % 13 == 0 ? -1 : random.nextInt(5));
        }
        // n rows: runs repeated three times (the last possibly fewer), so fill column by column in whole repeats
        int count = n / 3;
        int m = count * 3;
        columns.texts(0, names, m).bools(1, flags, m).int32s(2, levels, 1, 3, m).int64s(3, runs, count, 3)
                .float64s(4, xs, 1, 2, count, 3).int32s(5, levels, 2, 3, m).texts(6, new String[] {"é0"}, m);
        columns.endRows(m);
        for (int k = 0; k < m; k++) {
            rows.text(names[k % names.length]).bool(flags[k % flags.length]).int32(levels[1 + 3 * k])
                    .int64(runs[k / 3]).float64(xs[1 + 2 * (k / 3)]).int32(levels[2 + 3 * k]).text("é0");
            rows.endRow();
        }
    }

    @Test
    void rowsAddedColumnByColumn_encodeByteForByteAsRowByRow(@TempDir Path dir) throws Exception {
        for (int n : new int[] {3, 4, 7, 300, 5000}) {
            ParquetTable.Encoder columns = new ParquetTable.Encoder(COLUMNS);
            ParquetTable.Encoder rows = new ParquetTable.Encoder(COLUMNS);
            fillBothWays(columns, rows, n, n);
            Path a = dir.resolve("a" + n + ".parquet");
            Path b = dir.resolve("b" + n + ".parquet");
            try (ParquetTable t = ParquetTable.create(a, COLUMNS, "mandate test")) {
                t.append(columns.finish());
            }
            try (ParquetTable t = ParquetTable.create(b, COLUMNS, "mandate test")) {
                t.append(rows.finish());
            }
            assertThat(Files.readAllBytes(a)).as("%d rows", n).isEqualTo(Files.readAllBytes(b));
            assertThat(read(a)).hasSize(n / 3 * 3);
        }
    }

    @Test
    void rowGroupsEncodedOnOtherThreads_andRowsAddedHere_readBackInTheOrderAppended(@TempDir Path dir)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<ParquetTable.RowGroup>> groups = new ArrayList<>();
            for (int g = 0; g < 4; g++) {
                int first = g * 1000;
                groups.add(pool.submit(() -> {
                    ParquetTable.Encoder e = new ParquetTable.Encoder(COLUMNS);
                    for (int i = first; i < first + 1000; i++) {
                        e.text("g" + first).bool(i % 2 == 0).int32(i % 5).int64(i).float64(i / 4.0).int32(-i)
                                .text("x");
                        e.endRow();
                    }
                    return e.finish();
                }));
            }
            Path file = dir.resolve("t.parquet");
            try (ParquetTable t = ParquetTable.create(file, COLUMNS, "mandate test")) {
                t.text("here").bool(true).int32(9).int64(-1).float64(0.5).int32(1).text("y").endRow();
                for (var f : groups) {
                    t.append(f.get());
                }
                t.text("last").bool(false).int32(9).int64(-2).float64(0.25).int32(2).text("y").endRow();
            }
            List<Group> rows = read(file);
            assertThat(rows).hasSize(4002);
            assertThat(rows.get(0).getString("name", 0)).isEqualTo("here");
            for (int i = 0; i < 4000; i++) {
                Group g = rows.get(1 + i);
                assertThat(g.getLong("run", 0)).isEqualTo(i);
                assertThat(g.getString("name", 0)).isEqualTo("g" + (i / 1000 * 1000));
                assertThat(g.getDouble("x", 0)).isEqualTo(i / 4.0);
                assertThat(g.getInteger("wide", 0)).isEqualTo(-i);
            }
            assertThat(rows.get(4001).getString("name", 0)).isEqualTo("last");
            try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
                assertThat(r.getRowGroups()).hasSize(6);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRowGroupOfOtherColumns_orColumnsFilledUnevenly_areRefused(@TempDir Path dir) throws Exception {
        ParquetTable.Encoder other = new ParquetTable.Encoder(List.of(new Column("name", Type.TEXT)));
        other.text("a").endRow();
        ParquetTable.RowGroup g = other.finish();
        try (ParquetTable t = ParquetTable.create(dir.resolve("x.parquet"), COLUMNS, "mandate test")) {
            assertThatThrownBy(() -> t.append(g)).hasMessage("the row group was encoded for other columns");
        }
        ParquetTable.Encoder e = new ParquetTable.Encoder(COLUMNS);
        e.texts(0, new String[] {"a"}, 3);
        assertThatThrownBy(() -> e.endRows(3)).hasMessage("column 1 ('flag') has 0 values, expected 3");
        assertThatThrownBy(() -> e.int64s(0, new long[] {1}, 1, 1)).hasMessage("column 0 ('name') is TEXT");
    }
}
