package org.mandate.core.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.mechanism.choice.Consensus;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Government;
import org.mandate.core.model.Instrument;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Interests;
import org.mandate.core.model.LocalActor;
import org.mandate.core.model.Mandate;
import org.mandate.core.model.Membership;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Request;
import org.mandate.core.model.ResponseLevel;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;

/**
 * Builders of tiny scenarios made in code: four states ({@link #HOST} and three others), one organization
 * ({@link #ORG}) and one episode ({@link #EPISODE}), with every interest at zero until a test sets it.
 *
 * <p>The defaults keep every stance term silent: the crisis type {@link #RIOT} sets no precedent, is not about
 * separatism, and no state has a sphere, so a test switches on exactly the terms it means to exercise. All four
 * states are members; the organization decides by consensus, has no lead state, covers riots and coups, lets any
 * member table a crisis and deliberates for no days. Its instruments are a statement (1), aid that needs the host's
 * consent (2), a police mission that needs the host's and local consent (3) and a force that needs the host's
 * consent (4).
 */
public final class Scenarios {
    /** The host state. */
    public static final String HOST = "HST";
    /** The biggest other member. */
    public static final String A = "AAA";
    /** The second member. */
    public static final String B = "BBB";
    /** The smallest member. */
    public static final String C = "CCC";
    /** The one organization. */
    public static final String ORG = "ORG";
    /** The one episode. */
    public static final String EPISODE = "e1";
    /** The region the episode hits. */
    public static final String REGION = "south";
    /** The episode's date. */
    public static final LocalDate DATE = LocalDate.of(2020, 3, 2);
    /** A domestic crisis with people in need that sets no precedent against incumbents. */
    public static final String RIOT = "riot";
    /** A domestic crisis about who governs: a full precedent against incumbents, no humanitarian need. */
    public static final String COUP = "coup";
    /** A crisis that is by nature a dispute between member states. */
    public static final String CLASH = "clash";
    /** A crisis the default mandate does not name. */
    public static final String FEUD = "feud";

    private Scenarios() {
    }

    /** A fresh builder with the defaults described above. */
    public static Builder tiny() {
        return new Builder();
    }

    /** The crisis types every tiny scenario knows. */
    public static Map<String, CrisisType> crisisTypes() {
        Map<String, CrisisType> types = new LinkedHashMap<>();
        types.put(RIOT, new CrisisType(RIOT, "riot", true, 0.0, 1.0, 0.5, false, 0.0));
        types.put(COUP, new CrisisType(COUP, "coup", true, 1.0, 0.0, 0.5, false, 0.0));
        types.put(CLASH, new CrisisType(CLASH, "clash", false, 0.0, 0.5, 0.5, true, 0.0));
        types.put(FEUD, new CrisisType(FEUD, "feud", true, 0.0, 1.0, 0.5, false, 0.0));
        return types;
    }

    /** A statement (level 1) that needs no one's consent. */
    public static Instrument statement() {
        return new Instrument("statement", "statement", ResponseLevel.STATEMENT, List.of(), false, false);
    }

    /** Aid (level 2) that needs the host's consent. */
    public static Instrument aid() {
        return new Instrument("aid", "aid", ResponseLevel.FACILITATION, List.of(), true, false);
    }

    /** A police mission (level 3) that needs the host's and the local authorities' consent. */
    public static Instrument mission() {
        return new Instrument("mission", "police mission", ResponseLevel.MISSION, List.of(), true, true);
    }

    /** A force (level 4) that needs the host's consent. */
    public static Instrument force() {
        return new Instrument("force", "force", ResponseLevel.FORCE, List.of(), true, false);
    }

    /** Builds one tiny scenario. Every setter returns the builder. */
    public static final class Builder {
        private final Map<String, Double> capability = new LinkedHashMap<>();
        private final Map<String, Interests> interests = new LinkedHashMap<>();
        private final Map<String, List<String>> zones = new LinkedHashMap<>();
        private final Map<String, List<String>> rivals = new LinkedHashMap<>();
        private final Map<String, Boolean> overrules = new LinkedHashMap<>();
        private List<String> members = new ArrayList<>(List.of(HOST, A, B, C));
        private DecisionRule rule = new Consensus();
        private String lead;
        private Mandate mandate = new Mandate(List.of(RIOT, COUP, CLASH), false, ResponseLevel.FACILITATION);
        private AgendaRules agenda = new AgendaRules(AgendaRules.TabledBy.ANY_MEMBER, List.of(), 0);
        private List<Instrument> instruments = List.of(statement(), aid(), mission(), force());
        private List<String> fieldPresence = List.of();
        private double downsizeStep = 0.0;
        private final List<LocalActor> locals = new ArrayList<>();
        private String host = HOST;
        private String type = RIOT;
        private double severity = 0.8;
        private Government government = new Government(Government.Status.INCUMBENT, true, true);
        private LocalDate assessOn = DATE.plusYears(1);
        private final List<String> involves = new ArrayList<>();
        private final Map<String, Episode.Framing> framing = new LinkedHashMap<>();
        private final Map<String, Double> alignments = new LinkedHashMap<>();
        private final List<Request> requests = new ArrayList<>();

        Builder() {
            state(HOST, 0.1);
            state(A, 0.5);
            state(B, 0.3);
            state(C, 0.1);
        }

        /** Adds (or resets) a state with the given capability and every interest at zero. */
        public Builder state(String id, double cap) {
            capability.put(id, cap);
            interests.put(id, Interests.none());
            zones.put(id, List.of());
            rivals.put(id, List.of());
            overrules.put(id, true);
            return this;
        }

        /** Sets one interest of one state. */
        public Builder interest(String state, Interest interest, double value) {
            interests.put(state, interests.get(state).with(interest, value));
            return this;
        }

        /** Sets one interest of every state. */
        public Builder everyone(Interest interest, double value) {
            for (String id : interests.keySet()) {
                interest(id, interest, value);
            }
            return this;
        }

        /** Sets the states or regions a state counts as its own sphere. */
        public Builder zone(String state, String... covered) {
            zones.put(state, List.of(covered));
            return this;
        }

        /** Sets the outside powers a state counts as rivals. */
        public Builder rivals(String state, String... others) {
            rivals.put(state, List.of(others));
            return this;
        }

        /** Sets whether a state's capital can overrule its regions (true by default). */
        public Builder capitalOverrulesRegions(String state, boolean value) {
            overrules.put(state, value);
            return this;
        }

        /** Replaces the member list (members from {@link #DATE} - 1 year, never leaving). */
        public Builder members(String... ids) {
            members = new ArrayList<>(List.of(ids));
            return this;
        }

        /** Sets the decision rule. */
        public Builder rule(DecisionRule value) {
            rule = value;
            return this;
        }

        /** Sets the lead state. */
        public Builder lead(String state) {
            lead = state;
            return this;
        }

        /** Sets the mandate. */
        public Builder mandate(Mandate value) {
            mandate = value;
            return this;
        }

        /** Sets the agenda rules. */
        public Builder agenda(AgendaRules value) {
            agenda = value;
            return this;
        }

        /** Replaces the instruments. */
        public Builder instruments(Instrument... value) {
            instruments = List.of(value);
            return this;
        }

        /** Sets the host states where the organization keeps a field office. */
        public Builder fieldPresence(String... states) {
            fieldPresence = List.of(states);
            return this;
        }

        /** Sets the downsizing step. */
        public Builder downsizeStep(double value) {
            downsizeStep = value;
            return this;
        }

        /** Adds a local actor of the host controlling {@link #REGION}. */
        public Builder localActor(String id, double resistance, Boolean capitalCanOverrule) {
            locals.add(new LocalActor(id, id + " authority", host, "local-authority", List.of(REGION), resistance,
                    capitalCanOverrule));
            return this;
        }

        /** Sets the episode's host. */
        public Builder host(String state) {
            host = state;
            return this;
        }

        /** Sets the crisis type (one of the constants of {@link Scenarios}). */
        public Builder type(String value) {
            type = value;
            return this;
        }

        /** Sets the severity. */
        public Builder severity(double value) {
            severity = value;
            return this;
        }

        /** Sets the host government's standing. */
        public Builder government(Government value) {
            government = value;
            return this;
        }

        /** Sets the day outcomes are judged. */
        public Builder assessOn(LocalDate value) {
            assessOn = value;
            return this;
        }

        /** Adds a party to the crisis. */
        public Builder involves(String state) {
            involves.add(state);
            return this;
        }

        /** Sets how an actor, or by default everyone ({@code "default"}), frames the crisis. */
        public Builder framing(String actor, Episode.Framing value) {
            framing.put(actor, value);
            return this;
        }

        /** Sets a state's attitude to the host's government. */
        public Builder alignment(String state, double value) {
            alignments.put(state, value);
            return this;
        }

        /** Adds a request to the organization. */
        public Builder request(String from, int level, LocalDate date, int size) {
            requests.add(new Request(from, ORG, ResponseLevel.of(level), date, size));
            return this;
        }

        /** The scenario. */
        public Scenario build() {
            Map<String, State> states = new LinkedHashMap<>();
            for (String id : capability.keySet()) {
                states.put(id, new State(id, id, capability.get(id), State.Regime.AUTOCRACY, interests.get(id),
                        zones.get(id), rivals.get(id), overrules.get(id), List.of()));
            }
            List<Membership> memberships = new ArrayList<>();
            for (String m : members) {
                memberships.add(new Membership(m, DATE.minusYears(1), null, List.of()));
            }
            Map<String, String> orgMemo = Map.of("collective-choice", "memo section for ORG's council");
            Organization org = new Organization(ORG, "the organization", "Council", rule, lead, memberships, mandate,
                    agenda, instruments, fieldPresence, downsizeStep, orgMemo);
            Map<String, Episode.Framing> byActor = new LinkedHashMap<>(framing);
            Episode.Framing byDefault = byActor.containsKey("default") ? byActor.remove("default")
                    : Episode.Framing.DOMESTIC;
            Episode episode = new Episode(EPISODE, "a tiny crisis", DATE, assessOn, host, List.of(REGION),
                    crisisTypes().get(type), severity, government, involves, byActor, byDefault, alignments,
                    requests);
            Map<String, String> memo = new LinkedHashMap<>();
            for (String id : Mechanisms.IDS) {
                memo.put(id, "memo section for " + id);
            }
            memo.put("membership", "memo section for membership");
            memo.put("member-stances", "memo section for member-stances");
            return new Scenario("tiny", "a tiny scenario", states, Map.of(ORG, org), crisisTypes(), locals,
                    List.of(episode), memo);
        }
    }
}
