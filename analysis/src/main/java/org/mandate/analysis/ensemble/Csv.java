package org.mandate.analysis.ensemble;

/** CSV quoting (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled. */
public final class Csv {
    private Csv() {
    }

    /** The field as written in a CSV file. */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
