package org.mandate.analysis.parquet;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * A Parquet file of one flat table, written row by row: every column required, text and 32-bit integers dictionary
 * encoded, booleans, 64-bit integers and doubles plain, no compression, a row group every
 * {@link #ROW_GROUP_ROWS} rows. The file is written under a hidden name ({@code .NAME.inprogress}) beside its
 * target and renamed into place by {@link #close()}, so a reader of the folder never sees half a file.
 *
 * <p>Use: {@code create}, then for each row one value per column in column order ({@code text}, {@code bool},
 * {@code int32}, {@code int64}, {@code float64} as the column's type says) and {@link #endRow()}, then
 * {@link #close()}; {@link #abandon()} deletes the partial file instead.
 */
public final class ParquetTable implements AutoCloseable {
    /** Rows per row group. */
    public static final int ROW_GROUP_ROWS = 1 << 16;

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
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
    private final ColumnBuffer[] buffers;
    private final Type[] types;
    private final List<RowGroup> rowGroups = new ArrayList<>();
    private final String createdBy;
    private long offset;
    private int rows;
    private int column;
    private long totalRows;
    private boolean closed;

    private ParquetTable(Path target, List<Column> columns, String createdBy) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling("." + target.getFileName() + ".inprogress");
        this.columns = List.copyOf(columns);
        this.createdBy = createdBy;
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
        return totalRows + rows;
    }

    private ColumnBuffer next(Type type) {
        if (column >= buffers.length) {
            throw new IllegalStateException("the row already has all " + buffers.length + " values; call endRow()");
        }
        if (types[column] != type) {
            throw new IllegalStateException("column " + column + " ('" + columns.get(column).name() + "') is "
                    + columns.get(column).type());
        }
        return buffers[column++];
    }

    /** Adds the next value, a text. */
    public ParquetTable text(String v) {
        ((TextBuffer) next(Type.TEXT)).add(Objects.requireNonNull(v, "a text value must not be null"));
        return this;
    }

    /** Adds the next value, a boolean. */
    public ParquetTable bool(boolean v) {
        ((BoolBuffer) next(Type.BOOLEAN)).add(v);
        return this;
    }

    /** Adds the next value, a 32-bit integer. */
    public ParquetTable int32(int v) {
        ((IntBuffer) next(Type.INT32)).add(v);
        return this;
    }

    /** Adds the next value, a 64-bit integer. */
    public ParquetTable int64(long v) {
        ((LongBuffer) next(Type.INT64)).add(v);
        return this;
    }

    /** Adds the next value, a double. */
    public ParquetTable float64(double v) {
        ((LongBuffer) next(Type.DOUBLE)).add(Double.doubleToRawLongBits(v));
        return this;
    }

    /** Ends the row; every column must have had its value. */
    public void endRow() throws IOException {
        if (column != buffers.length) {
            throw new IllegalStateException("the row has " + column + " of " + buffers.length + " values");
        }
        column = 0;
        if (++rows == ROW_GROUP_ROWS) {
            flushRowGroup();
        }
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        offset += b.length;
    }

    private void flushRowGroup() throws IOException {
        if (rows == 0) {
            return;
        }
        long groupStart = offset;
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < buffers.length; i++) {
            ColumnBuffer b = buffers[i];
            long chunkStart = offset;
            long dictionaryOffset = -1;
            byte[] dictionary = b.dictionary();
            if (dictionary != null) {
                dictionaryOffset = offset;
                write(new Compact().i32(1, 2).i32(2, dictionary.length).i32(3, dictionary.length).struct(7)
                        .i32(1, b.dictionarySize()).i32(2, PLAIN_DICTIONARY).end().finish());
                write(dictionary);
            }
            long dataOffset = offset;
            byte[] values = b.values(rows);
            int encoding = dictionary != null ? PLAIN_DICTIONARY : PLAIN;
            write(new Compact().i32(1, 0).i32(2, values.length).i32(3, values.length).struct(5).i32(1, rows)
                    .i32(2, encoding).i32(3, RLE).i32(4, RLE).end().finish());
            write(values);
            chunks.add(new Chunk(columns.get(i), encoding, chunkStart, offset - chunkStart, dataOffset,
                    dictionaryOffset));
            b.clear();
        }
        rowGroups.add(new RowGroup(chunks, rows, groupStart, offset - groupStart));
        totalRows += rows;
        rows = 0;
    }

    /** Where a column chunk lies and how it is encoded. */
    private record Chunk(Column column, int encoding, long start, long size, long dataOffset, long dictionaryOffset) {
    }

    /** A written row group. */
    private record RowGroup(List<Chunk> chunks, int rows, long start, long size) {
    }

    /**
     * Writes the footer, forces the file to disk and renames it to its target.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (column != 0) {
            throw new IllegalStateException("the last row has " + column + " of " + buffers.length + " values");
        }
        flushRowGroup();
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
            RowGroup rg = rowGroups.get(g);
            m.open().list(1, Compact.STRUCT, rg.chunks().size());
            for (Chunk c : rg.chunks()) {
                m.open().i64(2, c.start()).struct(3).i32(1, c.column().type().physical)
                        .list(2, Compact.I32, 2).rawI32(c.encoding()).rawI32(RLE)
                        .list(3, Compact.BINARY, 1).rawString(c.column().name())
                        .i32(4, 0).i64(5, rg.rows()).i64(6, c.size()).i64(7, c.size()).i64(9, c.dataOffset());
                if (c.dictionaryOffset() >= 0) {
                    m.i64(11, c.dictionaryOffset());
                }
                m.end().end();
            }
            m.i64(2, rg.size()).i64(3, rg.rows()).i64(5, rg.start()).i64(6, rg.size()).i16(7, g).end();
        }
        byte[] f = m.string(6, createdBy).finish();
        write(f);
        byte[] len = new byte[4];
        INT.set(len, 0, f.length);
        write(len);
        write(MAGIC);
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

    /** One column's values in the current row group. */
    private abstract static class ColumnBuffer {
        /** The dictionary page's values (plain), or null for a plain column. */
        byte[] dictionary() {
            return null;
        }

        int dictionarySize() {
            return 0;
        }

        /** The data page's values. */
        abstract byte[] values(int n);

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

        @Override
        byte[] values(int rows) {
            return hybrid(indices, n, Math.max(1, 32 - Integer.numberOfLeadingZeros(dictionarySize() - 1)));
        }
    }

    /**
     * Dictionary indices as the data page carries them: the bit width, then bit-packed runs of at most 504 values
     * (63 groups of eight, so each run's header is one byte), the last padded with zeros.
     */
    static byte[] hybrid(int[] v, int n, int width) {
        int runs = (n + 503) / 504;
        byte[] b = new byte[1 + runs + ((n + 7) / 8) * width];
        int p = 0;
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
        return p == b.length ? b : Arrays.copyOf(b, p);
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

        @Override
        byte[] values(int rows) {
            byte[] b = new byte[8 * n];
            for (int i = 0; i < n; i++) {
                LONG.set(b, 8 * i, v[i]);
            }
            return b;
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

        @Override
        byte[] values(int rows) {
            return Arrays.copyOf(bits, (n + 7) / 8);
        }

        @Override
        void clear() {
            Arrays.fill(bits, (byte) 0);
            n = 0;
        }
    }
}
