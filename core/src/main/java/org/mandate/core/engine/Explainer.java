package org.mandate.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandate.core.engine.CompiledScenario.Cell;
import org.mandate.core.engine.CompiledScenario.Ep;
import org.mandate.core.engine.CompiledScenario.Org;
import org.mandate.core.mechanism.agenda.AgendaGate;
import org.mandate.core.mechanism.choice.Ballot;
import org.mandate.core.mechanism.choice.Bargaining;
import org.mandate.core.mechanism.consent.HostConsent;
import org.mandate.core.mechanism.consent.LocalVeto;
import org.mandate.core.mechanism.implementation.Implementation;
import org.mandate.core.mechanism.mandate.MandateGate;
import org.mandate.core.mechanism.stance.MemberStances;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.ResponseLevel;

/**
 * The explaining half of the engine: builds each cell's {@link Outcome}, with the pivotal actors and pairs, the
 * {@link Reason}s and their memo sections, and every member's {@link MemberStance} with its utilities and
 * contributions.
 *
 * <p>It decides nothing itself. For each cell it has its {@link Engine} run the pipeline, then run it again with one
 * actor or a pair made indifferent (the pivotal-actor counterfactuals), then once more as it stands, and it reads the
 * engine's last result through the engine's package-private accessors. The engine's fast path ({@link Engine#run})
 * carries none of this code. An explainer shares its engine's scratch space, so, like the engine, it is not
 * thread-safe.
 */
final class Explainer {
    private static final int LEVELS = Engine.LEVELS;
    private static final int NONE = Engine.NONE;

    private final Engine engine;
    private final CompiledScenario c;
    private final Ballot ballot;

    /** An explainer that drives {@code engine} and reads its results. */
    Explainer(Engine engine) {
        this.engine = engine;
        this.c = engine.compiled();
        this.ballot = engine.ballot();
    }

    /** Runs and explains every cell with the given inputs, with or without the pivotal actors and pairs. */
    List<Outcome> explain(Parameters p, boolean withPivotal) {
        List<Outcome> out = new ArrayList<>();
        for (int k = 0; k < c.cells.length; k++) {
            out.add(explainCell(k, p, withPivotal));
        }
        return out;
    }

    private Outcome explainCell(int k, Parameters p, boolean withPivotal) {
        Cell cell = c.cells[k];
        Ep ep = c.episodes[cell.episode];
        Org org = c.orgs[cell.org];
        // pivotal actors: whose stance alone, made indifferent, changes the outcome
        engine.evaluate(k, p);
        int d0 = engine.decided();
        int i0 = engine.implemented();
        List<String> pivotal = new ArrayList<>();
        List<List<String>> pairs = new ArrayList<>();
        if (cell.hostMember && withPivotal) {
            List<Integer> actors = new ArrayList<>();
            for (int s : cell.voters) {
                actors.add(s);
            }
            if (!actors.contains(ep.host)) {
                actors.add(ep.host);
            }
            int states = actors.size();
            for (int a : cell.locals) {
                actors.add(-1 - a);
            }
            List<Integer> changing = new ArrayList<>();
            for (int a : actors) {
                if (changes(k, p, a, Integer.MIN_VALUE, d0, i0)) {
                    pivotal.add(actorId(a));
                    changing.add(a);
                }
            }
            if (pivotal.isEmpty()) {
                List<Integer> candidates = pairCandidates(cell, actors.subList(0, states), p);
                for (int a : cell.locals) {
                    candidates.add(-1 - a);
                }
                for (int i = 0; i < candidates.size(); i++) {
                    for (int j = i + 1; j < candidates.size(); j++) {
                        if (changes(k, p, candidates.get(i), candidates.get(j), d0, i0)) {
                            pairs.add(List.of(actorId(candidates.get(i)), actorId(candidates.get(j))));
                        }
                    }
                }
            }
        }
        engine.evaluate(k, p);
        List<MemberStance> stances = stances(cell, ep, p);
        List<Reason> reasons = reasons(cell, ep, org, stances, p);
        Implementation.Result deployment = engine.deployment();
        Outcome.Deployment dep = deployment == null ? null
                : new Outcome.Deployment(engine.decidedOn(), deployment.deployed(), deployment.deployedOn(),
                        deployment.stalledMonths(), cell.size, deployment.finalSize());
        return new Outcome(ep.id, org.id, cell.hostMember, engine.decided(), engine.implemented(), engine.stage(),
                engine.decidedStage(), engine.implementedStage(), engine.demand(), pivotal, pairs, reasons, stances,
                dep);
    }

    /** Whether making the given actors indifferent (a state index, or -1 - a local actor index) changes the cell. */
    private boolean changes(int k, Parameters p, int a, int b, int d0, int i0) {
        engine.neutral(a, true);
        engine.neutral(b, true);
        engine.decide(k, p);
        engine.neutral(a, false);
        engine.neutral(b, false);
        return engine.decided() != d0 || engine.implemented() != i0;
    }

    private String actorId(int actor) {
        return actor >= 0 ? c.stateIds[actor] : c.localIds[-1 - actor];
    }

    /**
     * The states worth trying in pairs: those that object to a level between the outcome and the demand, and the
     * four most capable that want at least the outcome.
     */
    private List<Integer> pairCandidates(Cell cell, List<Integer> states, Parameters p) {
        // the ballot and voters of the last counterfactual, as the engine left them
        int decided = engine.decided();
        int demand = engine.demand();
        List<Integer> objectors = new ArrayList<>();
        List<Integer> supporters = new ArrayList<>();
        for (int v = 0; v < engine.voterCount(); v++) {
            int s = cell.voters[engine.voter(v)];
            boolean objects = false;
            for (int level = decided + 1; level <= demand; level++) {
                objects |= ballot.objects(v, level) && cell.instrument[level] != null;
            }
            if (objects) {
                objectors.add(s);
            } else if (decided > 0 && ballot.ideal(v) >= decided) {
                supporters.add(s);
            }
        }
        supporters.sort(Comparator.comparingDouble((Integer s) -> -p.capability[s]).thenComparing(s -> s));
        List<Integer> out = new ArrayList<>(objectors.subList(0, Math.min(6, objectors.size())));
        out.addAll(supporters.subList(0, Math.min(4, supporters.size())));
        if (!out.contains(c.episodes[cell.episode].host) && states.contains(c.episodes[cell.episode].host)) {
            out.add(c.episodes[cell.episode].host);
        }
        return out;
    }

    private List<MemberStance> stances(Cell cell, Ep ep, Parameters p) {
        List<MemberStance> out = new ArrayList<>();
        if (!cell.hostMember) {
            return out;
        }
        double capSum = 0;
        for (int s : cell.voters) {
            capSum += p.capability[s];
        }
        List<Integer> all = new ArrayList<>();
        for (int s : cell.voters) {
            all.add(s);
        }
        if (!all.contains(ep.host)) {
            all.add(ep.host);
        }
        List<StanceTerm> terms = c.stances.terms();
        for (int s : all) {
            boolean voting = s != ep.host || cell.hostVotes;
            StanceInput in = engine.input(cell, ep, p, s, s == ep.host, voting ? capSum : 0);
            double[] u = new double[LEVELS];
            c.stances.utilities(in, u);
            double[][] contrib = c.stances.contributions(in);
            Map<String, double[]> byTerm = new LinkedHashMap<>();
            for (int t = 0; t < terms.size(); t++) {
                byTerm.put(terms.get(t).mechanism(), contrib[t]);
            }
            int ideal = 0;
            List<Integer> objects = new ArrayList<>();
            for (int level = 1; level < LEVELS; level++) {
                if (ballot.isFeasible(level) && u[level] > u[ideal]) {
                    ideal = level;
                }
                if (cell.instrument[level] != null && MemberStances.objects(u, level)) {
                    objects.add(level);
                }
            }
            out.add(new MemberStance(c.stateIds[s], voting, p.capability[s], u, ideal, objects, byTerm));
        }
        return out;
    }

    private String memo(Org org, String mechanism) {
        String own = org.source.memo().get(mechanism);
        if (own != null) {
            return own;
        }
        return c.memo.getOrDefault(mechanism, "");
    }

    private static String level(int level) {
        return level + " (" + ResponseLevel.of(level).label() + ")";
    }

    private List<Reason> reasons(Cell cell, Ep ep, Org org, List<MemberStance> stances, Parameters p) {
        int decided = engine.decided();
        int implemented = engine.implemented();
        int demand = engine.demand();
        Stage decidedStage = engine.decidedStage();
        AgendaGate.Verdict agenda = engine.agenda();
        int agendaCeiling = engine.agendaCeiling();
        int vetoLocal = engine.vetoLocal();
        Implementation.Result deployment = engine.deployment();
        List<Reason> out = new ArrayList<>();
        String host = c.stateIds[ep.host];
        if (!cell.hostMember) {
            out.add(new Reason("membership", host, host + " is not a member of " + org.id + " on " + ep.date,
                    memo(org, "membership")));
            return out;
        }
        // agenda
        String agendaMemo = memo(org, AgendaGate.ID);
        switch (agenda) {
            case TABLED -> {
                if (cell.firstRequest != null) {
                    out.add(new Reason(AgendaGate.ID, cell.firstRequest.from(), "tabled: "
                            + cell.firstRequest.from() + " asked " + org.id + " for level "
                            + level(cell.firstRequest.level().value()) + " on " + cell.firstRequest.date(),
                            agendaMemo));
                } else if (c.mechanisms.on(AgendaGate.ID)) {
                    out.add(new Reason(AgendaGate.ID, null, "tabled by members that want " + org.id + " to act",
                            agendaMemo));
                }
            }
            case NOT_TABLED -> out.add(new Reason(AgendaGate.ID,
                    agendaCeiling > 0 && org.agenda.statementsBy() == AgendaRules.TabledBy.HOST ? host : null,
                    cell.domesticNeedsRequest
                    ? "not tabled: " + c.stateIds[ep.host] + "'s government did not ask " + org.id + " to act, and a "
                    + "member's domestic crisis is tabled only at its government's request (non-interference)"
                    : (agendaCeiling > 0 ? "tabled for a statement only: " + statementTabler(org, host) + ", but"
                    : "not tabled:") + " no request was addressed to " + org.id + ", and under its rules only "
                    + tablers(org) + " can table a crisis" + statementTiming(cell, ep, org), agendaMemo));
            case EXCLUDED -> out.add(new Reason(AgendaGate.ID, null, "not tabled: "
                    + (ep.interMember ? "the crisis is a dispute between members"
                    : "member " + involvedMembers(cell, ep) + " is a party to the crisis")
                    + ", and disputes between members can never be tabled in " + org.id, agendaMemo));
            case TOO_SLOW -> out.add(new Reason(AgendaGate.ID, null, "too slow: " + org.id + " "
                    + (org.agenda.nextSession(cell.tabledOn) == null
                    ? "needs " + org.agenda.deliberationDays() + " days to deliberate"
                    : "decides only at its regular sessions") + ", so no decision before "
                    + cell.decidedOn + ", after the crisis is judged on "
                    + ep.assessOn + (agendaCeiling > 0 ? "; only what it can do at once, up to level "
                    + level(agendaCeiling) + ", comes in time" : ""), agendaMemo));
            default -> {
            }
        }
        // mandate
        if (c.mechanisms.on(MandateGate.ID) && !cell.inMandate && demand > cell.mandateCeiling) {
            String framer = org.source.leadState();
            out.add(new Reason(MandateGate.ID, framer, "'" + ep.source.type().id() + "' framed as "
                    + (cell.framedForeign ? "foreign" : "domestic") + " is outside " + org.id + "'s mandate"
                    + " (it covers " + String.join(", ", org.source.mandate().types())
                    + (org.source.mandate().foreignFramed() ? ", and any crisis framed as foreign" : "")
                    + "); a domestic matter allows no more than level " + level(cell.mandateCeiling),
                    memo(org, MandateGate.ID)));
        }
        // stances: objections to the levels above the outcome, then the support for it
        boolean gated = agendaCeiling == 0 || agenda == null;
        List<StanceTerm> terms = c.stances.terms();
        for (int level = decided + 1; level <= demand; level++) {
            if (cell.instrument[level] == null) {
                continue;
            }
            boolean beyondGate = gated || level > cell.mandateCeiling && c.mechanisms.on(MandateGate.ID);
            for (MemberStance st : byWeight(stances)) {
                if (st.voting() && st.objects().contains(level)) {
                    out.add(termReason(cell, ep, org, p, st, level, terms, false,
                            (beyondGate ? "would object" : "objects") + " to level " + level(level)));
                }
            }
        }
        if (decided > 0) {
            int shown = 0;
            for (MemberStance st : byWeight(stances)) {
                if (st.voting() && st.ideal() >= decided && shown < 3) {
                    out.add(termReason(cell, ep, org, p, st, decided, terms, true, "wants level " + level(decided)));
                    shown++;
                }
            }
        } else if (!gated) {
            for (MemberStance st : byWeight(stances)) {
                if (st.voting() && st.ideal() == 0 && !st.objects().isEmpty() && st.objects().get(0) == 1) {
                    out.add(termReason(cell, ep, org, p, st, 1, terms, false, "wants no response at all"));
                }
            }
        }
        // collective choice
        if (!gated) {
            String text = org.rule.describe() + "; " + org.source.body() + " decided level " + level(decided);
            if (decidedStage == Stage.COLLECTIVE_CHOICE && decided < demand) {
                text += ", not the " + level(demand) + " asked for or wanted";
            }
            out.add(new Reason("collective-choice", null, text, memo(org, "collective-choice")));
            if (org.rule instanceof Bargaining b) {
                out.add(bargainingReason(cell, org, b.bargain(ballot)));
            }
        }
        if (decidedStage == Stage.HOST_CONSENT) {
            out.add(new Reason(HostConsent.ID, host, host + " neither asked for nor wants more than level "
                    + level(engine.capConsent()) + ", and " + org.id + " needs its consent",
                    memo(org, HostConsent.ID)));
        }
        // local veto and implementation
        if (vetoLocal != NONE) {
            var la = c.scenario.localActors().get(vetoLocal);
            String what = engine.veto() == LocalVeto.Verdict.VETOES ? "the capital cannot overrule it, so it vetoes"
                    : "the capital overrules it";
            out.add(new Reason(LocalVeto.ID, la.id(), la.name() + " controls " + String.join(", ", la.controls())
                    + " and resists an outside presence there; " + what + " the "
                    + cell.instrument[decided].name(), memo(org, LocalVeto.ID)));
        }
        if (c.implementationOn && deployment != null && decided > 0 && (vetoLocal != NONE || implemented < decided)) {
            StringBuilder text = new StringBuilder();
            if (deployment.deployed()) {
                text.append("deployed on ").append(deployment.deployedOn());
                if (deployment.stalledMonths() > 0) {
                    text.append(" after ").append(deployment.stalledMonths()).append(" months' delay");
                }
            } else {
                text.append(host).append(" stalled for ").append(deployment.stalledMonths()).append(" months");
                if (deployment.finalSize() < cell.size) {
                    text.append("; the mission was cut from ").append(cell.size).append(" to ")
                            .append(deployment.finalSize());
                }
                text.append("; not deployed by ").append(ep.assessOn).append(", so level ")
                        .append(level(implemented)).append(" is what is in place");
            }
            out.add(new Reason(Implementation.ID, host, text.toString(), memo(org, Implementation.ID)));
        }
        return out;
    }

    private Reason bargainingReason(Cell cell, Org org, Bargaining.Result r) {
        StringBuilder text = new StringBuilder("members bargained");
        if (r.turns() == 0) {
            text.append(": none needed, every member already preferred the same level");
        } else {
            text.append(" for ").append(r.turns()).append(" rounds");
            List<String> moved = new ArrayList<>();
            for (int v : r.movers()) {
                moved.add(String.format(Locale.ROOT, "%s %.1f to %.1f", c.stateIds[cell.voters[engine.voter(v)]],
                        r.before()[v], r.after()[v]));
            }
            double mean = 0;
            double weight = 0;
            for (int v = 0; v < r.after().length; v++) {
                mean += ballot.weight(v) * r.after()[v];
                weight += ballot.weight(v);
            }
            mean /= weight;
            List<String> held = new ArrayList<>();
            for (int v = 0; v < r.after().length; v++) {
                if (Math.abs(r.after()[v] - r.before()[v]) < 0.05 && Math.abs(r.before()[v] - mean) >= 0.5) {
                    held.add(String.format(Locale.ROOT, "%s at %.1f", c.stateIds[cell.voters[engine.voter(v)]],
                            r.before()[v]));
                }
            }
            text.append(moved.isEmpty() ? "; no member moved a quarter level or more"
                    : "; moved: " + String.join(", ", moved));
            if (!held.isEmpty()) {
                text.append("; held out: ").append(String.join(", ", held));
            }
        }
        return new Reason("bargaining", null, text.toString(), memo(org, "collective-choice"));
    }

    private Reason termReason(Cell cell, Ep ep, Org org, Parameters p, MemberStance st, int level,
                              List<StanceTerm> terms, boolean positive, String what) {
        int best = -1;
        double bestV = 0;
        for (int t = 0; t < terms.size(); t++) {
            double v = st.contributions().get(terms.get(t).mechanism())[level];
            if (positive ? v > bestV : v < bestV) {
                best = t;
                bestV = v;
            }
        }
        if (best < 0) {
            return new Reason("member-stances", st.actor(), st.actor() + " " + what, memo(org, "member-stances"));
        }
        StanceTerm term = terms.get(best);
        int s = c.stateIndex(st.actor());
        double capSum = 0;
        for (int v : cell.voters) {
            capSum += p.capability[v];
        }
        StanceInput in = engine.input(cell, ep, p, s, s == ep.host, capSum);
        return new Reason(term.mechanism(), st.actor(), String.format(Locale.ROOT, "%s %s: %s (%+.2f)",
                st.actor(), what, term.explain(in, level, bestV), bestV), memo(org, term.mechanism()));
    }

    private static List<MemberStance> byWeight(List<MemberStance> stances) {
        List<MemberStance> sorted = new ArrayList<>(stances);
        sorted.sort(Comparator.comparingDouble(MemberStance::weight).reversed().thenComparing(MemberStance::actor));
        return sorted;
    }

    private String involvedMembers(Cell cell, Ep ep) {
        List<String> ids = new ArrayList<>();
        for (int s : ep.involves) {
            if (c.orgs[cell.org].source.isMemberOn(c.stateIds[s], ep.date)) {
                ids.add(c.stateIds[s]);
            }
        }
        return String.join(", ", ids);
    }

    private static String statementTabler(Org org, String host) {
        return switch (org.agenda.statementsBy()) {
            case HOST -> host + " presents the crisis as a threat from outside and wants its partners to speak";
            case LEAD_STATE -> "the lead state may table a statement and wants one";
            default -> "members may table statements";
        };
    }

    /**
     * Why a crisis not tabled as such did or did not get a statement: where the host may table one, whether it
     * wanted one and whether the body could decide it in time (at a session, or at once).
     */
    private String statementTiming(Cell cell, Ep ep, Org org) {
        AgendaRules rules = org.agenda;
        if (rules.statementsBy() != AgendaRules.TabledBy.HOST || cell.domesticNeedsRequest) {
            return "";
        }
        String host = c.stateIds[ep.host];
        int quick = rules.quickUpToOn(cell.tabledOn);
        String when = quick >= 1 ? "it can be issued at once" + (rules.quickSince() != null
                ? " (possible since " + rules.quickSince() + ")" : "")
                : "the body takes it up at its session of " + cell.decidedOn;
        if (engine.agendaCeiling() > 0) {
            return "; " + when;
        }
        if (!cell.hostFramesForeign) {
            return "; " + host + " presents the crisis as domestic, so it asks for no statement either";
        }
        if (quick < 1 && !cell.inTime) {
            return "; a statement " + host + " might ask for could come only at the body's next session ("
                    + (rules.nextSession(cell.tabledOn) == null
                    ? "none listed, so not before " + cell.decidedOn : cell.decidedOn.toString())
                    + "), after the crisis is judged on " + ep.assessOn
                    + (rules.quickSince() != null ? ", and nothing could be issued at once before "
                    + rules.quickSince() : "");
        }
        return "; " + host + " presents the crisis as a threat from outside but does not want a statement";
    }

    private static String tablers(Org org) {
        return switch (org.agenda.tabledBy()) {
            case REQUEST -> "a formal request";
            case ANY_MEMBER -> "a request or a member";
            case LEAD_STATE -> "a request or the lead state";
            case HOST -> "a request";
        };
    }
}
