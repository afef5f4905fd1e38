package org.mandate.bargaining;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A checked exception that reports every problem found in a KTAB CSV input.
 *
 * <p>Each {@link Problem} names the source, the 1-based line and column (the column is the
 * 1-based index of the comma-separated cell), the field path, the bad value and what was
 * expected. The message lists them all, one per line, e.g.
 * <pre>{@code
 * ref.csv:4:3: actors[1].capability: got "abc", expected a number in (0, 1e8]
 * }</pre>
 */
public final class KtabFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, in file order. */
    private final transient List<Problem> problems;

    /** Creates an exception listing the given problems (at least one). */
    public KtabFormatException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** Returns the 1-based line of the first problem. */
    public int line() {
        return problems.get(0).line();
    }

    /** Returns the field path of the first problem, e.g. {@code actors[1].capability}. */
    public String field() {
        return problems.get(0).field();
    }

    /** Returns the bad value of the first problem, as written in the file. */
    public String value() {
        return problems.get(0).value();
    }

    /** Returns what the first problem's field should have held. */
    public String expected() {
        return problems.get(0).expected();
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a KtabFormatException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /**
     * One problem in a KTAB CSV input.
     *
     * @param source   the file name or other label of the input
     * @param line     the 1-based line number
     * @param column   the 1-based index of the comma-separated cell, or 0 for the whole line
     * @param field    the field path, e.g. {@code header.N} or {@code actors[1].capability}
     * @param value    the bad value as written (after trimming), or empty
     * @param expected what the field should hold
     */
    public record Problem(String source, int line, int column, String field, String value, String expected) {
        /** Validates the problem. */
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expected, "expected");
        }

        /** Returns {@code source:line:column: field: got "value", expected ...}. */
        @Override
        public String toString() {
            return source + ":" + line + ":" + column + ": " + field + ": got \"" + value + "\", expected " + expected;
        }
    }
}
