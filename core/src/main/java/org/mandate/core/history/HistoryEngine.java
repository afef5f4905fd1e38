package org.mandate.core.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.Outcome;
import org.mandate.core.history.HistoryResult.CrisisCell;
import org.mandate.core.mechanism.capacity.CapacityBuilding;
import org.mandate.core.mechanism.competition.GreatPowerCompetition;
import org.mandate.core.mechanism.credibility.Credibility;
import org.mandate.core.mechanism.forumshopping.ForumShopping;
import org.mandate.core.mechanism.hazard.CrisisHazard;
import org.mandate.core.mechanism.institutionalchange.InstitutionalChange;
import org.mandate.core.mechanism.membershipchoice.MembershipChoice;
import org.mandate.core.mechanism.rollback.HumanDimensionRollback;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Membership;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;

/**
 * Runs a history step by step. Each step calls, in order: great-power competition (offers), capacity building,
 * forum shopping (alignment drift, then the bases' lives), the rollback of the human dimension, the crises of the
 * step (decided by the crisis engine with the world as it stands, then their effects on threat, alignment, tension,
 * credibility and rules), the recovery of credibility, membership choice, and the recovery of regime threat and
 * fading of tension. The same spec always gives the same result.
 */
public final class HistoryEngine {
    /** The history's own mechanisms, in step order. */
    public static final List<String> MECHANISMS = List.of(GreatPowerCompetition.ID, CapacityBuilding.ID,
            ForumShopping.ID, HumanDimensionRollback.ID, Credibility.ID, InstitutionalChange.ID, MembershipChoice.ID);

    /** The crisis types whose precedent spreads fear to other incumbents: changes of power and mass protest. */
    static final Set<String> CONTAGIOUS = Set.of("unconstitutional-change", "mass-protest");

    private HistoryEngine() {
    }

    /** Runs the history as run 0. */
    public static HistoryResult run(HistorySpec spec) {
        return run(spec, 0, true);
    }

    /**
     * Runs the history.
     *
     * @param run    run index, recorded in the result
     * @param record whether to record the per-step rows (the events and crises are always recorded)
     */
    public static HistoryResult run(HistorySpec spec, int run, boolean record) {
        return run(spec, run, record, true);
    }

    /**
     * Runs the history.
     *
     * @param run    run index, recorded in the result
     * @param record whether to record the per-step rows
     * @param trace  whether to write the events with their texts and reasons (an ensemble, which reads only rows
     *               and crises, leaves them out)
     */
    public static HistoryResult run(HistorySpec spec, int run, boolean record, boolean trace) {
        List<HistoryResult.StateRow> stateRows = new ArrayList<>();
        List<HistoryResult.OrgRow> orgRows = new ArrayList<>();
        List<HistoryResult.MemberRow> memberRows = new ArrayList<>();
        List<CrisisCell> cells = new ArrayList<>();
        World w = simulate(spec, trace, cells, record ? world -> record(world, stateRows, orgRows, memberRows) : null);
        List<HistoryEvent> events = new ArrayList<>(w.events());
        events.sort(Comparator.comparing(HistoryEvent::date));
        return new HistoryResult(spec.id(), run, spec.seed(), spec.powers(), events, cells, stateRows, orgRows,
                memberRows);
    }

    /**
     * Runs the history without trace or rows and returns only the given outcomes, each read at the end of the step
     * that holds its day (the value the rows would show): what an ensemble needs, and no more.
     */
    public static double[] outcomes(HistorySpec spec, List<HistoryOutcome> outcomes) {
        double[] values = new double[outcomes.size()];
        java.util.Arrays.fill(values, Double.NaN);
        List<CrisisCell> cells = new ArrayList<>();
        simulate(spec, false, cells, world -> {
            for (int j = 0; j < values.length; j++) {
                HistoryOutcome o = outcomes.get(j);
                if (o.when() != null && !o.when().isBefore(world.day()) && o.when().isBefore(world.stepEnd())) {
                    values[j] = o.raw(world);
                }
            }
        });
        for (int j = 0; j < values.length; j++) {
            HistoryOutcome o = outcomes.get(j);
            if (o.when() == null) {
                values[j] = o.rawCell(cells);
            }
            values[j] = o.compare(values[j]);
        }
        return values;
    }

    private static World simulate(HistorySpec spec, boolean trace, List<CrisisCell> cells,
                                  java.util.function.Consumer<World> afterStep) {
        World w = new World(spec);
        w.tracing(trace);
        Mechanisms crisisMechanisms = crisisMechanisms(spec);
        boolean hazard = spec.parameter(Parameter.HAZARD_BASE) > 0 || spec.parameter(Parameter.HAZARD_WEAKNESS) > 0;
        java.util.SplittableRandom random = new java.util.SplittableRandom(spec.seed());
        int next = 0;
        for (LocalDate day = spec.from(); !day.isAfter(spec.to()); day = day.plusMonths(spec.stepMonths())) {
            LocalDate end = day.plusMonths(spec.stepMonths());
            w.step(day, end);
            GreatPowerCompetition.offers(w);
            CapacityBuilding.step(w);
            ForumShopping.drift(w);
            ForumShopping.bases(w);
            HumanDimensionRollback.step(w);
            while (next < spec.crises().size() && spec.crises().get(next).date().isBefore(end)) {
                ScheduledCrisis c = spec.crises().get(next++);
                if (!c.date().isBefore(spec.from())) {
                    crisis(w, c, crisisMechanisms, cells);
                }
            }
            if (hazard) {
                for (int s = 0; s < w.states(); s++) {
                    Episode e = CrisisHazard.draw(w, s, random, spec.library().crisisTypes());
                    if (e != null) {
                        generated(w, e, crisisMechanisms, cells);
                    }
                }
            }
            Credibility.recover(w);
            dissolutions(w);
            MembershipChoice.step(w);
            recoverThreat(w);
            GreatPowerCompetition.fade(w);
            if (afterStep != null) {
                afterStep.accept(w);
            }
        }
        return w;
    }

    private static Mechanisms crisisMechanisms(HistorySpec spec) {
        Set<String> off = new TreeSet<>();
        for (String m : spec.disabled()) {
            if (Mechanisms.IDS.contains(m)) {
                off.add(m);
            }
        }
        return new Mechanisms(off);
    }

    private static void recoverThreat(World w) {
        double rate = 1 - Math.exp(-w.param(Parameter.THREAT_RECOVERY) * w.dt());
        for (int s = 0; s < w.states(); s++) {
            if (w.powerOf(s) >= 0) {
                continue;
            }
            double standing = w.param(Parameter.THREAT_FLOOR) + w.param(Parameter.THREAT_WEAKNESS)
                    * (1 - w.institutional(s));
            w.threat(s, w.threat(s) + rate * (standing - w.threat(s)));
            w.precedentThreat(s, w.precedentThreat(s) * (1 - rate));
            w.updateControl(s);
        }
    }

    private static void dissolutions(World w) {
        for (int o = 0; o < w.orgs(); o++) {
            Institution org = w.org(o);
            LocalDate gone = org.dissolved();
            if (gone == null || gone.isBefore(w.day()) || !gone.isBefore(w.stepEnd())) {
                continue;
            }
            for (int s = 0; s < w.states(); s++) {
                if (w.status(o, s) != World.NONE) {
                    w.leave(o, s, gone);
                    w.event(gone, HistoryEvent.Kind.LEAVE, w.stateId(s), org.id(), Double.NaN,
                            org.id() + " is dissolved", List.of(w.reason(MembershipChoice.ID, "charter", Double.NaN,
                                    org.id() + " ceased to exist on " + gone)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ crises inside the history

    private static void crisis(World w, ScheduledCrisis c, Mechanisms mechanisms, List<CrisisCell> cells) {
        Scenario sc = c.loaded().scenario();
        Decision decision = CrisisCache.decision(c, mechanisms.disabled(), situation(w, c), () -> {
            CompiledScenario compiled = CompiledScenario.compile(situate(w, sc), mechanisms);
            return slim(new Engine(compiled).explainWithoutPivotal(compiled.parameters()));
        });
        effects(w, c.file(), sc, decision, cells);
    }

    /** A crisis the hazard generated, decided by the crisis engine with the history's state and the library. */
    private static void generated(World w, Episode e, Mechanisms mechanisms, List<CrisisCell> cells) {
        Scenario lib = w.spec().library();
        Scenario sc = new Scenario(e.id(), e.title(), lib.states(), lib.organizations(), lib.crisisTypes(), List.of(),
                List.of(e), lib.mechanisms());
        CompiledScenario compiled = CompiledScenario.compile(situate(w, sc), mechanisms);
        List<Outcome> outcomes = slim(new Engine(compiled).explainWithoutPivotal(compiled.parameters()));
        if (w.tracing()) {
            w.event(e.date(), HistoryEvent.Kind.GENERATED_CRISIS, e.host(), null, e.severity(), String.format(
                    Locale.ROOT, "%s (severity %.2f)", e.title(), e.severity()), List.of(w.reason(CrisisHazard.ID,
                    "control", w.control(w.stateIndex(e.host())), String.format(Locale.ROOT,
                    "the capital controls %.0f%% of what it would need to govern its regions",
                    100 * w.control(w.stateIndex(e.host()))))));
        }
        effects(w, "generated", sc, new Decision(outcomes), cells);
    }

    private static void effects(World w, String file, Scenario sc, Decision decision, List<CrisisCell> cells) {
        Decision.Resolved resolved = decision.resolved(w, sc);
        List<Outcome> outcomes = decision.outcomes();
        Map<String, Organization> orgs = sc.organizations();
        String done = null;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome raw = outcomes.get(i);
            Episode e = resolved.episode()[i];
            Outcome out = forced(w, raw);
            boolean isForced = out != raw;
            int host = resolved.host()[i];
            if (!e.id().equals(done)) {
                done = e.id();
                episodeEffects(w, e, host);
            }
            int o = resolved.org()[i];
            boolean overrules = host >= 0 && w.capitalOverrules(host);
            cells.add(new CrisisCell(file, e.id(), e.date(), e.host(), out.organization(), out.member(),
                    out.decided(), out.implemented(), isForced ? "what-if" : out.stage().id(), isForced, overrules,
                    isForced ? "imposed as a what-if" : w.tracing() ? out.headline() : ""));
            if (!out.member() || o < 0) {
                continue;
            }
            int requested = resolved.requested()[i];
            List<HistoryEvent.Reason> moved = Credibility.afterCrisis(w, o, out, e.host(), requested, e.severity(),
                    resolved.stanceStates()[i]);
            if (w.tracing()) {
                List<HistoryEvent.Reason> reasons = new ArrayList<>();
                reasons.add(w.reason(isForced ? "what-if" : out.stage().id(), null, out.implemented(),
                        isForced ? "imposed as a what-if" : out.headline()));
                reasons.addAll(moved);
                w.event(e.date(), HistoryEvent.Kind.CRISIS_RESPONSE, e.host(), out.organization(), out.implemented(),
                        String.format(Locale.ROOT, "%s on %s: decided %d, implemented %d (%s)", out.organization(),
                                e.id(), out.decided(), out.implemented(), isForced ? "what-if" : out.stage().id()),
                        reasons);
            }
            InstitutionalChange.afterCrisis(w, o, orgs.get(out.organization()), out, e.type().id(), requested,
                    e.id());
        }
    }

    /**
     * The outcomes as a history keeps them: levels, stages, the headline and each member's ideal level, without the
     * utilities' contributions and the full reasons, so that many can be cached.
     */
    private static List<Outcome> slim(List<Outcome> outcomes) {
        List<Outcome> out = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            List<org.mandate.core.engine.MemberStance> stances = new ArrayList<>(o.stances().size());
            for (org.mandate.core.engine.MemberStance st : o.stances()) {
                stances.add(new org.mandate.core.engine.MemberStance(st.actor(), st.voting(), st.weight(),
                        new double[0], st.ideal(), List.of(), Map.of()));
            }
            String stageId = switch (o.stage()) {
                case COLLECTIVE_CHOICE -> "collective-choice";
                default -> o.stage().id();
            };
            List<org.mandate.core.engine.Reason> reasons = List.of(new org.mandate.core.engine.Reason(stageId, null,
                    o.headline(), ""));
            out.add(new Outcome(o.episode(), o.organization(), o.member(), o.decided(), o.implemented(), o.stage(),
                    o.decidedStage(), o.implementedStage(), o.demand(), List.of(), List.of(), reasons, stances, null));
        }
        return out;
    }

    private static Outcome forced(World w, Outcome o) {
        for (ForcedOutcome f : w.spec().forced()) {
            if (f.episode().equals(o.episode()) && f.organization().equals(o.organization()) && o.member()) {
                return new Outcome(o.episode(), o.organization(), o.member(), f.level(), f.level(), o.stage(),
                        o.decidedStage(), o.implementedStage(), o.demand(), o.pivotal(), o.pivotalPairs(),
                        o.reasons(), o.stances(), o.deployment());
            }
        }
        return o;
    }

    private static void episodeEffects(World w, Episode e, int host) {
        double sev = e.severity();
        double[] stance = new double[w.powers()];
        for (int p = 0; p < w.powers(); p++) {
            Double a = e.alignments().get(w.stateId(w.powerState(p)));
            stance[p] = a == null ? Double.NaN : a;
        }
        GreatPowerCompetition.crisis(w, stance, sev);
        if (host < 0 || w.powerOf(host) >= 0) {
            return;
        }
        w.threat(host, w.threat(host) + w.param(Parameter.CRISIS_SHOCK) * sev);
        for (int p = 0; p < w.powers(); p++) {
            if (!Double.isNaN(stance[p])) {
                double a = w.align(host, p);
                w.align(host, p, a + w.param(Parameter.ALIGN_CRISIS) * sev * (stance[p] - a));
            }
        }
        String type = e.type().id();
        if (CONTAGIOUS.contains(type)) {
            // a government toppled or shaken from the street or by a coup is a precedent every incumbent fears
            for (int s = 0; s < w.states(); s++) {
                if (s != host && w.powerOf(s) < 0 && w.democracy(s) < 1) {
                    double shock = w.param(Parameter.CONTAGION) * e.type().precedent()
                            * w.interest(s, Interest.REGIME_SECURITY);
                    w.threat(s, w.threat(s) + shock);
                    w.precedentThreat(s, w.precedentThreat(s) + shock);
                }
            }
        }
        if (e.government().interim()) {
            for (Base b : w.bases()) {
                if (b.open() && b.host() == host) {
                    b.renegotiateOn(e.date().plusMonths((long) w.param(Parameter.RENEGOTIATION_MONTHS)));
                }
            }
        }
        w.updateControl(host);
    }

    /**
     * Everything {@link #situate} reads from the world, exactly: the simulated members and suspended members of each
     * organization of the case, the rules they changed, the hosts' control of their regions and the monitoring reach
     * (the crisis mechanisms switched off are the spec's, part of the cache's key). Two worlds with the same
     * situation give the case the same scenario.
     */
    static CrisisCache.Situation situation(World w, ScheduledCrisis c) {
        Scenario sc = c.loaded().scenario();
        int orgs = sc.organizations().size();
        int words = (w.states() * 2 + 63) / 64;
        long[] key = new long[orgs * words + 2];
        Object[] rules = null;
        int i = 0;
        int k = 0;
        for (Organization org : sc.organizations().values()) {
            int o = w.orgIndex(org.id());
            if (o >= 0) {
                for (int s = 0; s < w.states(); s++) {
                    int bit = 2 * s;
                    key[i + bit / 64] |= (long) w.status(o, s) << (bit % 64);
                }
                World.Rules r = w.rules(o);
                if (r.changed()) {
                    if (rules == null) {
                        rules = new Object[orgs];
                    }
                    rules[k] = List.of(List.copyOf(r.mandateAdds()), r.decisionRule() == null ? ""
                            : r.decisionRule().id(), r.openTabling());
                }
            }
            i += words;
            k++;
        }
        long hosts = 0;
        int e = 0;
        for (Episode ep : sc.episodes()) {
            int h = w.stateIndex(ep.host());
            if (h >= 0 && w.powerOf(h) < 0 && w.capitalOverrules(h)) {
                hosts |= 1L << e;
            }
            e++;
        }
        key[i] = hosts;
        key[i + 1] = Math.round(reach(w) * 20);
        return new CrisisCache.Situation(key, rules);
    }

    /** The lowest monitoring reach of the cooperative organizations, in steps of 0.05 (the crises see it so). */
    static double reach(World w) {
        double reach = 1;
        for (int o = 0; o < w.orgs(); o++) {
            if (w.org(o).kind() == Institution.Kind.COOPERATIVE) {
                reach = Math.min(reach, w.reach(o));
            }
        }
        return Math.round(reach * 20) / 20.0;
    }

    /**
     * The case's scenario as the history stands: memberships of the simulated states as simulated, the rules the
     * organizations changed, the capitals' control of their regions, and monitoring weighted by its reach.
     */
    static Scenario situate(World w, Scenario sc) {
        Map<String, Organization> orgs = new LinkedHashMap<>(sc.organizations());
        for (Organization org : sc.organizations().values()) {
            int o = w.orgIndex(org.id());
            if (o < 0) {
                continue;
            }
            List<Membership> ms = new ArrayList<>();
            for (Membership m : org.memberships()) {
                if (w.stateIndex(m.state()) < 0) {
                    ms.add(m);
                }
            }
            ms.addAll(w.memberships(o));
            World.Rules r = w.rules(o);
            var mandate = org.mandate();
            for (String t : r.mandateAdds()) {
                mandate = mandate.adding(t);
            }
            var rule = r.decisionRule() != null ? r.decisionRule() : org.decisionRule();
            AgendaRules agenda = org.agenda();
            if (r.openTabling()) {
                List<String> ex = new ArrayList<>(agenda.excludes());
                ex.remove(AgendaRules.DOMESTIC_WITHOUT_REQUEST);
                agenda = new AgendaRules(AgendaRules.TabledBy.ANY_MEMBER, ex, agenda.deliberationDays(),
                        agenda.statementsBy(), agenda.quickUpTo(), agenda.quickRule(), agenda.sessions(),
                        agenda.quickSince());
            }
            orgs.put(org.id(), new Organization(org.id(), org.name(), org.body(), rule, org.leadState(), ms, mandate,
                    agenda, org.instruments(), org.fieldPresence(), org.downsizeStep(), org.memo()));
        }
        double reach = reach(w);
        Map<String, State> states = new LinkedHashMap<>(sc.states());
        for (State st : sc.states().values()) {
            State changed = st;
            int s = w.stateIndex(st.id());
            if (s >= 0 && w.powerOf(s) < 0 && st.capitalOverrulesRegions() != w.capitalOverrules(s)) {
                changed = changed.withCapitalOverrulesRegions(w.capitalOverrules(s));
            }
            double hd = st.interests().get(Interest.HUMAN_DIMENSION);
            if (reach < 1 && hd > 0) {
                changed = changed.withInterests(st.interests().with(Interest.HUMAN_DIMENSION, hd * reach));
            }
            if (changed != st) {
                states.put(st.id(), changed);
            }
        }
        return new Scenario(sc.id(), sc.title(), states, orgs, sc.crisisTypes(), sc.localActors(), sc.episodes(),
                sc.mechanisms());
    }

    private static void record(World w, List<HistoryResult.StateRow> states, List<HistoryResult.OrgRow> orgs,
                               List<HistoryResult.MemberRow> members) {
        LocalDate day = w.day();
        int np = w.powers();
        for (int s = 0; s < w.states(); s++) {
            double[] rents = new double[np];
            double[] align = new double[np];
            for (int p = 0; p < np; p++) {
                rents[p] = w.rent(s, p);
                align[p] = w.align(s, p);
            }
            double aid = 0;
            for (int d = 0; d < w.donors(); d++) {
                aid += w.offer(d, s);
            }
            states.add(new HistoryResult.StateRow(day, w.stateId(s), w.threat(s), w.coercive(s), w.institutional(s),
                    w.control(s), w.capitalOverrules(s), w.coerciveShare(s), aid, rents, align));
        }
        for (int o = 0; o < w.orgs(); o++) {
            List<String> in = new ArrayList<>();
            List<String> susp = new ArrayList<>();
            for (int s = 0; s < w.states(); s++) {
                int st = w.status(o, s);
                if (st == World.MEMBER) {
                    in.add(w.stateId(s));
                } else if (st == World.SUSPENDED) {
                    susp.add(w.stateId(s));
                }
                if (st != World.NONE) {
                    members.add(new HistoryResult.MemberRow(day, w.org(o).id(), w.stateId(s),
                            st == World.MEMBER ? "member" : "suspended", w.credibility(o, s)));
                }
            }
            orgs.add(new HistoryResult.OrgRow(day, w.org(o).id(), w.org(o).existsOn(day), in, susp,
                    w.meanCredibility(o), w.reach(o), describe(w.rules(o))));
        }
    }

    private static String describe(World.Rules r) {
        List<String> parts = new ArrayList<>();
        if (!r.mandateAdds().isEmpty()) {
            parts.add("mandate +" + String.join(" +", r.mandateAdds()));
        }
        if (r.decisionRule() != null) {
            parts.add("rule " + r.decisionRule().id());
        }
        if (r.openTabling()) {
            parts.add("tabled by any member");
        }
        return String.join("; ", parts);
    }
}
