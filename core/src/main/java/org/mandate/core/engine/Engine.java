package org.mandate.core.engine;

import java.time.LocalDate;
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
import org.mandate.core.model.AgendaRules;
import org.mandate.core.mechanism.choice.Ballot;
import org.mandate.core.mechanism.choice.Bargaining;
import org.mandate.core.mechanism.consent.HostConsent;
import org.mandate.core.mechanism.consent.LocalVeto;
import org.mandate.core.mechanism.implementation.Implementation;
import org.mandate.core.mechanism.mandate.MandateGate;
import org.mandate.core.mechanism.reluctance.LeadStateReluctance;
import org.mandate.core.mechanism.stance.MemberStances;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Instrument;
import org.mandate.core.model.ResponseLevel;

/**
 * Runs a compiled scenario: every (episode, organization) cell through the stages, in order.
 *
 * <p>An engine owns scratch space and is not thread-safe; give each thread its own. The same compiled scenario and
 * parameters always give the same result.
 */
public final class Engine {
    private static final int LEVELS = 5;
    private static final int NONE = -1;

    private final CompiledScenario c;
    private final Ballot ballot;
    private final StanceInput in = new StanceInput();
    // member stances of every cell: utilities [cell][voter][level] and the host government's [cell][level]
    private final double[][][] cacheU;
    private final boolean[][][] cacheObj;
    // per voter, how its utilities change per unit of burden share (the lead-state reluctance term)
    private final double[][][] cacheSlope;
    private final boolean reluctanceOn;
    private final double[][] cacheW;
    private final double[][] cacheTotalU;
    private final int[][] cacheTotalObj;
    private final double[][] cacheHostU;
    // highest preferred level of any voter, by cell and feasibility mask, valid while its stamp is the cell's
    private final int[][] cacheIdeal;
    private final long[][] cacheIdealStamp;
    private final long[] cacheStamp;
    private long stamp;
    // whether run has filled the stance caches, for runGates
    private boolean ran;
    // the stances the pipeline reads: this engine's own, or another's with the same stances (see runReusing)
    private Engine active = this;
    // the gates switched on: the compiled scenario's, or the ones runGates was given
    private boolean agendaOn;
    private boolean mandateOn;
    private boolean consentOn;
    private boolean localVetoOn;
    private boolean implementationOn;
    private final boolean[] avail = new boolean[LEVELS];
    private final boolean[] underMandate = new boolean[LEVELS];
    private final boolean[] consent = new boolean[LEVELS];

    // the last cell's result
    private int decided;
    private int implemented;
    private int demand;
    private Stage decidedStage;
    private Stage implementedStage;
    private AgendaGate.Verdict agenda;
    private int agendaCeiling;
    private int capMandate;
    private int capConsent;
    private int vetoLocal;
    private LocalVeto.Verdict veto;
    private Implementation.Result deployment;
    private LocalDate decidedOn;
    private final int[] voterOrder;
    // actors whose stance is made indifferent, for the pivotal-actor counterfactuals; all false on the fast path
    private final boolean[] neutralState;
    private final boolean[] neutralLocal;
    private int voterCount;

    /** An engine for the compiled scenario. */
    public Engine(CompiledScenario compiled) {
        this.c = compiled;
        int max = 1;
        for (Cell cell : c.cells) {
            max = Math.max(max, cell.voters.length);
        }
        ballot = new Ballot(max);
        int cells = c.cells.length;
        cacheU = new double[cells][][];
        cacheObj = new boolean[cells][][];
        cacheSlope = new double[cells][][];
        reluctanceOn = c.stances.includes(LeadStateReluctance.ID);
        cacheW = new double[cells][];
        cacheTotalU = new double[cells][LEVELS];
        cacheTotalObj = new int[cells][LEVELS];
        cacheHostU = new double[cells][LEVELS];
        cacheIdeal = new int[cells][1 << LEVELS];
        cacheIdealStamp = new long[cells][1 << LEVELS];
        cacheStamp = new long[cells];
        for (int k = 0; k < cells; k++) {
            int n = c.cells[k].voters.length;
            cacheU[k] = new double[n][LEVELS];
            cacheObj[k] = new boolean[n][LEVELS];
            cacheSlope[k] = new double[n][LEVELS];
            cacheW[k] = new double[n];
            java.util.Arrays.fill(cacheIdealStamp[k], -1);
        }
        voterOrder = new int[max];
        neutralState = new boolean[c.stateIds.length];
        neutralLocal = new boolean[c.localIds.length];
        gates(c.mechanisms);
    }

    private void gates(Mechanisms m) {
        agendaOn = m.on("agenda-gate");
        mandateOn = m.on("mandate-gate");
        consentOn = m.on("host-consent");
        localVetoOn = m.on("local-veto");
        implementationOn = m.on("implementation");
    }

    /** Runs the scenario with its own inputs and returns levels and stages. */
    public static RunResult run(CompiledScenario compiled) {
        RunResult out = new RunResult(compiled.cellCount());
        new Engine(compiled).run(compiled.parameters(), out);
        return out;
    }

    /** Runs every cell with the given inputs into {@code out}; allocates nothing. */
    public void run(Parameters p, RunResult out) {
        ran = true;
        for (int k = 0; k < c.cells.length; k++) {
            evaluate(k, p);
            out.decided[k] = decided;
            out.implemented[k] = implemented;
            out.stage[k] = stage();
        }
    }

    /**
     * Runs every cell with the member stances another engine computed in its last run, on the same parameters:
     * for design points that differ only in rules that do not touch stances (decision rule, mandate, agenda,
     * the capital's power over its regions), the stances are computed once per run and shared.
     *
     * @throws IllegalArgumentException if the two scenarios' stances could differ
     */
    public void runReusing(Engine source, Parameters p, RunResult out) {
        if (!c.stanceSignature().equals(source.c.stanceSignature())) {
            throw new IllegalArgumentException("the engines' scenarios do not share member stances");
        }
        active = source;
        try {
            for (int k = 0; k < c.cells.length; k++) {
                decide(k, p);
                out.decided[k] = decided;
                out.implemented[k] = implemented;
                out.stage[k] = stage();
            }
        } finally {
            active = this;
        }
    }

    /**
     * Runs every cell again on the member stances of this engine's last {@link #run}, with the gates of
     * {@code gates} (agenda gate, mandate gate, host consent, local veto, implementation) switched on or off instead
     * of the compiled scenario's: for attributions and ablations, which try every set of gates on each set of stance
     * terms without computing the stances again.
     *
     * @throws IllegalArgumentException if {@code gates} switches a stance term on or off that the compiled scenario
     *                                  does not, or if this engine has not run yet
     */
    public void runGates(Mechanisms gates, Parameters p, RunResult out) {
        if (!stanceTermsOff(gates).equals(stanceTermsOff(c.mechanisms))) {
            throw new IllegalArgumentException("the stance terms switched off differ: " + stanceTermsOff(gates)
                    + " against the compiled scenario's " + stanceTermsOff(c.mechanisms));
        }
        if (!ran) {
            throw new IllegalArgumentException("the engine has no stances yet: run it first");
        }
        gates(gates);
        try {
            for (int k = 0; k < c.cells.length; k++) {
                decide(k, p);
                out.decided[k] = decided;
                out.implemented[k] = implemented;
                out.stage[k] = stage();
            }
        } finally {
            gates(c.mechanisms);
        }
    }

    private static java.util.Set<String> stanceTermsOff(Mechanisms m) {
        java.util.Set<String> off = new java.util.TreeSet<>(m.disabled());
        off.removeAll(Mechanisms.GATES);
        return off;
    }

    private Stage stage() {
        return implemented < decided ? implementedStage : decidedStage;
    }

    /** Runs and explains every cell with the scenario's own inputs. */
    public static List<Outcome> explain(CompiledScenario compiled) {
        return new Engine(compiled).explain(compiled.parameters());
    }

    /** Runs and explains every cell with the given inputs. */
    public List<Outcome> explain(Parameters p) {
        List<Outcome> out = new ArrayList<>();
        for (int k = 0; k < c.cells.length; k++) {
            out.add(explainCell(k, p));
        }
        return out;
    }

    // ---------------------------------------------------------------- the pipeline

    private void fillInput(Cell cell, Ep ep, Parameters p, int s, boolean isHost, double capSum, int episodeIndex) {
        System.arraycopy(p.interests[s], 0, in.interests, 0, in.interests.length);
        in.severity = p.severity[episodeIndex];
        in.precedent = ep.precedent;
        in.humanitarianNeed = ep.humanitarianNeed;
        in.openEnded = ep.openEnded;
        in.separatist = ep.separatist;
        in.domestic = ep.domestic;
        in.interimGovernment = ep.interim;
        in.contestedGovernment = ep.contested;
        in.fieldPresence = cell.fieldPresence;
        in.monitoring = cell.monitoring;
        in.isHost = isHost;
        in.isLead = cell.leadState == s;
        in.hasLead = cell.leadState >= 0;
        in.rivalOfLead = cell.leadState >= 0 && c.rivals[s][cell.leadState];
        in.zoneCovered = ep.zoneCovered[s];
        in.alignment = isHost ? 1.0 : p.alignment[episodeIndex][s];
        in.burden = capSum > 0 ? p.capability[s] / capSum : 0;
        in.hostRequested = cell.hostRequested;
        double resistance = 0;
        for (int a : cell.locals) {
            resistance = Math.max(resistance, p.resistance[a]);
        }
        in.localResistance = resistance;
    }

    private static boolean sameStance(Parameters p, int a, int b, int episode) {
        return p.alignment[episode][a] == p.alignment[episode][b]
                && java.util.Arrays.equals(p.interests[a], p.interests[b]);
    }

    private void evaluate(int k, Parameters p) {
        if (c.cells[k].hostMember) {
            computeStances(k, p);
        }
        decide(k, p);
    }

    /**
     * Member stances: every voter's utilities, and the host government's, into the cache. Burden shares count every
     * voter, so a stance made indifferent in a counterfactual leaves the others' stances as they were.
     */
    private void computeStances(int k, Parameters p) {
        Cell cell = c.cells[k];
        Ep ep = c.episodes[cell.episode];
        double capSum = 0;
        for (int s : cell.voters) {
            capSum += p.capability[s];
        }
        boolean hostSeen = false;
        double[] totalU = cacheTotalU[k];
        int[] totalObj = cacheTotalObj[k];
        java.util.Arrays.fill(totalU, 0.0);
        java.util.Arrays.fill(totalObj, 0);
        for (int i = 0; i < cell.voters.length; i++) {
            int s = cell.voters[i];
            boolean isHost = s == ep.host;
            double[] u = cacheU[k][i];
            boolean[] o = cacheObj[k][i];
            int twin = cell.twin[i];
            if (twin >= 0 && sameStance(p, s, cell.voters[twin], cell.episode)) {
                // a member in the same position but for its capability: only its burden share differs
                double shift = (p.capability[s] - p.capability[cell.voters[twin]]) / capSum;
                double[] ut = cacheU[k][twin];
                double[] slope = cacheSlope[k][twin];
                for (int level = 0; level < LEVELS; level++) {
                    u[level] = ut[level] + shift * slope[level];
                }
                System.arraycopy(slope, 0, cacheSlope[k][i], 0, LEVELS);
            } else {
                fillInput(cell, ep, p, s, isHost, capSum, cell.episode);
                c.stances.utilities(in, u);
                if (reluctanceOn) {
                    LeadStateReluctance.perBurden(in, cacheSlope[k][i]);
                }
            }
            double w = p.capability[s];
            cacheW[k][i] = w;
            // summed in the same order as Ballot's own totals, so both give the same bits
            for (int level = 0; level < LEVELS; level++) {
                o[level] = MemberStances.objects(u, level);
                totalU[level] += w * u[level];
                if (o[level]) {
                    totalObj[level]++;
                }
            }
            if (isHost) {
                System.arraycopy(u, 0, cacheHostU[k], 0, LEVELS);
                hostSeen = true;
            }
        }
        cacheStamp[k] = ++stamp;
        if (!hostSeen) {
            fillInput(cell, ep, p, ep.host, true, capSum, cell.episode);
            c.stances.utilities(in, cacheHostU[k]);
        }
    }

    /** The rest of the pipeline, from the cached stances. */
    private void decide(int k, Parameters p) {
        Cell cell = c.cells[k];
        Ep ep = c.episodes[cell.episode];
        Org org = c.orgs[cell.org];
        Mechanisms m = c.mechanisms;
        agenda = null;
        veto = LocalVeto.Verdict.CONSENTS;
        vetoLocal = NONE;
        deployment = null;
        decidedOn = null;
        if (!cell.hostMember) {
            decided = 0;
            implemented = 0;
            demand = 0;
            decidedStage = Stage.MEMBERSHIP;
            implementedStage = Stage.MEMBERSHIP;
            return;
        }
        voterCount = 0;
        int lead = NONE;
        for (int i = 0; i < cell.voters.length; i++) {
            if (!neutralState[cell.voters[i]]) {
                if (i == cell.leadVoter) {
                    lead = voterCount;
                }
                voterOrder[voterCount++] = i;
            }
        }
        Engine a = active;
        boolean everyone = voterCount == cell.voters.length;
        ballot.view(a.cacheW[k], a.cacheU[k], a.cacheObj[k], voterOrder, voterCount,
                everyone ? a.cacheTotalU[k] : null, everyone ? a.cacheTotalObj[k] : null);
        ballot.lead(lead);
        boolean hostNeutral = neutralState[ep.host];
        // the gates, as caps on the feasible levels
        int ceiling = mandateOn ? cell.mandateCeiling : LEVELS - 1;
        int maxAvail = 0;
        for (int level = 0; level < LEVELS; level++) {
            Instrument inst = cell.instrument[level];
            avail[level] = level == 0 || inst != null;
            underMandate[level] = avail[level] && level <= ceiling;
            consent[level] = level == 0 || hostNeutral || !consentOn
                    || (inst != null && HostConsent.consents(level, inst.hostConsent(), cell.hostRequested,
                    a.cacheHostU[k]));
            if (avail[level]) {
                maxAvail = level;
            }
        }
        // demand: what was asked for or wanted before the gates
        demand = Math.min(cell.requested, maxAvail);
        setFeasible(avail, null);
        demand = Math.max(demand, highestIdeal(k, a, everyone, avail));
        // agenda gate
        setFeasible(underMandate, null);
        boolean memberWants = highestIdeal(k, a, everyone, underMandate) > 0;
        boolean leadWants = lead >= 0 && ballot.ideal(lead) > 0;
        if (cell.domesticNeedsRequest) {
            // non-interference: only the recognised government's own request puts its domestic crisis on the agenda
            memberWants = false;
            leadWants = false;
        }
        agenda = agendaOn
                ? AgendaGate.decide(org.agenda, cell.requested > 0, memberWants, leadWants,
                        cell.disputeBetweenMembers, cell.inTime)
                : AgendaGate.Verdict.TABLED;
        agendaCeiling = LEVELS - 1;
        int quickUpTo = org.agenda.quickUpToOn(cell.tabledOn);
        if (agenda != AgendaGate.Verdict.TABLED) {
            boolean memberWantsStatement = false;
            boolean leadWantsStatement = false;
            boolean hostWantsStatement = false;
            if (agenda == AgendaGate.Verdict.NOT_TABLED && org.agenda.statementsBy() != null
                    && underMandate[1] && consent[1]) {
                ballot.feasible(2, false);
                ballot.feasible(3, false);
                ballot.feasible(4, false);
                memberWantsStatement = ballot.highestIdeal() > 0;
                leadWantsStatement = lead >= 0 && ballot.ideal(lead) > 0;
                // the host tables a statement when it presents the crisis as an outside threat and wants one
                hostWantsStatement = cell.hostFramesForeign && cell.hostVotes && !neutralState[ep.host]
                        && a.cacheHostU[k][1] > a.cacheHostU[k][0];
            }
            agendaCeiling = AgendaGate.ceiling(org.agenda, agenda, memberWantsStatement, leadWantsStatement,
                    hostWantsStatement, cell.inTime, quickUpTo);
            if (agendaCeiling == 0) {
                decided = 0;
                implemented = 0;
                decidedStage = Stage.AGENDA_GATE;
                implementedStage = Stage.AGENDA_GATE;
                return;
            }
            for (int level = agendaCeiling + 1; level < LEVELS; level++) {
                underMandate[level] = false;
            }
        }
        // collective choice among the levels the agenda, the mandate and the host admit
        setFeasible(underMandate, consent);
        decided = org.rule.decide(ballot);
        if (org.agenda.quickRule() != null && quickUpTo > 0) {
            // what the chair and field offices can do at once is decided by their own rule; the body may do more
            for (int level = quickUpTo + 1; level < LEVELS; level++) {
                ballot.feasible(level, false);
            }
            decided = Math.max(decided, org.agenda.quickRule().decide(ballot));
            setFeasible(underMandate, consent);
        }
        capMandate = highest(underMandate, null);
        capConsent = highest(underMandate, consent);
        demand = Math.max(demand, decided);
        int capAgenda = highest(avail, null, agendaCeiling);
        if (decided < demand && capAgenda < demand && capAgenda == decided) {
            decidedStage = Stage.AGENDA_GATE;
        } else if (decided < demand && capMandate < demand && capMandate == decided) {
            decidedStage = Stage.MANDATE_GATE;
        } else if (decided < demand && capConsent < capMandate && capConsent == decided) {
            decidedStage = Stage.HOST_CONSENT;
        } else {
            decidedStage = Stage.COLLECTIVE_CHOICE;
        }
        implement(cell, ep, org, p, quickUpTo);
    }

    /** The highest preferred level of any voter among the levels in {@code mask}, memoised per run of stances. */
    private int highestIdeal(int k, Engine a, boolean everyone, boolean[] mask) {
        if (!everyone) {
            return ballot.highestIdeal();
        }
        int bits = 0;
        for (int level = 0; level < LEVELS; level++) {
            if (mask[level]) {
                bits |= 1 << level;
            }
        }
        if (a.cacheIdealStamp[k][bits] != a.cacheStamp[k]) {
            a.cacheIdeal[k][bits] = ballot.highestIdeal();
            a.cacheIdealStamp[k][bits] = a.cacheStamp[k];
        }
        return a.cacheIdeal[k][bits];
    }

    private void implement(Cell cell, Ep ep, Org org, Parameters p, int quickUpTo) {
        boolean quick = decided <= quickUpTo;
        decidedOn = quick ? cell.tabledOn : cell.decidedOn;
        implementedStage = decidedStage;
        Instrument inst = cell.instrument[decided];
        double resistance = 0;
        if (decided > 0 && inst != null && inst.localConsent() && localVetoOn) {
            for (int i = 0; i < cell.locals.length; i++) {
                int a = cell.locals[i];
                if (neutralLocal[a]) {
                    continue;
                }
                LocalVeto.Verdict v = LocalVeto.verdict(p.resistance[a], cell.localOverrulable[i]);
                if (v.ordinal() > veto.ordinal() || (v == veto && v != LocalVeto.Verdict.CONSENTS
                        && p.resistance[a] > resistance)) {
                    veto = v;
                    vetoLocal = a;
                    resistance = p.resistance[a];
                }
            }
        }
        int fallback = 0;
        for (int level = decided - 1; level > 0; level--) {
            Instrument lower = cell.instrument[level];
            if (lower != null && ballot.isFeasible(level) && !lower.localConsent()) {
                fallback = level;
                break;
            }
        }
        if (implementationOn) {
            deployment = Implementation.implement(decided, veto, resistance, decidedOn,
                    quick ? cell.monthsAvailableQuick : cell.monthsAvailable,
                    cell.size, org.source.downsizeStep(), fallback);
        } else {
            boolean blocked = veto == LocalVeto.Verdict.VETOES;
            deployment = new Implementation.Result(blocked ? fallback : decided, !blocked,
                    blocked ? null : decidedOn, 0, cell.size, 0);
        }
        implemented = deployment.implemented();
        if (implemented < decided) {
            implementedStage = veto == LocalVeto.Verdict.VETOES ? Stage.LOCAL_VETO : Stage.IMPLEMENTATION;
        }
    }

    private void setFeasible(boolean[] a, boolean[] b) {
        for (int level = 1; level < LEVELS; level++) {
            ballot.feasible(level, a[level] && (b == null || b[level]));
        }
    }

    private static int highest(boolean[] a, boolean[] b, int ceiling) {
        for (int level = ceiling; level > 0; level--) {
            if (a[level] && (b == null || b[level])) {
                return level;
            }
        }
        return 0;
    }

    private static int highest(boolean[] a, boolean[] b) {
        for (int level = LEVELS - 1; level > 0; level--) {
            if (a[level] && (b == null || b[level])) {
                return level;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- explanations

    /**
     * Runs and explains every cell as {@link #explain(Parameters)} does, but without the pivotal actors and pairs
     * (their counterfactuals are most of an explanation's cost): levels, stages, reasons and stances.
     */
    public List<Outcome> explainWithoutPivotal(Parameters p) {
        List<Outcome> out = new ArrayList<>();
        for (int k = 0; k < c.cells.length; k++) {
            out.add(explainCell(k, p, false));
        }
        return out;
    }

    private Outcome explainCell(int k, Parameters p) {
        return explainCell(k, p, true);
    }

    private Outcome explainCell(int k, Parameters p, boolean withPivotal) {
        Cell cell = c.cells[k];
        Ep ep = c.episodes[cell.episode];
        Org org = c.orgs[cell.org];
        // pivotal actors: whose stance alone, made indifferent, changes the outcome
        evaluate(k, p);
        int d0 = decided;
        int i0 = implemented;
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
        evaluate(k, p);
        List<MemberStance> stances = stances(cell, ep, p);
        List<Reason> reasons = reasons(cell, ep, org, stances, p);
        Outcome.Deployment dep = deployment == null ? null
                : new Outcome.Deployment(decidedOn, deployment.deployed(), deployment.deployedOn(),
                        deployment.stalledMonths(), cell.size, deployment.finalSize());
        return new Outcome(ep.id, org.id, cell.hostMember, decided, implemented, stage(), decidedStage,
                implementedStage, demand, pivotal, pairs, reasons, stances, dep);
    }

    /** Whether making the given actors indifferent (a state index, or -1 - a local actor index) changes the cell. */
    private boolean changes(int k, Parameters p, int a, int b, int d0, int i0) {
        mark(a, true);
        mark(b, true);
        decide(k, p);
        mark(a, false);
        mark(b, false);
        return decided != d0 || implemented != i0;
    }

    private void mark(int actor, boolean on) {
        if (actor == Integer.MIN_VALUE) {
            return;
        }
        if (actor >= 0) {
            neutralState[actor] = on;
        } else {
            neutralLocal[-1 - actor] = on;
        }
    }

    private String actorId(int actor) {
        return actor >= 0 ? c.stateIds[actor] : c.localIds[-1 - actor];
    }

    /**
     * The states worth trying in pairs: those that object to a level between the outcome and the demand, and the
     * four most capable that want at least the outcome.
     */
    private List<Integer> pairCandidates(Cell cell, List<Integer> states, Parameters p) {
        List<Integer> objectors = new ArrayList<>();
        List<Integer> supporters = new ArrayList<>();
        for (int v = 0; v < voterCount; v++) {
            int s = cell.voters[voterOrder[v]];
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
            fillInput(cell, ep, p, s, s == ep.host, voting ? capSum : 0, cell.episode);
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
                    out.add(termReason(cell, ep, org, p, st, level, terms, false, (beyondGate ? "would object" : "objects")
                            + " to level " + level(level)));
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
                    + level(capConsent) + ", and " + org.id + " needs its consent", memo(org, HostConsent.ID)));
        }
        // local veto and implementation
        if (vetoLocal != NONE) {
            var la = c.scenario.localActors().get(vetoLocal);
            String what = veto == LocalVeto.Verdict.VETOES ? "the capital cannot overrule it, so it vetoes"
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
                moved.add(String.format(Locale.ROOT, "%s %.1f to %.1f", c.stateIds[cell.voters[voterOrder[v]]],
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
                    held.add(String.format(Locale.ROOT, "%s at %.1f", c.stateIds[cell.voters[voterOrder[v]]],
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
        fillInput(cell, ep, p, s, s == ep.host, capSum, cell.episode);
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
        if (agendaCeiling > 0) {
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
