package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of the history on a small hand-written region, and switched off in the bundled one, where it must
 * move the timeline in the direction the memo implies.
 */
class HistoryMechanismsTest {
    /** Three Central Asian states, two powers and two organizations, without crises. */
    private static final String SMALL = """
            history: small
            from: 1999-01-01
            to: 2003-12-31
            states: [RUS, USA, KAZ, KGZ, TKM]
            powers: [RUS, USA]
            organizations:
              - {id: EurAsEC}
              - {id: CSTO, kind: security, patrons: [RUS]}
            initial:
              KAZ: {threat: 0.3, coercive: 0.3, institutional: 0.4, alignment: {RUS: 0.7, USA: 0.1}}
              KGZ: {threat: 0.3, coercive: 0.2, institutional: 0.3, alignment: {RUS: 0.6, USA: 0.2}}
              TKM: {threat: 0.3, coercive: 0.3, institutional: 0.2, alignment: {RUS: 0.6, USA: 0.0}}
            donors:
              - {id: RUS, budgets: [{from: 1999-01-01, usdMillion: 40}]}
              - {id: USA, budgets: [{from: 1999-01-01, usdMillion: 30}]}
            """;

    private static HistoryResult small(String... off) throws Exception {
        return HistoryEngine.run(Histories.load(SMALL).withDisabled(Set.of(off)));
    }

    @Test
    void membershipChoice_aStateAlignedWithThePatronFoundsItsBloc_butANeutralNeverDoes() throws Exception {
        HistoryResult r = small();
        List<String> founders = Histories.events(r, HistoryEvent.Kind.JOIN).stream()
                .filter(e -> e.object().equals("EurAsEC")).map(HistoryEvent::subject).toList();
        assertThat(founders).contains("RUS", "KAZ", "KGZ").doesNotContain("TKM");
        HistoryEvent kaz = Histories.events(r, HistoryEvent.Kind.JOIN).stream()
                .filter(e -> e.subject().equals("KAZ") && e.object().equals("EurAsEC")).findFirst().orElseThrow();
        assertThat(kaz.date()).isEqualTo(LocalDate.of(2000, 10, 10));
        assertThat(kaz.reasons()).extracting(HistoryEvent.Reason::mechanism).containsOnly("membership-choice");
        assertThat(kaz.reasons()).anySatisfy(why -> assertThat(why.text()).contains("alignment"));
    }

    @Test
    void membershipChoice_switchedOff_freezesMemberships() throws Exception {
        HistoryResult r = small("membership-choice");
        assertThat(Histories.events(r, HistoryEvent.Kind.JOIN)).isEmpty();
        assertThat(Histories.org(r, "CSTO", 2003).members()).containsExactly("RUS", "KAZ", "KGZ");
    }

    @Test
    void neutrality_keepsTurkmenistanOutOfEverySecurityAndEconomicBloc_inTheBundledRegion() {
        HistoryResult r = Histories.centralAsiaRun();
        assertThat(Histories.events(r, HistoryEvent.Kind.JOIN)).noneMatch(e -> e.subject().equals("TKM")
                && List.of("CSTO", "SCO", "EurAsEC", "EAEU").contains(e.object())
                && e.date().isAfter(LocalDate.of(1995, 12, 12)));
    }

    @Test
    void greatPowerCompetition_switchedOff_leavesKyrgyzstansBaseRentsAtTheirOpeningLevel() {
        HistoryResult with = Histories.centralAsiaRun();
        HistoryResult without = Histories.without("great-power-competition");
        for (int year : new int[] {2006, 2009}) {
            double rentWith = Histories.state(with, "KGZ", year).rents()[1];
            double rentWithout = Histories.state(without, "KGZ", year).rents()[1];
            assertThat(rentWith).as("US rent in " + year).isGreaterThan(rentWithout);
        }
        assertThat(Histories.events(without, HistoryEvent.Kind.RENT_RISE)).isEmpty();
        assertThat(Histories.events(without, HistoryEvent.Kind.EVICTION_NOTICE))
                .noneMatch(e -> e.reasons().stream().anyMatch(w -> w.mechanism().equals("great-power-competition")));
    }

    @Test
    void forumShopping_switchedOff_leavesNoRentToBargainOver() {
        HistoryResult without = Histories.without("forum-shopping");
        assertThat(Histories.events(without, HistoryEvent.Kind.RENT_RISE)).isEmpty();
        assertThat(Histories.events(without, HistoryEvent.Kind.EVICTION_REVERSED)).isEmpty();
    }

    @Test
    void capacityBuilding_theRegimeSteersAssistanceToCoercion_switchedOffInstitutionsGrowMore() {
        HistoryResult with = Histories.centralAsiaRun();
        HistoryResult without = Histories.without("capacity-building");
        HistoryResult.StateRow w = Histories.state(with, "KGZ", 2010);
        HistoryResult.StateRow wo = Histories.state(without, "KGZ", 2010);
        assertThat(w.coercive()).isGreaterThan(wo.coercive());
        assertThat(w.institutional()).isLessThan(wo.institutional());
        assertThat(w.coerciveShare()).isGreaterThan(0.5);
    }

    @Test
    void conditionalAssistance_raisesInstitutionsAndControl() {
        HistorySpec spec = Histories.centralAsia();
        var donors = new java.util.LinkedHashMap<>(spec.donors());
        donors.replaceAll((id, d) -> d.withConditionality(1.0));
        HistoryResult conditioned = HistoryEngine.run(spec.withDonors(donors));
        HistoryResult base = Histories.centralAsiaRun();
        assertThat(Histories.state(conditioned, "KGZ", 2010).institutional())
                .isGreaterThan(Histories.state(base, "KGZ", 2010).institutional());
        assertThat(Histories.state(conditioned, "KGZ", 2010).control())
                .isGreaterThan(Histories.state(base, "KGZ", 2010).control());
    }

    @Test
    void rollback_opponentsOfMonitoringCutTheOscesReach_switchedOffItStaysFull() {
        HistoryResult with = Histories.centralAsiaRun();
        assertThat(Histories.org(with, "OSCE", 2010).reach()).isLessThan(1.0);
        assertThat(Histories.org(with, "OSCE", 2000).reach()).isEqualTo(1.0);
        assertThat(Histories.events(with, HistoryEvent.Kind.ROLLBACK)).isNotEmpty();
        HistoryResult without = Histories.without("human-dimension-rollback");
        assertThat(Histories.org(without, "OSCE", 2010).reach()).isEqualTo(1.0);
        assertThat(Histories.events(without, HistoryEvent.Kind.ROLLBACK)).isEmpty();
    }

    @Test
    void credibility_aCstoForceInJune2010RaisesItsCredibility_switchedOffItNeverMoves() {
        HistorySpec spec = Histories.centralAsia();
        HistoryResult forced = HistoryEngine.run(spec.withForced(List.of(new ForcedOutcome("june-2010", "CSTO", 4))));
        HistoryResult base = Histories.centralAsiaRun();
        assertThat(Histories.org(forced, "CSTO", 2010).credibility())
                .isGreaterThan(Histories.org(base, "CSTO", 2010).credibility());
        assertThat(forced.crises()).anySatisfy(c -> {
            assertThat(c.episode()).isEqualTo("june-2010");
            assertThat(c.organization()).isEqualTo("CSTO");
            assertThat(c.implemented()).isEqualTo(4);
            assertThat(c.forced()).isTrue();
        });
        HistoryResult off = Histories.without("credibility");
        assertThat(off.members()).allSatisfy(m -> assertThat(m.credibility())
                .isEqualTo(spec.parameter(Parameter.CREDIBILITY_START)));
    }

    @Test
    void institutionalChange_switchedOff_noOrganizationChangesItsRules() {
        assertThat(Histories.events(Histories.without("institutional-change"), HistoryEvent.Kind.RULE_CHANGE))
                .isEmpty();
        assertThat(Histories.events(Histories.centralAsiaRun(), HistoryEvent.Kind.RULE_CHANGE)).allSatisfy(e ->
                assertThat(e.reasons()).extracting(HistoryEvent.Reason::mechanism).contains("institutional-change"));
    }

    @Test
    void generatedCrises_areOffByDefault_seededWhenOn_andDecidedByTheCrisisEngine() {
        HistorySpec spec = Histories.centralAsia().withPeriod(LocalDate.of(1992, 1, 1), LocalDate.of(2014, 12, 31));
        assertThat(Histories.events(HistoryEngine.run(spec), HistoryEvent.Kind.GENERATED_CRISIS)).isEmpty();
        double[] p = spec.parameters();
        p[Parameter.HAZARD_BASE.ordinal()] = 0.02;
        p[Parameter.HAZARD_WEAKNESS.ordinal()] = 0.2;
        HistoryResult a = HistoryEngine.run(spec.withParameters(p));
        HistoryResult b = HistoryEngine.run(spec.withParameters(p));
        List<HistoryEvent> generated = Histories.events(a, HistoryEvent.Kind.GENERATED_CRISIS);
        assertThat(generated).isNotEmpty().isEqualTo(Histories.events(b, HistoryEvent.Kind.GENERATED_CRISIS));
        assertThat(generated).allSatisfy(e -> assertThat(e.reasons()).extracting(HistoryEvent.Reason::mechanism)
                .containsExactly("generated-crises"));
        assertThat(a.crises()).anySatisfy(c -> assertThat(c.file()).isEqualTo("generated"));
        p[Parameter.HAZARD_BASE.ordinal()] = 100;
        HistoryResult every = HistoryEngine.run(spec.withParameters(p));
        long steps = (2014 - 1992 + 1) * 4L;
        long nonPowers = spec.states().size() - spec.powers().size();
        assertThat(Histories.events(every, HistoryEvent.Kind.GENERATED_CRISIS)).hasSize((int) (steps * nonPowers));
    }
}
