package org.mandate.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.choice.Consensus;

class MembershipTest {
    private static final LocalDate JOINED = LocalDate.of(2006, 6, 23);
    private static final LocalDate LEFT = LocalDate.of(2012, 12, 19);

    private static Membership uzbekistan() {
        return new Membership("UZB", JOINED, LEFT, List.of(
                new Membership.Period(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 7, 1))));
    }

    @Test
    void activeOn_fromTheDayItJoined() {
        assertThat(uzbekistan().activeOn(JOINED.minusDays(1))).isFalse();
        assertThat(uzbekistan().activeOn(JOINED)).isTrue();
    }

    @Test
    void activeOn_untilTheDayBeforeItLeft() {
        assertThat(uzbekistan().activeOn(LEFT.minusDays(1))).isTrue();
        assertThat(uzbekistan().activeOn(LEFT)).isFalse();
    }

    @Test
    void activeOn_notDuringASuspension_closedOpen() {
        Membership m = uzbekistan();
        assertThat(m.activeOn(LocalDate.of(2007, 12, 31))).isTrue();
        assertThat(m.activeOn(LocalDate.of(2008, 1, 1))).isFalse();
        assertThat(m.activeOn(LocalDate.of(2008, 6, 30))).isFalse();
        assertThat(m.activeOn(LocalDate.of(2008, 7, 1))).isTrue();
    }

    @Test
    void activeOn_openSuspension_lastsUntilTheMembershipEnds() {
        Membership armenia = new Membership("ARM", LocalDate.of(1992, 5, 15), null,
                List.of(new Membership.Period(LocalDate.of(2024, 2, 22), null)));
        assertThat(armenia.activeOn(LocalDate.of(2010, 6, 10))).isTrue();
        assertThat(armenia.activeOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void leavingBeforeJoining_isRefusedWithBothDates() {
        assertThatThrownBy(() -> new Membership("UZB", JOINED, JOINED, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("membership of UZB left 2006-06-23 before it joined 2006-06-23");
    }

    @Test
    void organization_membersOn_listsActiveMembersInListOrder_skippingSuspendedAndFormerOnes() {
        Organization csto = new Organization("CSTO", "CSTO", "Council", new Consensus(), "RUS", List.of(
                new Membership("RUS", LocalDate.of(1992, 5, 15), null, List.of()),
                new Membership("UZB", LocalDate.of(1992, 5, 15), LocalDate.of(1999, 4, 20), List.of()),
                new Membership("ARM", LocalDate.of(1992, 5, 15), null,
                        List.of(new Membership.Period(LocalDate.of(2024, 2, 22), null))),
                uzbekistan(),
                new Membership("KGZ", LocalDate.of(1992, 5, 15), null, List.of())),
                new Mandate(List.of(), true, ResponseLevel.FACILITATION),
                new AgendaRules(AgendaRules.TabledBy.ANY_MEMBER, List.of(), 4), List.of(), List.of(), 0.0, Map.of());
        assertThat(csto.membersOn(LocalDate.of(2010, 6, 10))).containsExactly("RUS", "ARM", "UZB", "KGZ");
        assertThat(csto.membersOn(LocalDate.of(2000, 1, 1))).containsExactly("RUS", "ARM", "KGZ");
        assertThat(csto.membersOn(LocalDate.of(2008, 3, 1))).containsExactly("RUS", "ARM", "KGZ");
        assertThat(csto.membersOn(LocalDate.of(2025, 1, 1))).containsExactly("RUS", "KGZ");
        assertThat(csto.isMemberOn("UZB", LocalDate.of(2010, 6, 10))).isTrue();
        assertThat(csto.isMemberOn("UZB", LocalDate.of(2013, 1, 1))).isFalse();
    }
}
