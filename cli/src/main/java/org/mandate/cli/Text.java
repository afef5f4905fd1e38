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
}
