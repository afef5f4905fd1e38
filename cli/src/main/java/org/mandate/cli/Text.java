package org.mandate.cli;

/** Text from input files made safe for a terminal: control characters are shown escaped, never sent. */
final class Text {
    private Text() {
    }

    /** The text with every control character (a newline, an escape) written as {@code \\uXXXX}. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * A writer for standard output that escapes every control character but the newline and the tab, so that no
     * name or title from an input file can move the cursor, clear the screen or fake a table row.
     */
    static java.io.PrintWriter terminal(java.io.PrintWriter out) {
        return new java.io.PrintWriter(new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws java.io.IOException {
                if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                    out.write(String.format("\\u%04x", c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                for (int i = off; i < off + len; i++) {
                    write(buf[i]);
                }
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                for (int i = off; i < off + len; i++) {
                    write(str.charAt(i));
                }
            }
        }, true);
    }
}
