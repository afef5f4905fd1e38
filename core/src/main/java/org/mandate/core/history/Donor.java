package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of security assistance: an outside power, or an organization that runs assistance through its field
 * presences.
 *
 * @param id             the power's or organization's id
 * @param budgets        annual budgets for the region, USD million, each in force from its date, in date order
 * @param conditionality the share of its assistance that must go to institutions rather than coercion (0: the
 *                       recipient regime decides, as the memo finds)
 */
public record Donor(String id, List<Budget> budgets, double conditionality) {

    /** Validates and copies. */
    public Donor {
        budgets = List.copyOf(budgets);
        if (!(conditionality >= 0 && conditionality <= 1)) {
            throw new IllegalArgumentException("conditionality of " + id + " must be in [0, 1], was "
                    + conditionality);
        }
    }

    /** The budget in force on the day. */
    public double budgetOn(LocalDate day) {
        double b = 0;
        for (Budget budget : budgets) {
            if (!budget.from().isAfter(day)) {
                b = budget.usdMillion();
            }
        }
        return b;
    }

    /** A copy with another conditionality. */
    public Donor withConditionality(double c) {
        return new Donor(id, budgets, c);
    }

    /**
     * An annual budget.
     *
     * @param from       first day in force
     * @param usdMillion USD million a year
     */
    public record Budget(LocalDate from, double usdMillion) {
    }
}
