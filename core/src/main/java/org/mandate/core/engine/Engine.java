package org.mandate.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.mandate.core.engine.CompiledScenario.Cell;
import org.mandate.core.engine.CompiledScenario.Ep;
import org.mandate.core.engine.CompiledScenario.Org;
import org.mandate.core.mechanism.agenda.AgendaGate;
import org.mandate.core.mechanism.choice.Ballot;
import org.mandate.core.mechanism.consent.HostConsent;
import org.mandate.core.mechanism.consent.LocalVeto;
import org.mandate.core.mechanism.implementation.Implementation;
import org.mandate.core.mechanism.reluctance.LeadStateReluctance;
import org.mandate.core.mechanism.stance.MemberStances;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Instrument;

/**
 * Runs a compiled scenario: every (episode, organization) cell through the stages, in order.
 *
 * <p>An engine owns scratch space and is not thread-safe; give each thread its own. The same compiled scenario and
 * parameters always give the same result.
 *
 * <p>The engine only decides. Explanations (outcomes with pivotal actors, reasons and member stances) are built by
 * {@link Explainer}, which drives the engine cell by cell and reads its last result through the package-private
 * accessors at the end of this class; {@link #explain(Parameters)} and {@link #explainWithoutPivotal} hand over to it.
 */
public final class Engine {
    static final int LEVELS = 5;
    static final int NONE = -1;

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
    // the last engine runReusing found to share this one's stances, so the check is made once per source
    private Engine verifiedSource;
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
    // the implementation stage's inputs for the last cell: its result is built only when the explainer asks for it
    private boolean deploymentPending;
    private boolean deploymentPlayedOut;
    private Cell lastCell;
    private double deploymentResistance;
    private int deploymentMonths;
    private int deploymentFallback;
    private double deploymentStep;
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
        runReusing(source, p, out, null);
    }

    /**
     * As {@link #runReusing(Engine, Parameters, RunResult)}, deciding only the cells marked in {@code cells} (all when
     * null) and leaving the others' entries of {@code out} as they were: for ensembles whose design points decide some
     * cells the same way (see {@link CompiledScenario#decisionSignature}).
     *
     * @throws IllegalArgumentException if the two scenarios' stances could differ
     */
    public void runReusing(Engine source, Parameters p, RunResult out, boolean[] cells) {
        if (source != verifiedSource) {
            if (!c.stanceSignature().equals(source.c.stanceSignature())) {
                throw new IllegalArgumentException("the engines' scenarios do not share member stances");
            }
            verifiedSource = source;
        }
        active = source;
        try {
            for (int k = 0; k < c.cells.length; k++) {
                if (cells != null && !cells[k]) {
                    continue;
                }
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

    /** The last cell's stage: where the implemented level was set if below the decided one, else the decided's. */
    Stage stage() {
        return implemented < decided ? implementedStage : decidedStage;
    }

    /** Runs and explains every cell with the scenario's own inputs. */
    public static List<Outcome> explain(CompiledScenario compiled) {
        return new Engine(compiled).explain(compiled.parameters());
    }

    /** Runs and explains every cell with the given inputs. */
    public List<Outcome> explain(Parameters p) {
        return new Explainer(this).explain(p, true);
    }

    /**
     * Runs and explains every cell as {@link #explain(Parameters)} does, but without the pivotal actors and pairs
     * (their counterfactuals are most of an explanation's cost): levels, stages, reasons and stances.
     */
    public List<Outcome> explainWithoutPivotal(Parameters p) {
        return new Explainer(this).explain(p, false);
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

    /** Runs cell {@code k} through the whole pipeline: its member stances into the caches, then {@link #decide}. */
    void evaluate(int k, Parameters p) {
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

    /**
     * The rest of the pipeline, from the cached stances; the actors marked {@link #neutral} count as indifferent.
     */
    void decide(int k, Parameters p) {
        Cell cell = c.cells[k];
        Ep ep = c.episodes[cell.episode];
        Org org = c.orgs[cell.org];
        Mechanisms m = c.mechanisms;
        agenda = null;
        veto = LocalVeto.Verdict.CONSENTS;
        vetoLocal = NONE;
        deployment = null;
        deploymentPending = false;
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
        int quickUpTo = cell.quickUpTo;
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
        lastCell = cell;
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
        // only the level here, which allocates nothing; deployment() plays the stage out in full when asked
        deploymentPending = true;
        deploymentResistance = resistance;
        deploymentMonths = quick ? cell.monthsAvailableQuick : cell.monthsAvailable;
        deploymentFallback = fallback;
        deploymentStep = org.source.downsizeStep();
        deploymentPlayedOut = implementationOn;
        if (implementationOn) {
            implemented = Implementation.implementedLevel(decided, veto, resistance, deploymentMonths, fallback);
        } else {
            implemented = veto == LocalVeto.Verdict.VETOES ? fallback : decided;
        }
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

    // ---------------------------------------------------------------- what the explainer reads

    // Explainer runs cells through evaluate and decide, marks actors neutral for its counterfactuals, and reads the
    // last cell's result here; nothing below is called on the fast path.

    /** The compiled scenario this engine runs. */
    CompiledScenario compiled() {
        return c;
    }

    /** The ballot of the last cell decided: its voters' weights, ideals, objections and feasible levels. */
    Ballot ballot() {
        return ballot;
    }

    /**
     * The stance input of state {@code s} in the cell, as the pipeline fills it: the engine's own scratch object,
     * valid until the next call or run.
     */
    StanceInput input(Cell cell, Ep ep, Parameters p, int s, boolean isHost, double capSum) {
        fillInput(cell, ep, p, s, isHost, capSum, cell.episode);
        return in;
    }

    /**
     * Makes an actor's stance indifferent in the next {@link #decide}, or restores it: a state index, or -1 - a local
     * actor index; {@link Integer#MIN_VALUE} is no actor.
     */
    void neutral(int actor, boolean on) {
        if (actor == Integer.MIN_VALUE) {
            return;
        }
        if (actor >= 0) {
            neutralState[actor] = on;
        } else {
            neutralLocal[-1 - actor] = on;
        }
    }

    /** The last cell's decided level. */
    int decided() {
        return decided;
    }

    /** The last cell's implemented level. */
    int implemented() {
        return implemented;
    }

    /** What the last cell asked for or its members wanted, before the gates (at least the decided level). */
    int demand() {
        return demand;
    }

    /** The stage that set the last cell's decided level. */
    Stage decidedStage() {
        return decidedStage;
    }

    /** The stage that set the last cell's implemented level. */
    Stage implementedStage() {
        return implementedStage;
    }

    /** The agenda gate's verdict on the last cell, or null if the cell stopped before it. */
    AgendaGate.Verdict agenda() {
        return agenda;
    }

    /** The highest level the agenda gate left open in the last cell. */
    int agendaCeiling() {
        return agendaCeiling;
    }

    /** The highest level the agenda gate, the mandate and the host's consent left open in the last cell. */
    int capConsent() {
        return capConsent;
    }

    /** The local actor behind the local veto's verdict in the last cell, or {@link #NONE} if every one consents. */
    int vetoLocal() {
        return vetoLocal;
    }

    /** The local veto's verdict in the last cell. */
    LocalVeto.Verdict veto() {
        return veto;
    }

    /** How the last cell's decision was implemented, or null if the cell stopped before implementation. */
    Implementation.Result deployment() {
        if (deploymentPending) {
            Cell cell = lastCell;
            if (deploymentPlayedOut) {
                deployment = Implementation.implement(decided, veto, deploymentResistance, decidedOn,
                        deploymentMonths, cell.size, deploymentStep, deploymentFallback);
            } else {
                boolean blocked = veto == LocalVeto.Verdict.VETOES;
                deployment = new Implementation.Result(blocked ? deploymentFallback : decided, !blocked,
                        blocked ? null : decidedOn, 0, cell.size, 0);
            }
            deploymentPending = false;
        }
        return deployment;
    }

    /** The day the last cell's decision was taken, or null if the cell stopped before implementation. */
    LocalDate decidedOn() {
        return decidedOn;
    }

    /** How many voters the last cell's ballot counted (those not marked neutral). */
    int voterCount() {
        return voterCount;
    }

    /** The index in the cell's voters of the ballot's {@code v}-th voter. */
    int voter(int v) {
        return voterOrder[v];
    }
}
