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
}
