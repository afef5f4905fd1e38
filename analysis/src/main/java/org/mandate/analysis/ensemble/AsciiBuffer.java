package org.mandate.analysis.ensemble;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer for CSV rows of ASCII text, so rows are written without building strings. */
final class AsciiBuffer {
    private byte[] bytes;
    private int size;

    AsciiBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    void clear() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }

    AsciiBuffer append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    AsciiBuffer append(AsciiBuffer other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    AsciiBuffer append(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    AsciiBuffer append(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return append(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
            }
            append('-');
            v = -v;
        }
        ensure(20);
        int start = size;
        do {
            bytes[size++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return this;
    }

    /** Appends a value rounded to six decimals in plain notation, trailing zeros dropped. */
    AsciiBuffer number(double v) {
        long scaled = Math.round(v * 1e6);
        if (scaled < 0) {
            append('-');
            scaled = -scaled;
        }
        append(scaled / 1_000_000);
        long frac = scaled % 1_000_000;
        if (frac != 0) {
            append('.');
            int digits = 6;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            long div = 1;
            for (int i = 1; i < digits; i++) {
                div *= 10;
            }
            ensure(digits);
            for (; div > 0; div /= 10) {
                bytes[size++] = (byte) ('0' + (frac / div) % 10);
            }
        }
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }
}
