package org.mandate.core.scenario;

/**
 * One problem found while loading a file.
 *
 * @param file     the file name as given
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param path     the field path, such as {@code episodes[1].type}; empty for the whole file
 * @param value    the bad value as written in the file, or null when a value is missing
 * @param expected what was expected
 */
public record Problem(String file, int line, int column, String path, String value, String expected) {

    /** The problem as one line: {@code file:line:column: path: value 'x' is wrong; expected ...}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        if (value != null) {
            sb.append("value ").append(value).append(": ");
        }
        sb.append(expected);
        return sb.toString();
    }
}
