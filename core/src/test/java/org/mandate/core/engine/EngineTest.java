package org.mandate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandate.core.testkit.Scenarios.A;
import static org.mandate.core.testkit.Scenarios.B;
import static org.mandate.core.testkit.Scenarios.C;
import static org.mandate.core.testkit.Scenarios.DATE;
import static org.mandate.core.testkit.Scenarios.HOST;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.choice.Majority;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Government;
import org.mandate.core.model.Instrument;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Mandate;
import org.mandate.core.model.ResponseLevel;
import org.mandate.core.model.Scenario;
import org.mandate.core.testkit.Scenarios;

/**
 * The engine on tiny scenarios built in code.
 *
 * <p>The usual set-up: a riot of severity 0.8 with full humanitarian need, and every state caring for its image
 * (weight 1), so each wants the highest level: image adds 0.4 x effect, that is 0.02, 0.12, 0.24 and 0.4 for levels
 * 1 to 4. BBB also guards sovereignty (weight 0.5), which costs it 0.15 at level 3 and 0.5 at level 4: it objects to
 * level 4 alone (-0.1) and prefers level 2 (0.12) to level 3 (0.09).
 */
class EngineTest {

    private static Scenarios.Builder eager() {
        return Scenarios.tiny().everyone(Interest.IMAGE, 1.0).interest(B, Interest.SOVEREIGNTY, 0.5);
    }

    private static Outcome only(Scenario scenario) {
        return only(scenario, Mechanisms.all());
    }

    private static Outcome only(Scenario scenario, Mechanisms mechanisms) {
        List<Outcome> outcomes = Engine.explain(CompiledScenario.compile(scenario, mechanisms));
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private static List<String> mechanismsOf(Outcome o) {
        return o.reasons().stream().map(Reason::mechanism).toList();
    }

    @Nested
    class CollectiveChoice {
        @Test
        void consensus_singleMembersObjection_blocksTheLevel() {
            Outcome o = only(eager().build());
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.implemented()).isEqualTo(3);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
            assertThat(o.demand()).isEqualTo(4);
            assertThat(o.reasons()).anySatisfy(r -> {
                assertThat(r.actor()).isEqualTo(B);
                assertThat(r.mechanism()).isEqualTo("sovereignty");
                assertThat(r.text()).startsWith("BBB objects to level 4 (armed deployment)");
            });
        }

        @Test
        void majority_singleMembersObjection_doesNotBlock() {
            Outcome o = only(eager().rule(new Majority()).build());
            assertThat(o.decided()).isEqualTo(4);
            assertThat(o.implemented()).isEqualTo(4);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
        }

        @Test
        void withoutTheObjection_consensusDeploys() {
            Outcome o = only(eager().interest(B, Interest.SOVEREIGNTY, 0.0).build());
            assertThat(o.decided()).isEqualTo(4);
        }

        @Test
        void nobodyWantingAnything_leavesTheCrisisOffTheAgenda() {
            Outcome o = only(Scenarios.tiny().build());
            assertThat(o.decided()).isZero();
            assertThat(o.stage()).isEqualTo(Stage.AGENDA_GATE);
            assertThat(o.headline()).isEqualTo("not tabled: no request was addressed to ORG, and under its rules only "
                    + "a request or a member can table a crisis");
        }
    }

    @Nested
    class MandateGateStage {
        private final Mandate riotsOnly = new Mandate(List.of(Scenarios.RIOT), false, ResponseLevel.FACILITATION);

        @Test
        void crisisOutsideTheMandate_isCappedAtTheCeiling_byTheMandateGate() {
            Outcome o = only(eager().rule(new Majority()).type(Scenarios.FEUD).mandate(riotsOnly).build());
            assertThat(o.decided()).isEqualTo(2);
            assertThat(o.implemented()).isEqualTo(2);
            assertThat(o.stage()).isEqualTo(Stage.MANDATE_GATE);
            assertThat(o.demand()).isEqualTo(4);
            assertThat(o.headline()).isEqualTo("'feud' framed as domestic is outside ORG's mandate (it covers riot); "
                    + "a domestic matter allows no more than level 2 (humanitarian aid, facilitation or monitoring)");
        }

        @Test
        void crisisFramedForeign_isInside_whenTheMandateCoversForeignThreats() {
            Mandate foreign = new Mandate(List.of(Scenarios.RIOT), true, ResponseLevel.FACILITATION);
            Outcome o = only(eager().rule(new Majority()).type(Scenarios.FEUD).mandate(foreign)
                    .framing("default", Episode.Framing.FOREIGN).build());
            assertThat(o.decided()).isEqualTo(4);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
        }

        @Test
        void theLeadStatesFraming_isTheBodys() {
            Mandate foreign = new Mandate(List.of(Scenarios.RIOT), true, ResponseLevel.FACILITATION);
            Scenarios.Builder b = eager().rule(new Majority()).type(Scenarios.FEUD).mandate(foreign)
                    .framing("default", Episode.Framing.FOREIGN).framing(A, Episode.Framing.DOMESTIC);
            assertThat(only(b.build()).decided()).isEqualTo(4);
            assertThat(only(b.lead(A).build()).decided()).isEqualTo(2);
        }

        @Test
        void withoutTheMandateGate_theCeilingIsGone() {
            Outcome o = only(eager().rule(new Majority()).type(Scenarios.FEUD).mandate(riotsOnly).build(),
                    Mechanisms.without("mandate-gate"));
            assertThat(o.decided()).isEqualTo(4);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
        }
    }

    @Nested
    class AgendaGateStage {
        private final AgendaRules requestOnly = new AgendaRules(AgendaRules.TabledBy.REQUEST, List.of(), 0);

        @Test
        void requestOnlyOrganization_withoutARequest_doesNotTableTheCrisis() {
            Outcome o = only(eager().agenda(requestOnly).build());
            assertThat(o.decided()).isZero();
            assertThat(o.implemented()).isZero();
            assertThat(o.stage()).isEqualTo(Stage.AGENDA_GATE);
            assertThat(o.headline()).isEqualTo("not tabled: no request was addressed to ORG, and under its rules only "
                    + "a formal request can table a crisis");
        }

        @Test
        void requestOnlyOrganization_aRequestTablesTheCrisis() {
            Outcome o = only(eager().agenda(requestOnly).request(HOST, 3, DATE.plusDays(1), 0).build());
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
            assertThat(o.reasons().get(0)).isEqualTo(new Reason("agenda-gate", HOST,
                    "tabled: HST asked ORG for level 3 (police or advisory mission) on 2020-03-03",
                    "memo section for agenda-gate"));
        }

        @Test
        void requestAfterTheDayOfJudgement_doesNotTableIt() {
            Outcome o = only(eager().agenda(requestOnly).assessOn(DATE.plusDays(10))
                    .request(HOST, 3, DATE.plusDays(11), 0).build());
            assertThat(o.stage()).isEqualTo(Stage.AGENDA_GATE);
        }

        @Test
        void memberThatIsAPartyToTheCrisis_keepsItOffTheAgenda() {
            AgendaRules noDisputes = new AgendaRules(AgendaRules.TabledBy.ANY_MEMBER,
                    List.of(AgendaRules.DISPUTE_BETWEEN_MEMBERS), 0);
            Outcome o = only(eager().agenda(noDisputes).involves(C).build());
            assertThat(o.decided()).isZero();
            assertThat(o.stage()).isEqualTo(Stage.AGENDA_GATE);
            assertThat(o.headline()).isEqualTo("not tabled: member CCC is a party to the crisis, and disputes between "
                    + "members can never be tabled in ORG");
        }

        @Test
        void slowBody_decidesTooLate() {
            AgendaRules slow = new AgendaRules(AgendaRules.TabledBy.ANY_MEMBER, List.of(), 30);
            Outcome o = only(eager().agenda(slow).assessOn(DATE.plusDays(29)).build());
            assertThat(o.decided()).isZero();
            assertThat(o.stage()).isEqualTo(Stage.AGENDA_GATE);
            assertThat(o.headline()).isEqualTo("too slow: ORG needs 30 days to deliberate, so no decision before "
                    + "2020-04-01, after the crisis is judged on 2020-03-31");
        }

        @Test
        void withoutTheAgendaGate_theRequestOnlyOrganizationDecides() {
            Outcome o = only(eager().agenda(requestOnly).build(), Mechanisms.without("agenda-gate"));
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
        }
    }

    @Nested
    class MembershipAndVoting {
        @Test
        void hostNotAMember_givesNothing_atTheMembershipStage() {
            Outcome o = only(eager().members(A, B, C).build());
            assertThat(o.member()).isFalse();
            assertThat(o.decided()).isZero();
            assertThat(o.implemented()).isZero();
            assertThat(o.stage()).isEqualTo(Stage.MEMBERSHIP);
            assertThat(o.pivotal()).isEmpty();
            assertThat(o.stances()).isEmpty();
            assertThat(o.reasons()).containsExactly(new Reason("membership", HOST,
                    "HST is not a member of ORG on 2020-03-02", "memo section for membership"));
        }

        /**
         * A coup: members fearing for their regimes (weight 0.5) want it condemned (+0.5 for a statement); the
         * interim government itself objects to its condemnation (-0.5). Only a statement is on offer.
         */
        private Scenarios.Builder coup(boolean recognized) {
            return Scenarios.tiny().type(Scenarios.COUP).everyone(Interest.REGIME_SECURITY, 0.5)
                    .government(new Government(Government.Status.INTERIM, recognized, true))
                    .instruments(Scenarios.statement());
        }

        @Test
        void recognisedInterimGovernment_votes_andBlocksItsOwnCondemnation() {
            Outcome o = only(coup(true).build());
            assertThat(o.decided()).isZero();
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
            assertThat(o.stances()).filteredOn(s -> s.actor().equals(HOST)).singleElement()
                    .satisfies(s -> assertThat(s.voting()).isTrue());
            assertThat(o.pivotal()).containsExactly(HOST);
        }

        @Test
        void unrecognisedHostGovernment_doesNotVote() {
            Outcome o = only(coup(false).build());
            assertThat(o.decided()).isEqualTo(1);
            assertThat(o.stances()).filteredOn(s -> s.actor().equals(HOST)).singleElement().satisfies(s -> {
                assertThat(s.voting()).isFalse();
                assertThat(s.objects()).containsExactly(1);
            });
            assertThat(o.stances()).filteredOn(MemberStance::voting).extracting(MemberStance::actor)
                    .containsExactly(A, B, C);
        }
    }

    @Nested
    class Consent {
        /** The host guards its sovereignty fully: it dislikes a mission (-0.06) and a force (-0.6). */
        private Scenarios.Builder reluctantHost() {
            return Scenarios.tiny().everyone(Interest.IMAGE, 1.0).interest(HOST, Interest.SOVEREIGNTY, 1.0)
                    .rule(new Majority());
        }

        @Test
        void hostThatWantsNoPresence_capsTheDecision_atTheHostConsentStage() {
            Outcome o = only(reluctantHost().build());
            assertThat(o.decided()).isEqualTo(2);
            assertThat(o.stage()).isEqualTo(Stage.HOST_CONSENT);
            assertThat(o.headline()).isEqualTo("HST neither asked for nor wants more than level 2 (humanitarian aid, "
                    + "facilitation or monitoring), and ORG needs its consent");
        }

        @Test
        void hostThatAskedForAForce_consentsToIt() {
            Outcome o = only(reluctantHost().request(HOST, 4, DATE, 0).build());
            assertThat(o.decided()).isEqualTo(4);
        }

        @Test
        void withoutHostConsent_theMembersDeploy() {
            Outcome o = only(reluctantHost().build(), Mechanisms.without("host-consent"));
            assertThat(o.decided()).isEqualTo(4);
        }
    }

    @Nested
    class LocalVetoStage {
        /** The usual set-up, deciding a mission (3) for the host, which asked for 50 officers. */
        private Scenarios.Builder mission() {
            return eager().request(HOST, 3, DATE, 50).downsizeStep(0.4);
        }

        @Test
        void localVeto_lowersImplemented_toTheHighestLowerLevelNeedingNoLocalConsent() {
            Outcome o = only(mission().localActor("OSH", 0.9, false).build());
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.implemented()).isEqualTo(2);
            assertThat(o.stage()).isEqualTo(Stage.LOCAL_VETO);
            assertThat(o.decidedStage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
            assertThat(o.deployment().deployed()).isFalse();
            assertThat(o.deployment().size()).isEqualTo(50);
            assertThat(o.deployment().finalSize()).isEqualTo(30);
            // BBB's objection to a force is pivotal too: a force needs no local consent
            assertThat(o.pivotal()).containsExactly(B, "OSH");
            assertThat(o.reasons()).extracting(Reason::mechanism).endsWith("local-veto", "implementation");
            assertThat(o.reasons().get(o.reasons().size() - 1).text()).isEqualTo("HST stalled for 12 months; the "
                    + "mission was cut from 50 to 30; not deployed by 2021-03-02, so level 2 (humanitarian aid, "
                    + "facilitation or monitoring) is what is in place");
        }

        @Test
        void localVeto_skipsLowerLevelsThatAlsoNeedLocalConsent() {
            Instrument localAid = new Instrument("aid", "aid", ResponseLevel.FACILITATION, List.of(), true, true);
            Outcome o = only(mission().instruments(Scenarios.statement(), localAid, Scenarios.mission(),
                    Scenarios.force()).localActor("OSH", 0.9, false).build());
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.implemented()).isEqualTo(1);
        }

        @Test
        void capitalThatCanOverrule_deploysAfterADelay() {
            Outcome o = only(mission().localActor("OSH", 0.9, true).build());
            assertThat(o.implemented()).isEqualTo(3);
            assertThat(o.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
            assertThat(o.deployment().deployedOn()).isEqualTo(DATE.plusMonths(3));
        }

        @Test
        void localActorWithoutItsOwnSay_takesTheHostStatesStandingCapacity() {
            Outcome weak = only(mission().capitalOverrulesRegions(HOST, false).localActor("OSH", 0.9, null).build());
            Outcome strong = only(mission().capitalOverrulesRegions(HOST, true).localActor("OSH", 0.9, null).build());
            assertThat(weak.implemented()).isEqualTo(2);
            assertThat(strong.implemented()).isEqualTo(3);
        }

        @Test
        void resistanceBelowTheThreshold_doesNotVeto() {
            Outcome o = only(mission().localActor("OSH", 0.49, false).build());
            assertThat(o.implemented()).isEqualTo(3);
            assertThat(o.pivotal()).containsExactly(B);
        }

        @Test
        void withoutLocalVeto_theMissionDeploys() {
            Outcome o = only(mission().localActor("OSH", 0.9, false).build(), Mechanisms.without("local-veto"));
            assertThat(o.implemented()).isEqualTo(3);
        }
    }

    @Nested
    class PivotalActors {
        @Test
        void anActorWhoseIndifferenceChangesTheOutcome_isPivotal_andOneWhoseDoesNotIsNot() {
            Outcome o = only(eager().build());
            assertThat(o.pivotal()).containsExactly(B);
            assertThat(o.pivotal()).doesNotContain(A, C, HOST);
        }

        @Test
        void twoObjectors_areNeitherPivotalAlone() {
            Outcome o = only(eager().interest(C, Interest.SOVEREIGNTY, 0.5).build());
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.pivotal()).isEmpty();
        }

        /**
         * AAA carries 80% of the burden and objects to a force (cost 0.8 against image 0.4); CCC carries 10% and
         * does not (0.3). With AAA's stance indifferent (no interests) the body deploys. But if AAA were taken out
         * of the burden sharing, CCC's share would be 50% and CCC would object.
         */
        private Scenarios.Builder burdenCarriedByOne() {
            return Scenarios.tiny().state(HOST, 0.05).state(A, 0.8).state(B, 0.05).state(C, 0.1)
                    .everyone(Interest.IMAGE, 1.0).interest(A, Interest.COST_AVERSION, 1.0)
                    .interest(C, Interest.COST_AVERSION, 1.0);
        }

        @Test
        void burdenCarriedByOne_itsObjectionHoldsTheBodyBelowAForce_andItsIndifferenceWouldNot() {
            Outcome o = only(burdenCarriedByOne().build());
            assertThat(o.decided()).isEqualTo(3);
            assertThat(o.stances()).filteredOn(st -> st.objects().contains(4)).extracting(MemberStance::actor)
                    .containsExactly(A);
            Outcome indifferent = only(burdenCarriedByOne().state(A, 0.8).build());
            assertThat(indifferent.decided()).isEqualTo(4);
        }
        @Test
        void loneObjectorCarryingTheBurden_isPivotal() {
            assertThat(only(burdenCarriedByOne().build()).pivotal()).contains(A);
        }
        @Test
        void actorWithNoInterestsAtAll_isNeverPivotal() {
            Outcome o = only(burdenCarriedByOne().state(A, 0.8).build());
            assertThat(o.pivotal()).doesNotContain(A);
        }

        @Test
        void twoVetoingLocalActors_areNeitherPivotalAlone() {
            Outcome o = only(eager().request(HOST, 3, DATE, 0).localActor("OSH", 0.9, false)
                    .localActor("JAL", 0.7, false).build());
            assertThat(o.implemented()).isEqualTo(2);
            assertThat(o.pivotal()).containsExactly(B);
            assertThat(o.reasons()).anySatisfy(r -> {
                assertThat(r.mechanism()).isEqualTo("local-veto");
                assertThat(r.actor()).isEqualTo("OSH");
            });
        }
    }

    @Test
    void everyReason_citesAMemoSection() {
        Outcome o = only(eager().request(HOST, 3, DATE, 50).localActor("OSH", 0.9, false).build());
        assertThat(o.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.memo()).isNotBlank());
        assertThat(mechanismsOf(o)).contains("agenda-gate", "collective-choice", "local-veto", "implementation");
    }

    @Test
    void unknownMechanism_isRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Mechanisms.without("brokerage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown mechanism 'brokerage'; expected one of agenda-gate, mandate-gate, "
                        + "regime-solidarity, lead-state-reluctance, neighbour-veto, wait-and-see, "
                        + "legitimacy-brokerage, sovereignty, government-alignment, separatism-fear, image, "
                        + "human-dimension, host-consent, local-veto, implementation");
    }
}
