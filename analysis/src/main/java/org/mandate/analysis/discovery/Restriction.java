package org.mandate.analysis.discovery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One condition of a PRIM box on one column: an interval for a continuous column, a subset of categories for a
 * categorical one. A box is the conjunction of its restrictions; columns without one are unrestricted.
 */
public sealed interface Restriction permits Restriction.Range, Restriction.Subset {

    /** Returns the restricted column's position in the data. */
    int column();

    /** Returns the restricted column's name. */
    String name();

    /** Returns whether a value of the column satisfies the restriction. */
    boolean test(double value);

    /** Returns the restriction as a readable rule, for example {@code costAversion[RUS] < 0.42}. */
    String describe();

    /**
     * The open interval ({@code lower}, {@code upper}) of a continuous column; one end may be infinite.
     *
     * <p>PRIM places each bound halfway between the last value it kept and the first it removed, so no observed
     * value lies on a bound. {@link #describe()} rounds the bounds to three significant digits; the record keeps
     * them exact.
     *
     * @param column the column's position
     * @param name the column's name
     * @param lower the lower bound, exclusive; negative infinity for none
     * @param upper the upper bound, exclusive; positive infinity for none
     */
    record Range(int column, String name, double lower, double upper) implements Restriction {
        /** Validates the bounds: ordered, not NaN, at least one finite. */
        public Range {
            Names.check(name);
            if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
                throw new IllegalArgumentException(
                        "range of " + name + " needs lower < upper, was (" + lower + ", " + upper + ")");
            }
            if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("range of " + name + " must bound at least one side");
            }
        }

        @Override
        public boolean test(double value) {
            return value > lower && value < upper;
        }

        @Override
        public String describe() {
            if (lower == Double.NEGATIVE_INFINITY) {
                return name + " < " + format(upper);
            }
            if (upper == Double.POSITIVE_INFINITY) {
                return name + " > " + format(lower);
            }
            return format(lower) + " < " + name + " < " + format(upper);
        }

        private static String format(double value) {
            return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * The categories a categorical column may take, a proper subset of its labels.
     *
     * @param column the column's position
     * @param name the column's name
     * @param categories the allowed labels in the column's order, at least one
     * @param indices the allowed category indices, matching {@code categories}
     */
    record Subset(int column, String name, List<String> categories, List<Integer> indices) implements Restriction {
        /** Validates and copies the categories. */
        public Subset {
            Names.check(name);
            if (categories == null || categories.isEmpty() || indices == null
                    || indices.size() != categories.size()) {
                throw new IllegalArgumentException("subset of " + name
                        + " needs at least one category and one index per category, was " + categories
                        + " with indices " + indices);
            }
            categories = List.copyOf(categories);
            indices = List.copyOf(indices);
        }

        @Override
        public boolean test(double value) {
            return indices.contains((int) value) && value == Math.rint(value);
        }

        @Override
        public String describe() {
            return name + " in {" + String.join(", ", categories) + "}";
        }
    }
}
