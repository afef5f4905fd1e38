package org.mandate.analysis.parquet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Thrift's compact protocol, writing only: the field headers, zigzag varints, binaries, lists and nested structs
 * that Parquet's page headers and footer are made of.
 */
final class Compact {
    static final int TRUE = 1;
    static final int FALSE = 2;
    static final int I16 = 4;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private byte[] bytes = new byte[256];
    private int size;
    private final int[] lastField = new int[16];
    private int depth;

    /** The bytes written so far. */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            put((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((int) v);
    }

    private void field(int type, int id) {
        int delta = id - lastField[depth];
        if (delta > 0 && delta <= 15) {
            put(delta << 4 | type);
        } else {
            put(type);
            varint((id << 1) ^ (id >> 31));
        }
        lastField[depth] = id;
    }

    Compact i32(int id, int v) {
        field(I32, id);
        varint(Integer.toUnsignedLong((v << 1) ^ (v >> 31)));
        return this;
    }

    Compact i16(int id, int v) {
        field(I16, id);
        varint(Integer.toUnsignedLong((v << 1) ^ (v >> 31)));
        return this;
    }

    Compact i64(int id, long v) {
        field(I64, id);
        varint((v << 1) ^ (v >> 63));
        return this;
    }

    Compact bool(int id, boolean v) {
        field(v ? TRUE : FALSE, id);
        return this;
    }

    Compact string(int id, String s) {
        field(BINARY, id);
        rawString(s);
        return this;
    }

    /** Opens a struct field; close it with {@link #end()}. */
    Compact struct(int id) {
        field(STRUCT, id);
        return open();
    }

    /** Opens a struct that is a list element; close it with {@link #end()}. */
    Compact open() {
        lastField[++depth] = 0;
        return this;
    }

    /** Closes the innermost open struct. */
    Compact end() {
        put(0);
        depth--;
        return this;
    }

    /** Closes the top-level struct. */
    byte[] finish() {
        put(0);
        return toBytes();
    }

    /** Opens a list field of {@code n} elements of {@code type}; write exactly {@code n} raw elements next. */
    Compact list(int id, int type, int n) {
        field(LIST, id);
        if (n < 15) {
            put(n << 4 | type);
        } else {
            put(0xF0 | type);
            varint(n);
        }
        return this;
    }

    Compact rawI32(int v) {
        varint(Integer.toUnsignedLong((v << 1) ^ (v >> 31)));
        return this;
    }

    Compact rawString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        for (byte x : b) {
            put(x);
        }
        return this;
    }
}
