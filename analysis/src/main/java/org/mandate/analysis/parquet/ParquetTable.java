package org.mandate.analysis.parquet;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Parquet file of one flat table: every column required, text and 32-bit integers dictionary encoded, booleans,
 * 64-bit integers and doubles plain, no compression. The file is written under a hidden name
 * ({@code .NAME.inprogress}) beside its target and renamed into place by {@link #close()}, so a reader of the folder
 * never sees half a file.
 *
 * <p>Rows reach the file in one of two ways, which may be mixed: value by value ({@code create}, then for each row one
 * value per column in column order, {@code text}, {@code bool}, {@code int32}, {@code int64}, {@code float64} as the
 * column's type says, and {@link #endRow()}; a row group every {@link #ROW_GROUP_ROWS} rows), or as whole row groups
 * that an {@link Encoder} encoded, possibly on another thread, handed to {@link #append(RowGroup)}. Then
 * {@link #close()}; {@link #abandon()} deletes the partial file instead.
 */
public final class ParquetTable implements AutoCloseable {
    /** Rows per row group, when rows are added one by one. */
    public static final int ROW_GROUP_ROWS = 1 << 16;

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int PLAIN = 0;
    private static final int PLAIN_DICTIONARY = 2;
    private static final int RLE = 3;

    /** A column's type. */
    public enum Type {
        /** UTF-8 text (BYTE_ARRAY, logical type STRING). */
        TEXT(6),
        /** BOOLEAN. */
        BOOLEAN(0),
        /** INT32. */
        INT32(1),
        /** INT64. */
        INT64(2),
        /** DOUBLE. */
        DOUBLE(5);

        final int physical;

        Type(int physical) {
            this.physical = physical;
        }
    }

    /** A column: its name and type. */
    public record Column(String name, Type type) {
        /** Validates the column. */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a column name must not be empty");
            }
        }
    }

    private final Path target;
    private final Path partial;
    private final FileOutputStream file;
    private final OutputStream out;
    private final List<Column> columns;
    private final Encoder rows;
    private final List<Written> rowGroups = new ArrayList<>();
    private final String createdBy;
    private long offset;
    private long totalRows;
    private boolean closed;

    private ParquetTable(Path target, List<Column> columns, String createdBy) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling("." + target.getFileName() + ".inprogress");
        this.rows = new Encoder(columns);
        this.columns = rows.columns;
        this.createdBy = createdBy;
        file = new FileOutputStream(partial.toFile());
        out = new BufferedOutputStream(file, 1 << 16);
        out.write(MAGIC);
        offset = MAGIC.length;
    }

    /**
     * Starts a table to be written to {@code target}.
     *
     * @param createdBy what wrote the file, recorded in its footer
     */
    public static ParquetTable create(Path target, List<Column> columns, String createdBy) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new ParquetTable(target, columns, createdBy);
    }

    /** The hidden name the file has until it is closed. */
    public static Path inProgress(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".inprogress");
    }

    /** The columns. */
    public List<Column> columns() {
        return columns;
    }

    /** The rows added so far. */
    public long rows() {
        return totalRows + rows.rows();
    }

    /** Adds the next value, a text. */
    public ParquetTable text(String v) {
        rows.text(v);
        return this;
    }

    /** Adds the next value, a boolean. */
    public ParquetTable bool(boolean v) {
        rows.bool(v);
        return this;
    }

    /** Adds the next value, a 32-bit integer. */
    public ParquetTable int32(int v) {
        rows.int32(v);
        return this;
    }

    /** Adds the next value, a 64-bit integer. */
    public ParquetTable int64(long v) {
        rows.int64(v);
        return this;
    }

    /** Adds the next value, a double. */
    public ParquetTable float64(double v) {
        rows.float64(v);
        return this;
    }

    /** Ends the row; every column must have had its value. */
    public void endRow() throws IOException {
        rows.endRow();
        if (rows.rows() == ROW_GROUP_ROWS) {
            write(rows.finish());
        }
    }

    /**
     * Appends a row group encoded for this table's columns, after any rows added one by one (which are written as a
     * row group of their own first).
     */
    public void append(RowGroup group) throws IOException {
        if (!group.columns.equals(columns)) {
            throw new IllegalArgumentException("the row group was encoded for other columns");
        }
        if (rows.rows() > 0) {
            write(rows.finish());
        }
        write(group);
    }

    private void write(RowGroup g) throws IOException {
        if (g == null) {
            return;
        }
        if (rows.column != 0) {
            throw new IllegalStateException("the last row has " + rows.column + " of " + columns.size() + " values");
        }
        long start = offset;
        out.write(g.bytes);
        offset += g.bytes.length;
        rowGroups.add(new Written(g, start));
        totalRows += g.rows;
    }

    /** A row group written at {@code start}. */
    private record Written(RowGroup group, long start) {
    }

    /**
     * Writes the footer, forces the file to disk and renames it to its target.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (rows.column != 0) {
            throw new IllegalStateException("the last row has " + rows.column + " of " + columns.size() + " values");
        }
        write(rows.finish());
        Compact m = new Compact().i32(1, 1).list(2, Compact.STRUCT, 1 + columns.size());
        m.open().string(4, "schema").i32(5, columns.size()).end();
        for (Column c : columns) {
            m.open().i32(1, c.type().physical).i32(3, 0).string(4, c.name());
            if (c.type() == Type.TEXT) {
                m.i32(6, 0).struct(10).struct(1).end().end();
            }
            m.end();
        }
        m.i64(3, totalRows).list(4, Compact.STRUCT, rowGroups.size());
        for (int g = 0; g < rowGroups.size(); g++) {
            RowGroup rg = rowGroups.get(g).group();
            long at = rowGroups.get(g).start();
            m.open().list(1, Compact.STRUCT, columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                long size = rg.chunkEnd[i] - rg.chunkStart[i];
                m.open().i64(2, at + rg.chunkStart[i]).struct(3).i32(1, c.type().physical)
                        .list(2, Compact.I32, 2).rawI32(rg.encoding[i]).rawI32(RLE)
                        .list(3, Compact.BINARY, 1).rawString(c.name())
                        .i32(4, 0).i64(5, rg.rows).i64(6, size).i64(7, size).i64(9, at + rg.dataStart[i]);
                if (rg.encoding[i] == PLAIN_DICTIONARY) {
                    m.i64(11, at + rg.chunkStart[i]);
                }
                m.end().end();
            }
            m.i64(2, rg.bytes.length).i64(3, rg.rows).i64(5, at).i64(6, rg.bytes.length).i16(7, g).end();
        }
        byte[] f = m.string(6, createdBy).finish();
        out.write(f);
        byte[] len = new byte[4];
        INT.set(len, 0, f.length);
        out.write(len);
        out.write(MAGIC);
        out.flush();
        file.getChannel().force(true);
        out.close();
        closed = true;
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Closes and deletes the partial file, leaving no target. */
    public void abandon() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
            Files.deleteIfExists(partial);
        }
    }

    /**
     * One row group's bytes, its column chunks one after another (each a dictionary page, for dictionary-encoded
     * columns, and a data page), with where each chunk and its data page begin, counted from the group's first byte.
     */
    public static final class RowGroup {
        final List<Column> columns;
        final byte[] bytes;
        final int rows;
        final int[] encoding;
        final int[] chunkStart;
        final int[] dataStart;
        final int[] chunkEnd;

        private RowGroup(List<Column> columns, byte[] bytes, int rows, int[] encoding, int[] chunkStart,
                         int[] dataStart, int[] chunkEnd) {
            this.columns = columns;
            this.bytes = bytes;
            this.rows = rows;
            this.encoding = encoding;
            this.chunkStart = chunkStart;
            this.dataStart = dataStart;
            this.chunkEnd = chunkEnd;
        }

        /** The rows of the group. */
        public int rows() {
            return rows;
        }

        /** The encoded size in bytes. */
        public int size() {
            return bytes.length;
        }
    }

    /**
     * Encodes rows into row groups for a table of the given columns. An encoder belongs to one thread at a time; the
     * row groups it makes may be appended to a table by another, so the work of encoding can be spread over threads
     * while one thread writes the file.
     */
    public static final class Encoder {
        private final List<Column> columns;
        private final ColumnBuffer[] buffers;
        private final Type[] types;
        private int rowCount;
        private int column;
        private byte[] out = new byte[1 << 16];
        private int size;

        /** An encoder of rows of the given columns (names distinct, at least one). */
        public Encoder(List<Column> columns) {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            this.columns = List.copyOf(columns);
            Set<String> names = new HashSet<>();
            buffers = new ColumnBuffer[columns.size()];
            types = new Type[columns.size()];
            for (int i = 0; i < buffers.length; i++) {
                Column c = columns.get(i);
                if (!names.add(c.name())) {
                    throw new IllegalArgumentException("two columns are named '" + c.name() + "'");
                }
                types[i] = c.type();
                buffers[i] = switch (c.type()) {
                    case TEXT -> new TextBuffer();
                    case INT32 -> new IntBuffer();
                    case INT64 -> new LongBuffer();
                    case DOUBLE -> new LongBuffer(); // a double's IEEE 754 bits, written as PLAIN does
                    case BOOLEAN -> new BoolBuffer();
                };
            }
        }

        /** The rows added since the last row group. */
        public int rows() {
            return rowCount;
        }

        private ColumnBuffer next(Type type) {
            if (column >= buffers.length) {
                throw new IllegalStateException("the row already has all " + buffers.length
                        + " values; call endRow()");
            }
            if (types[column] != type) {
                throw new IllegalStateException("column " + column + " ('" + columns.get(column).name() + "') is "
                        + columns.get(column).type());
            }
            return buffers[column++];
        }

        /** Adds the next value, a text. */
        public Encoder text(String v) {
            ((TextBuffer) next(Type.TEXT)).add(Objects.requireNonNull(v, "a text value must not be null"));
            return this;
        }

        /** Adds the next value, a boolean. */
        public Encoder bool(boolean v) {
            ((BoolBuffer) next(Type.BOOLEAN)).add(v);
            return this;
        }

        /** Adds the next value, a 32-bit integer. */
        public Encoder int32(int v) {
            ((IntBuffer) next(Type.INT32)).add(v);
            return this;
        }

        /** Adds the next value, a 64-bit integer. */
        public Encoder int64(long v) {
            ((LongBuffer) next(Type.INT64)).add(v);
            return this;
        }

        /** Adds the next value, a double. */
        public Encoder float64(double v) {
            ((LongBuffer) next(Type.DOUBLE)).add(Double.doubleToRawLongBits(v));
            return this;
        }

        /** Ends the row; every column must have had its value. */
        public void endRow() {
            if (column != buffers.length) {
                throw new IllegalStateException("the row has " + column + " of " + buffers.length + " values");
            }
            column = 0;
            rowCount++;
        }

        /*
         * Column by column: each column of the next rows filled in one call, then endRows(rows). The rows encode
         * exactly as the same values added row by row would.
         */

        private <B extends ColumnBuffer> B column(int c, Type type, Class<B> buffer) {
            if (column != 0) {
                throw new IllegalStateException("a row is half added (" + column + " of " + buffers.length
                        + " values)");
            }
            if (types[c] != type) {
                throw new IllegalStateException("column " + c + " ('" + columns.get(c).name() + "') is " + types[c]);
            }
            return buffer.cast(buffers[c]);
        }

        /** Fills text column {@code c} of the next {@code rows} rows: row {@code k} gets {@code cycle[k % length]}. */
        public Encoder texts(int c, String[] cycle, int rows) {
            column(c, Type.TEXT, TextBuffer.class).addCycle(cycle, rows);
            return this;
        }

        /** Fills boolean column {@code c} of the next {@code rows} rows: row {@code k} gets {@code cycle[k % length]}. */
        public Encoder bools(int c, boolean[] cycle, int rows) {
            column(c, Type.BOOLEAN, BoolBuffer.class).addCycle(cycle, rows);
            return this;
        }

        /** Fills 64-bit integer column {@code c} with {@code count} values, each repeated {@code repeat} times. */
        public Encoder int64s(int c, long[] v, int count, int repeat) {
            column(c, Type.INT64, LongBuffer.class).addRepeated(v, count, repeat);
            return this;
        }

        /**
         * Fills double column {@code c} with {@code count} values, {@code v[offset + i * stride]}, each repeated
         * {@code repeat} times.
         */
        public Encoder float64s(int c, double[] v, int offset, int stride, int count, int repeat) {
            column(c, Type.DOUBLE, LongBuffer.class).addDoubles(v, offset, stride, count, repeat);
            return this;
        }

        /** Fills 32-bit integer column {@code c} of the next {@code rows} rows with {@code v[offset + k * stride]}. */
        public Encoder int32s(int c, byte[] v, int offset, int stride, int rows) {
            column(c, Type.INT32, IntBuffer.class).addBytes(v, offset, stride, rows);
            return this;
        }

        /** Ends {@code rows} rows filled column by column; every column must have had exactly their values. */
        public void endRows(int rows) {
            for (int c = 0; c < buffers.length; c++) {
                if (buffers[c].count() != rowCount + rows) {
                    throw new IllegalStateException("column " + c + " ('" + columns.get(c).name() + "') has "
                            + (buffers[c].count() - rowCount) + " values, expected " + rows);
                }
            }
            rowCount += rows;
        }

        /**
         * The rows added since the last row group, encoded as one row group, or null when there are none; the
         * encoder starts afresh.
         */
        public RowGroup finish() {
            if (column != 0) {
                throw new IllegalStateException("the last row has " + column + " of " + buffers.length + " values");
            }
            if (rowCount == 0) {
                return null;
            }
            int n = buffers.length;
            int[] encoding = new int[n];
            int[] chunkStart = new int[n];
            int[] dataStart = new int[n];
            int[] chunkEnd = new int[n];
            size = 0;
            for (int i = 0; i < n; i++) {
                ColumnBuffer b = buffers[i];
                chunkStart[i] = size;
                byte[] dictionary = b.dictionary();
                if (dictionary != null) {
                    put(new Compact().i32(1, 2).i32(2, dictionary.length).i32(3, dictionary.length).struct(7)
                            .i32(1, b.dictionarySize()).i32(2, PLAIN_DICTIONARY).end().finish());
                    put(dictionary);
                }
                dataStart[i] = size;
                int length = b.valuesLength();
                encoding[i] = dictionary != null ? PLAIN_DICTIONARY : PLAIN;
                put(new Compact().i32(1, 0).i32(2, length).i32(3, length).struct(5).i32(1, rowCount)
                        .i32(2, encoding[i]).i32(3, RLE).i32(4, RLE).end().finish());
                reserve(length);
                b.values(out, size);
                size += length;
                chunkEnd[i] = size;
                b.clear();
            }
            RowGroup g = new RowGroup(columns, Arrays.copyOf(out, size), rowCount, encoding, chunkStart, dataStart,
                    chunkEnd);
            rowCount = 0;
            return g;
        }

        private void reserve(int more) {
            if (out.length - size < more) {
                long want = Math.max((long) out.length * 2, (long) size + more);
                if (want > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("a row group would exceed 2 GB; use fewer rows a group");
                }
                out = Arrays.copyOf(out, (int) want);
            }
        }

        private void put(byte[] b) {
            reserve(b.length);
            System.arraycopy(b, 0, out, size, b.length);
            size += b.length;
        }
    }

    /** One column's values in the current row group. */
    private abstract static class ColumnBuffer {
        /** The values held. */
        abstract int count();

        /** The dictionary page's values (plain), or null for a plain column. */
        byte[] dictionary() {
            return null;
        }

        int dictionarySize() {
            return 0;
        }

        /** The length of the data page's values. */
        abstract int valuesLength();

        /** Writes the data page's values into {@code dst} from {@code at}. */
        abstract void values(byte[] dst, int at);

        abstract void clear();
    }

    /** Dictionary indices, shared by the text and integer columns. */
    private abstract static class DictionaryBuffer extends ColumnBuffer {
        int[] indices = new int[1024];
        int n;

        void index(int i) {
            if (n == indices.length) {
                indices = Arrays.copyOf(indices, n * 2);
            }
            indices[n++] = i;
        }

        /** Room for {@code more} indices. */
        void reserve(int more) {
            if (indices.length - n < more) {
                indices = Arrays.copyOf(indices, Math.max(indices.length * 2, n + more));
            }
        }

        @Override
        int count() {
            return n;
        }

        private int width() {
            return Math.max(1, 32 - Integer.numberOfLeadingZeros(dictionarySize() - 1));
        }

        @Override
        int valuesLength() {
            return hybridLength(n, width());
        }

        @Override
        void values(byte[] dst, int at) {
            hybrid(indices, n, width(), dst, at);
        }
    }

    /**
     * Dictionary indices as the data page carries them: the bit width, then bit-packed runs of at most 504 values
     * (63 groups of eight, so each run's header is one byte), the last padded with zeros.
     */
    static byte[] hybrid(int[] v, int n, int width) {
        byte[] b = new byte[hybridLength(n, width)];
        hybrid(v, n, width, b, 0);
        return b;
    }

    /** The length of {@code n} values in {@link #hybrid}: every run but the last holds 504, a multiple of eight. */
    static int hybridLength(int n, int width) {
        return 1 + (n + 503) / 504 + ((n + 7) / 8) * width;
    }

    /** As {@link #hybrid(int[], int, int)}, into {@code b} from {@code p}; returns the end. */
    static int hybrid(int[] v, int n, int width, byte[] b, int p) {
        b[p++] = (byte) width;
        for (int start = 0; start < n; start += 504) {
            int count = Math.min(504, n - start);
            int groups = (count + 7) / 8;
            b[p++] = (byte) (groups << 1 | 1);
            long acc = 0;
            int bits = 0;
            for (int i = 0; i < groups * 8; i++) {
                long x = start + i < n ? v[start + i] & 0xFFFFFFFFL : 0;
                acc |= x << bits;
                bits += width;
                while (bits >= 8) {
                    b[p++] = (byte) acc;
                    acc >>>= 8;
                    bits -= 8;
                }
            }
        }
        return p;
    }

    private static final class TextBuffer extends DictionaryBuffer {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<byte[]> entries = new ArrayList<>();
        private int dictionaryBytes;

        private String last;
        private int lastId;

        void add(String v) {
            if (v == last) {
                // a column that repeats its text (the experiment, a design point's levels) skips the lookup
                index(lastId);
                return;
            }
            Integer id = ids.get(v);
            if (id == null) {
                id = entries.size();
                ids.put(v, id);
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                entries.add(b);
                dictionaryBytes += 4 + b.length;
            }
            last = v;
            lastId = id;
            index(id);
        }

        /** Adds {@code rows} values, row {@code k} being {@code cycle[k % cycle.length]}. */
        void addCycle(String[] cycle, int rows) {
            int period = cycle.length;
            int[] ids = new int[Math.min(period, rows)];
            for (int j = 0; j < ids.length; j++) {
                // looked up in row order, so the dictionary is the one that value-by-value adding makes
                add(Objects.requireNonNull(cycle[j], "a text value must not be null"));
                ids[j] = indices[--n];
            }
            reserve(rows);
            for (int k = 0, j = 0; k < rows; k++) {
                indices[n++] = ids[j];
                if (++j == period) {
                    j = 0;
                }
            }
        }

        @Override
        byte[] dictionary() {
            byte[] d = new byte[dictionaryBytes];
            int p = 0;
            for (byte[] e : entries) {
                INT.set(d, p, e.length);
                System.arraycopy(e, 0, d, p + 4, e.length);
                p += 4 + e.length;
            }
            return d;
        }

        @Override
        int dictionarySize() {
            return entries.size();
        }

        @Override
        void clear() {
            ids.clear();
            entries.clear();
            dictionaryBytes = 0;
            n = 0;
            last = null;
        }
    }

    private static final class IntBuffer extends DictionaryBuffer {
        private final int[] small = new int[256];
        private final Map<Integer, Integer> ids = new HashMap<>();
        private int[] entries = new int[16];
        private int size;

        IntBuffer() {
            Arrays.fill(small, -1);
        }

        void add(int v) {
            int id;
            if (v >= 0 && v < small.length) {
                id = small[v];
                if (id < 0) {
                    id = entry(v);
                    small[v] = id;
                }
            } else {
                Integer known = ids.get(v);
                if (known == null) {
                    known = entry(v);
                    ids.put(v, known);
                }
                id = known;
            }
            index(id);
        }

        /** Adds {@code rows} values, {@code v[offset + k * stride]} for row {@code k}. */
        void addBytes(byte[] v, int offset, int stride, int rows) {
            reserve(rows);
            for (int k = 0, at = offset; k < rows; k++, at += stride) {
                int x = v[at];
                int id = x >= 0 ? small[x] : -1;
                if (id < 0) {
                    add(x);
                } else {
                    indices[n++] = id;
                }
            }
        }

        private int entry(int v) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size] = v;
            return size++;
        }

        @Override
        byte[] dictionary() {
            byte[] d = new byte[4 * size];
            for (int i = 0; i < size; i++) {
                INT.set(d, 4 * i, entries[i]);
            }
            return d;
        }

        @Override
        int dictionarySize() {
            return size;
        }

        @Override
        void clear() {
            Arrays.fill(small, -1);
            ids.clear();
            size = 0;
            n = 0;
        }
    }

    /** 64-bit values: integers, and doubles as their raw bits. */
    private static final class LongBuffer extends ColumnBuffer {
        private long[] v = new long[1024];
        private int n;

        void add(long x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }

        private void reserve(int more) {
            if (v.length - n < more) {
                v = Arrays.copyOf(v, Math.max(v.length * 2, n + more));
            }
        }

        /** Adds {@code count} values, each {@code repeat} times in a row. */
        void addRepeated(long[] src, int count, int repeat) {
            reserve(count * repeat);
            for (int i = 0; i < count; i++) {
                long x = src[i];
                for (int r = 0; r < repeat; r++) {
                    v[n++] = x;
                }
            }
        }

        /** Adds {@code count} doubles' raw bits, {@code src[offset + i * stride]}, each {@code repeat} times. */
        void addDoubles(double[] src, int offset, int stride, int count, int repeat) {
            reserve(count * repeat);
            for (int i = 0, at = offset; i < count; i++, at += stride) {
                long x = Double.doubleToRawLongBits(src[at]);
                for (int r = 0; r < repeat; r++) {
                    v[n++] = x;
                }
            }
        }

        @Override
        int count() {
            return n;
        }

        @Override
        int valuesLength() {
            return 8 * n;
        }

        @Override
        void values(byte[] dst, int at) {
            ByteBuffer.wrap(dst, at, 8 * n).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(v, 0, n);
        }

        @Override
        void clear() {
            n = 0;
        }
    }

    private static final class BoolBuffer extends ColumnBuffer {
        private byte[] bits = new byte[128];
        private int n;

        void add(boolean x) {
            if (n / 8 == bits.length) {
                bits = Arrays.copyOf(bits, bits.length * 2);
            }
            if (x) {
                bits[n / 8] |= (byte) (1 << (n % 8));
            }
            n++;
        }

        /** Adds {@code rows} values, row {@code k} being {@code cycle[k % cycle.length]}. */
        void addCycle(boolean[] cycle, int rows) {
            for (int k = 0, j = 0; k < rows; k++) {
                add(cycle[j]);
                if (++j == cycle.length) {
                    j = 0;
                }
            }
        }

        @Override
        int count() {
            return n;
        }

        @Override
        int valuesLength() {
            return (n + 7) / 8;
        }

        @Override
        void values(byte[] dst, int at) {
            System.arraycopy(bits, 0, dst, at, (n + 7) / 8);
        }

        @Override
        void clear() {
            Arrays.fill(bits, (byte) 0);
            n = 0;
        }
    }
}
