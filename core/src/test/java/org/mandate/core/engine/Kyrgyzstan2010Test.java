package org.mandate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandate.core.testkit.Examples;

/** The 2010 Kyrgyzstan case as docs/research/cases.md tabulates it: every cell, the stage that set it, and its key reasons. */
class Kyrgyzstan2010Test {
    private static List<Outcome> outcomes;

    @BeforeAll
    static void run() {
        outcomes = Engine.explain(CompiledScenario.compile(Examples.kyrgyzstan()));
    }

    static Outcome cell(List<Outcome> outcomes, String episode, String org) {
        return outcomes.stream().filter(o -> o.episode().equals(episode) && o.organization().equals(org))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + episode + "/" + org));
    }

    private static Outcome cell(String episode, String org) {
        return cell(outcomes, episode, org);
    }

    private static Reason reason(Outcome o, String mechanism, String actor) {
        return o.reasons().stream().filter(r -> r.mechanism().equals(mechanism)
                        && java.util.Objects.equals(r.actor(), actor)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + mechanism + " reason by " + actor + " among "
                        + o.reasons().stream().map(r -> r.mechanism() + "/" + r.actor()).distinct().toList()));
    }

    @Test
    void everyEpisodeAndOrganization_hasOneCell_inEpisodeMajorOrder() {
        assertThat(outcomes).extracting(o -> o.episode() + "/" + o.organization()).containsExactly(
                "april-2010/CSTO", "april-2010/SCO", "april-2010/OSCE",
                "june-2010/CSTO", "june-2010/SCO", "june-2010/OSCE");
    }

    @ParameterizedTest(name = "{0} {1}: decided {2}, implemented {3}, set by {4}")
    @CsvSource({
        "april-2010, CSTO, 1, 1, COLLECTIVE_CHOICE",
        "april-2010, SCO,  0, 0, AGENDA_GATE",
        "april-2010, OSCE, 2, 2, COLLECTIVE_CHOICE",
        "june-2010,  CSTO, 2, 2, MANDATE_GATE",
        "june-2010,  SCO,  0, 0, AGENDA_GATE",
        "june-2010,  OSCE, 3, 2, LOCAL_VETO",
    })
    void cell_matchesTheTable(String episode, String org, int decided, int implemented, Stage stage) {
        Outcome o = cell(episode, org);
        assertThat(o.member()).isTrue();
        assertThat(o.decided()).isEqualTo(decided);
        assertThat(o.implemented()).isEqualTo(implemented);
        assertThat(o.stage()).isEqualTo(stage);
    }

    @Test
    void juneOsce_isDecidedAtThreeButImplementedBelowThree() {
        Outcome o = cell("june-2010", "OSCE");
        assertThat(o.decided()).isEqualTo(3);
        assertThat(o.implemented()).isLessThan(3);
        assertThat(o.decidedStage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
        assertThat(o.implementedStage()).isEqualTo(Stage.LOCAL_VETO);
    }

    @Test
    void aprilCsto_condemnsTheChange_outOfRegimeSolidarity() {
        Outcome o = cell("april-2010", "CSTO");
        assertThat(o.reasons()).filteredOn(r -> r.mechanism().equals("regime-solidarity"))
                .extracting(Reason::actor).contains("RUS", "KAZ", "UZB");
        assertThat(reason(o, "regime-solidarity", "RUS").text()).isEqualTo("RUS wants level 1 (statement or "
                + "consultation): fears the precedent of an unconstitutional change and wants it condemned (+0.27)");
        // the interim government does not sit in the Council that condemns it
        assertThat(o.stances()).filteredOn(s -> s.actor().equals("KGZ")).singleElement()
                .satisfies(s -> assertThat(s.voting()).isFalse());
    }

    @Test
    void aprilSco_isNotTabled_andChinaWouldObjectOutOfWaitAndSee() {
        Outcome o = cell("april-2010", "SCO");
        assertThat(o.reasons().get(0)).isEqualTo(new Reason("agenda-gate", null, "not tabled: no request was "
                + "addressed to SCO, and under its rules only a formal request can table a crisis; KGZ presents the "
                + "crisis as domestic, so it asks for no statement either",
                "SCO: China's Passivity and the Problem of Deliberative Norms"));
        assertThat(reason(o, "wait-and-see", "CHN").text()).startsWith("CHN would object to level 1");
    }

    @Test
    void aprilOsce_facilitatesTheInterimGovernment_throughLegitimacyBrokerage() {
        Outcome o = cell("april-2010", "OSCE");
        // Russia, which works against human-dimension monitoring, wants the facilitation for the brokerage alone
        assertThat(reason(o, "legitimacy-brokerage", "RUS").text()).startsWith("RUS wants level 2 (humanitarian aid, "
                + "facilitation or monitoring): values brokering the new government through the field office: "
                + "visible and cheap (+");
        assertThat(reason(o, "legitimacy-brokerage", "RUS").memo())
                .isEqualTo("OSCE: From Helsinki to Osh (and Back Again)");
        // the United States values the brokering about as much as the monitoring that comes with it
        double[] usa = o.stances().stream().filter(s -> s.actor().equals("USA")).findFirst().orElseThrow()
                .contributions().get("legitimacy-brokerage");
        assertThat(usa[2]).isEqualTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(reason(o, "human-dimension", "USA").text()).contains("backs human-dimension monitoring");
    }

    @Test
    void juneCsto_isStoppedByTheMandateGate_withRussiaAndUzbekistanObjectingToAForce() {
        Outcome o = cell("june-2010", "CSTO");
        assertThat(o.demand()).isEqualTo(4);
        assertThat(reason(o, "agenda-gate", "KGZ").text())
                .isEqualTo("tabled: KGZ asked CSTO for level 4 (armed deployment) on 2010-06-11");
        assertThat(reason(o, "mandate-gate", "RUS").text()).isEqualTo("'inter-ethnic-violence' framed as domestic "
                + "is outside CSTO's mandate (it covers foreign-incursion, war-with-non-member, and any crisis framed "
                + "as foreign); a domestic matter allows no more than level 2 (humanitarian aid, facilitation or "
                + "monitoring)");
        assertThat(reason(o, "lead-state-reluctance", "RUS").text())
                .startsWith("RUS would object to level 4 (armed deployment): would carry 81% of the burden and fears "
                        + "an open-ended commitment against local resistance");
        assertThat(reason(o, "neighbour-veto", "UZB").text()).startsWith("UZB would object to level 4 (armed "
                + "deployment): opposes a lasting third-party presence in an area it counts as its own sphere");
        assertThat(o.headline()).isEqualTo(reason(o, "mandate-gate", "RUS").text());
    }

    @Test
    void juneSco_isNotTabled() {
        Outcome o = cell("june-2010", "SCO");
        assertThat(o.reasons().get(0).mechanism()).isEqualTo("agenda-gate");
        assertThat(o.reasons().get(0).text()).startsWith("not tabled: no request was addressed to SCO");
    }

    @Test
    void juneOsce_isVetoedInOsh_cutFromFiftyToThirty_andNotDeployed() {
        Outcome o = cell("june-2010", "OSCE");
        assertThat(reason(o, "agenda-gate", "KGZ").text())
                .isEqualTo("tabled: KGZ asked OSCE for level 3 (police or advisory mission) on 2010-07-01");
        assertThat(reason(o, "local-veto", "KGZ-OSH").text()).isEqualTo("Osh city administration (Mayor Melis "
                + "Myrzakmatov) controls osh and resists an outside presence there; the capital cannot overrule it, "
                + "so it vetoes the police advisory mission");
        assertThat(reason(o, "implementation", "KGZ").text()).isEqualTo("KGZ stalled for 6 months; the mission was "
                + "cut from 50 to 30; not deployed by 2011-02-01, so level 2 (humanitarian aid, facilitation or "
                + "monitoring) is what is in place");
        assertThat(o.deployment()).isEqualTo(new Outcome.Deployment(java.time.LocalDate.of(2010, 7, 31), false, null,
                6, 50, 30));
        assertThat(o.headline()).isEqualTo(reason(o, "local-veto", "KGZ-OSH").text());
    }

    @Test
    void everyReasonOfEveryCell_citesAMemoSection() {
        for (Outcome o : outcomes) {
            assertThat(o.reasons()).as(o.episode() + "/" + o.organization()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.memo()).as(r.toString()).isNotBlank());
        }
    }

    @Test
    void everyMechanismTheMemoNamesForTheCase_appearsInSomeReason() {
        List<String> cited = outcomes.stream().flatMap(o -> o.reasons().stream()).map(Reason::mechanism).distinct()
                .toList();
        assertThat(cited).contains("agenda-gate", "mandate-gate", "regime-solidarity", "lead-state-reluctance",
                "neighbour-veto", "wait-and-see", "legitimacy-brokerage", "collective-choice", "local-veto",
                "implementation");
    }

    @Test
    void fastRun_agreesWithTheExplainedRun() {
        CompiledScenario compiled = CompiledScenario.compile(Examples.kyrgyzstan());
        RunResult r = Engine.run(compiled);
        assertThat(r.cells()).isEqualTo(outcomes.size());
        for (int k = 0; k < r.cells(); k++) {
            Outcome o = outcomes.get(k);
            assertThat(compiled.episodeOf(k) + "/" + compiled.organizationOf(k))
                    .isEqualTo(o.episode() + "/" + o.organization());
            assertThat(new int[] {r.decided(k), r.implemented(k)}).containsExactly(o.decided(), o.implemented());
            assertThat(r.stage(k)).isEqualTo(o.stage());
        }
    }
}
