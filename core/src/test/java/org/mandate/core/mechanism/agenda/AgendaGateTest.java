package org.mandate.core.mechanism.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.agenda.AgendaGate.Verdict;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.AgendaRules.TabledBy;

class AgendaGateTest {
    private static final LocalDate TABLED = LocalDate.of(2010, 6, 11);
    private static final LocalDate ASSESS = LocalDate.of(2010, 7, 1);
    private static final List<String> NO_EXCLUSIONS = List.of();
    private static final List<String> NO_DISPUTES = List.of(AgendaRules.DISPUTE_BETWEEN_MEMBERS);

    private static AgendaRules rules(TabledBy by, List<String> excludes, int days) {
        return new AgendaRules(by, excludes, days);
    }

    private static Verdict decide(AgendaRules rules, boolean requested, boolean memberWants, boolean leadWants,
                                  boolean dispute) {
        return AgendaGate.decide(rules, requested, memberWants, leadWants, dispute, TABLED, ASSESS);
    }

    @Test
    void requestOnly_aRequest_tablesTheCrisis() {
        assertThat(decide(rules(TabledBy.REQUEST, NO_EXCLUSIONS, 0), true, false, false, false))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void requestOnly_membersAndLeadWantingAction_doNotTableIt() {
        assertThat(decide(rules(TabledBy.REQUEST, NO_EXCLUSIONS, 0), false, true, true, false))
                .isEqualTo(Verdict.NOT_TABLED);
    }

    @Test
    void anyMember_aMemberWantingAction_tablesIt() {
        assertThat(decide(rules(TabledBy.ANY_MEMBER, NO_EXCLUSIONS, 0), false, true, false, false))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void anyMember_noRequestAndNoMemberWantingAction_leavesItOff() {
        assertThat(decide(rules(TabledBy.ANY_MEMBER, NO_EXCLUSIONS, 0), false, false, false, false))
                .isEqualTo(Verdict.NOT_TABLED);
    }

    @Test
    void leadState_theLeadWantingAction_tablesIt() {
        assertThat(decide(rules(TabledBy.LEAD_STATE, NO_EXCLUSIONS, 0), false, false, true, false))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void leadState_onlyOtherMembersWantingAction_doesNotTableIt() {
        assertThat(decide(rules(TabledBy.LEAD_STATE, NO_EXCLUSIONS, 0), false, true, false, false))
                .isEqualTo(Verdict.NOT_TABLED);
    }

    @Test
    void leadState_aRequestStillTablesIt() {
        assertThat(decide(rules(TabledBy.LEAD_STATE, NO_EXCLUSIONS, 0), true, false, false, false))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void disputeBetweenMembers_isExcludedEvenWhenRequested() {
        assertThat(decide(rules(TabledBy.ANY_MEMBER, NO_DISPUTES, 0), true, true, true, true))
                .isEqualTo(Verdict.EXCLUDED);
    }

    @Test
    void disputeBetweenMembers_isTabledWhereTheRulesDoNotExcludeIt() {
        assertThat(decide(rules(TabledBy.ANY_MEMBER, NO_EXCLUSIONS, 0), true, false, false, true))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void exclusion_appliesOnlyToDisputesBetweenMembers() {
        assertThat(decide(rules(TabledBy.ANY_MEMBER, NO_DISPUTES, 0), true, false, false, false))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void slowBody_decidingAfterTheDayOfJudgement_isTooSlow() {
        // 11 June + 21 days = 2 July, one day after the crisis is judged
        assertThat(decide(rules(TabledBy.REQUEST, NO_EXCLUSIONS, 21), true, false, false, false))
                .isEqualTo(Verdict.TOO_SLOW);
    }

    @Test
    void slowBody_decidingOnTheDayOfJudgement_isInTime() {
        assertThat(decide(rules(TabledBy.REQUEST, NO_EXCLUSIONS, 20), true, false, false, false))
                .isEqualTo(Verdict.TABLED);
    }

    @Test
    void slowness_isNotReportedForACrisisNoOneTabled() {
        assertThat(decide(rules(TabledBy.REQUEST, NO_EXCLUSIONS, 365), false, true, true, false))
                .isEqualTo(Verdict.NOT_TABLED);
    }
}
