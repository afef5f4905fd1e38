package org.mandate.analysis.discovery;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One input column of the data PRIM searches: a continuous number or a category.
 *
 * <p>A categorical column holds category indices (0, 1, ...) into its list of labels, the same indices a
 * {@link org.mandate.analysis.sampling.Distribution.DiscreteChoice} built by
 * {@link org.mandate.analysis.sampling.Distribution#categories} produces.
 */
public sealed interface Column permits Column.Continuous, Column.Categorical {

    /** Returns the column's name as rules show it, for example {@code costAversion[RUS]}. */
    String name();

    /** Returns a continuous column. */
    static Continuous continuous(String name) {
        return new Continuous(name);
    }

    /** Returns a categorical column whose value k stands for {@code categories[k]}. */
    static Categorical categorical(String name, String... categories) {
        return new Categorical(name, List.of(categories));
    }

    /**
     * A column of finite numbers, restricted by a box to an open interval.
     *
     * @param name the column's name, not blank
     */
    record Continuous(String name) implements Column {
        /** Validates the name. */
        public Continuous {
            Names.check(name);
        }
    }

    /**
     * A column of category indices, restricted by a box to a subset of its categories.
     *
     * @param name the column's name, not blank
     * @param categories the labels, at least one, distinct and not blank; value k stands for label k
     */
    record Categorical(String name, List<String> categories) implements Column {
        /** Validates the name and copies the labels. */
        public Categorical {
            Names.check(name);
            if (categories == null || categories.isEmpty()) {
                throw new IllegalArgumentException(
                        "categorical column " + name + " needs at least one category, was " + categories);
            }
            categories = List.copyOf(categories);
            Set<String> seen = new HashSet<>();
            for (String category : categories) {
                if (category.isBlank() || !seen.add(category)) {
                    throw new IllegalArgumentException("categorical column " + name
                            + " needs distinct, non-blank categories, was " + categories);
                }
            }
        }
    }
}
