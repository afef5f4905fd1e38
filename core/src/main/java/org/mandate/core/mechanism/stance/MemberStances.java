package org.mandate.core.mechanism.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mandate.core.mechanism.brokerage.LegitimacyBrokerage;
import org.mandate.core.mechanism.neighbour.NeighbourVeto;
import org.mandate.core.mechanism.reluctance.LeadStateReluctance;
import org.mandate.core.mechanism.solidarity.RegimeSolidarity;
import org.mandate.core.mechanism.waitandsee.WaitAndSee;

/**
 * The member-stance stage: sums the enabled {@link StanceTerm}s into a member's utility for each level and says
 * which levels it objects to.
 */
public final class MemberStances {
    /** A member objects to a level that leaves it worse off than doing nothing by more than this. */
    public static final double OBJECTION_MARGIN = 0.05;

    private final StanceTerm[] terms;
    private final int[] codes;

    private MemberStances(List<StanceTerm> terms) {
        this.terms = terms.toArray(StanceTerm[]::new);
        codes = new int[this.terms.length];
        List<StanceTerm> all = allTerms();
        for (int i = 0; i < codes.length; i++) {
            for (int j = 0; j < all.size(); j++) {
                if (all.get(j).mechanism().equals(this.terms[i].mechanism())) {
                    codes[i] = j;
                }
            }
        }
    }

    /** Every stance term, in explanation order. */
    public static List<StanceTerm> allTerms() {
        return List.of(new RegimeSolidarity(), new LeadStateReluctance(), new NeighbourVeto(), new WaitAndSee(),
                new LegitimacyBrokerage(), new Sovereignty(), new GovernmentAlignment(), new SeparatismFear(),
                new Image(), new HumanDimension());
    }

    /** The stage with every term whose mechanism id is not in {@code disabled}. */
    public static MemberStances without(Set<String> disabled) {
        List<StanceTerm> kept = new ArrayList<>();
        for (StanceTerm t : allTerms()) {
            if (!disabled.contains(t.mechanism())) {
                kept.add(t);
            }
        }
        return new MemberStances(kept);
    }

    /** The enabled terms. */
    public List<StanceTerm> terms() {
        return List.of(terms);
    }

    /** Whether the stage includes the term with the given mechanism id. */
    public boolean includes(String mechanism) {
        for (StanceTerm t : terms) {
            if (t.mechanism().equals(mechanism)) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@code utility[0..4]} with the member's utility for each level; level 0 is 0. */
    public void utilities(StanceInput in, double[] utility) {
        java.util.Arrays.fill(utility, 0.0);
        // direct static calls in allTerms() order rather than a megamorphic interface call, for the ensemble path
        for (int code : codes) {
            switch (code) {
                case 0 -> RegimeSolidarity.add(in, utility);
                case 1 -> LeadStateReluctance.add(in, utility);
                case 2 -> NeighbourVeto.add(in, utility);
                case 3 -> WaitAndSee.add(in, utility);
                case 4 -> LegitimacyBrokerage.add(in, utility);
                case 5 -> Sovereignty.add(in, utility);
                case 6 -> GovernmentAlignment.add(in, utility);
                case 7 -> SeparatismFear.add(in, utility);
                case 8 -> Image.add(in, utility);
                default -> HumanDimension.add(in, utility);
            }
        }
    }

    /** Whether a member with these utilities objects to the level. */
    public static boolean objects(double[] utility, int level) {
        return level > 0 && utility[level] < utility[0] - OBJECTION_MARGIN;
    }

    /** Each enabled term's contribution to each level, in term order: {@code [term][level]}. */
    public double[][] contributions(StanceInput in) {
        double[][] out = new double[terms.length][5];
        for (int i = 0; i < terms.length; i++) {
            terms[i].addTo(in, out[i]);
        }
        return out;
    }
}
