package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A charter's own exit and suspension rules over time. */
class CharterTest {
    private static final LocalDate WINDOW = LocalDate.of(1999, 4, 20);
    private final Charter cst = new Charter("consensus", List.of(
            new Charter.ExitRule(LocalDate.of(1992, 5, 15), Charter.ExitRule.RENEWAL_WINDOW, List.of(WINDOW), 6),
            new Charter.ExitRule(LocalDate.of(2003, 9, 18), Charter.ExitRule.NOTICE, List.of(), 6)),
            List.of(new Charter.Suspension(LocalDate.of(2003, 9, 18), true)), List.of());

    @Test
    void renewalWindow_letsAMemberLeaveOnlyInTheQuarterTheTermEnds() {
        assertThat(cst.mayLeaveIn(LocalDate.of(1998, 10, 1), LocalDate.of(1999, 1, 1))).isFalse();
        assertThat(cst.mayLeaveIn(LocalDate.of(1999, 4, 1), LocalDate.of(1999, 7, 1))).isTrue();
        assertThat(cst.leavesOn(LocalDate.of(1999, 4, 1), LocalDate.of(1999, 7, 1))).isEqualTo(WINDOW);
    }

    @Test
    void noticeRule_letsAMemberLeaveAnyTimeAfterSixMonths() {
        assertThat(cst.mayLeaveIn(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 4, 1))).isTrue();
        assertThat(cst.leavesOn(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 4, 1)))
                .isEqualTo(LocalDate.of(2008, 7, 1));
    }

    @Test
    void suspension_isAllowedOnlyFromTheCharterThatAllowsIt() {
        assertThat(cst.maySuspendOn(LocalDate.of(2000, 1, 1))).isFalse();
        assertThat(cst.maySuspendOn(LocalDate.of(2012, 6, 28))).isTrue();
    }

    @Test
    void noExitClause_meansNoOneLeaves() {
        Charter osce = new Charter("consensus", List.of(new Charter.ExitRule(LocalDate.of(1975, 8, 1),
                Charter.ExitRule.NONE, List.of(), 0)), List.of(), List.of());
        assertThat(osce.mayLeaveIn(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 4, 1))).isFalse();
    }
}
