package org.mandate.core.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Membership;
import org.mandate.core.model.State;

/**
 * The state of one history run at its current step: every state's regime threat, capacity, control and alignment,
 * every organization's members, credibility and rules, the bases and the flows of assistance. Mutable, owned by
 * one run and never shared; the mechanisms read and change it through these methods.
 */
public final class World {
    /** Not a member. */
    public static final int NONE = 0;
    /** An active member. */
    public static final int MEMBER = 1;
    /** A member that has suspended its participation. */
    public static final int SUSPENDED = 2;

    private final HistorySpec spec;
    private final double[] param;
    private final String[] stateIds;
    private final Map<String, Integer> stateIndex = new HashMap<>();
    private final State[] profiles;
    private final int[] powerOf;
    private final int[] powerState;
    private final double[] threat;
    private final double[] precedentThreat;
    private final double[] coercive;
    private final double[] institutional;
    private final double[] control;
    private final double[] coerciveShare;
    private final double[][] align;
    private final double[][] alignAnchor;
    private final double[][] tension;
    private final boolean[][] rivalsOf;
    private final boolean[][] zoneOf;
    private final boolean[] neutralNow;
    private final LocalDate[] independence;
    private final Driver[][] demandNow;
    private final int[][] patronPowers;
    private final boolean[][] admits;
    private final int[] presenceHost;
    /** Per field presence: the donor that is its organization, or -1, when it trains and equips the police. */
    private final int[] presencePoliceDonor;
    /** Per driver: the neutral state's index, or -1. */
    private final int[] driverNeutral;
    /** Per driver: the demanding power's index, or -1 (not a basing or transit demand). */
    private final int[] driverPower;
    /** Per driver: its hosts' indices (the simulated ones). */
    private final int[][] driverHosts;
    /** Per driver: the index of the power whose basing demand it is, or -1. */
    private final int[] driverBasing;
    private final int[][] rivalPowers;
    private final Institution[] orgs;
    private final Map<String, Integer> orgIndex = new HashMap<>();
    private final int[][] status;
    private final LocalDate[][] pendingLeave;
    private final double[][] credibility;
    private final double[] reach;
    private final boolean[] rollbackActing;
    private final List<List<MembershipBuilder>> periods = new ArrayList<>();
    private final Map<Integer, List<Membership>> closed = new LinkedHashMap<>();
    private final Rules[] rules;
    private final String[] donorIds;
    private final Donor[] donors;
    private final int[] donorPower;
    private final int[] donorOrg;
    private final double[][] offer;
    private final double[] lastAnnouncedAid;
    private final String[] switchIds = new String[32];
    private final boolean[] switchOn = new boolean[32];
    private int switchCount;
    private boolean tracing = true;
    private final boolean[] windowNow;
    private final boolean[] mayLeaveNow;
    private final boolean[] maySuspendNow;
    private final double[][] receivedNow;
    private boolean receivedStale = true;
    private final List<Base> bases = new ArrayList<>();
    private final double[][] rentNow;
    private boolean rentsStale = true;
    private final List<HistoryEvent> events = new ArrayList<>();
    private LocalDate day;
    private LocalDate stepEnd;
    private double dt;

    /** A fresh world on the history's first day. */
    public World(HistorySpec spec) {
        this.spec = spec;
        this.param = spec.parameters();
        int n = spec.states().size();
        stateIds = spec.states().toArray(new String[0]);
        profiles = new State[n];
        powerOf = new int[n];
        java.util.Arrays.fill(powerOf, -1);
        for (int s = 0; s < n; s++) {
            stateIndex.put(stateIds[s], s);
            profiles[s] = spec.library().state(stateIds[s]);
        }
        int np = spec.powers().size();
        powerState = new int[np];
        for (int p = 0; p < np; p++) {
            powerState[p] = stateIndex.get(spec.powers().get(p));
            powerOf[powerState[p]] = p;
        }
        threat = new double[n];
        precedentThreat = new double[n];
        coercive = new double[n];
        institutional = new double[n];
        control = new double[n];
        coerciveShare = new double[n];
        align = new double[n][np];
        alignAnchor = new double[n][np];
        for (int s = 0; s < n; s++) {
            InitialState init = spec.initial().get(stateIds[s]);
            if (init != null) {
                threat[s] = init.threat();
                coercive[s] = init.coercive();
                institutional[s] = init.institutional();
                for (int p = 0; p < np; p++) {
                    align[s][p] = init.alignment().getOrDefault(spec.powers().get(p), 0.0);
                }
            }
            if (powerOf[s] >= 0) {
                align[s][powerOf[s]] = 1.0;
            }
            alignAnchor[s] = align[s].clone();
        }
        tension = new double[np][np];
        rivalsOf = new boolean[np][np];
        zoneOf = new boolean[np][n];
        for (int p = 0; p < np; p++) {
            State ps = profiles[powerState[p]];
            for (int q = 0; q < np; q++) {
                rivalsOf[p][q] = p != q && ps.rivals().contains(stateIds[powerState[q]]);
            }
            for (int s = 0; s < n; s++) {
                zoneOf[p][s] = ps.zone().contains(stateIds[s]);
            }
        }
        neutralNow = new boolean[n];
        independence = new LocalDate[n];
        for (int s = 0; s < n; s++) {
            InitialState init = spec.initial().get(stateIds[s]);
            independence[s] = init == null ? null : init.independence();
        }
        demandNow = new Driver[np][n];
        orgs = spec.institutions().toArray(new Institution[0]);
        patronPowers = new int[orgs.length][];
        presenceHost = new int[spec.presences().size()];
        presencePoliceDonor = new int[presenceHost.length];
        List<String> donorIdList = new ArrayList<>(spec.donors().keySet());
        for (int i = 0; i < presenceHost.length; i++) {
            FieldPresence f = spec.presences().get(i);
            presenceHost[i] = stateIndex.getOrDefault(f.host(), -1);
            presencePoliceDonor[i] = f.mandate().contains(FieldPresence.POLICE_ASSISTANCE)
                    ? donorIdList.indexOf(f.organization()) : -1;
        }
        List<Driver> drivers = spec.drivers();
        driverNeutral = new int[drivers.size()];
        driverPower = new int[drivers.size()];
        driverHosts = new int[drivers.size()][];
        driverBasing = new int[drivers.size()];
        for (int i = 0; i < drivers.size(); i++) {
            Driver d = drivers.get(i);
            driverNeutral[i] = Driver.NEUTRALITY.equals(d.kind()) && d.state() != null
                    ? stateIndex.getOrDefault(d.state(), -1) : -1;
            driverPower[i] = (Driver.BASING_DEMAND.equals(d.kind()) || Driver.TRANSIT_DEMAND.equals(d.kind()))
                    && d.power() != null ? spec.powers().indexOf(d.power()) : -1;
            driverBasing[i] = Driver.BASING_DEMAND.equals(d.kind()) && d.power() != null
                    ? spec.powers().indexOf(d.power()) : -1;
            driverHosts[i] = d.hosts().stream().mapToInt(h -> stateIndex.getOrDefault(h, -1)).filter(h -> h >= 0)
                    .toArray();
        }
        admits = new boolean[orgs.length][n];
        for (int o = 0; o < orgs.length; o++) {
            for (int s = 0; s < n; s++) {
                admits[o][s] = orgs[o].admits(stateIds[s]);
            }
        }
        rivalPowers = new int[orgs.length][];
        for (int o = 0; o < orgs.length; o++) {
            List<Integer> pat = new ArrayList<>();
            for (String id : orgs[o].patrons()) {
                Integer ps = stateIndex.get(id);
                if (ps != null && powerOf[ps] >= 0) {
                    pat.add(powerOf[ps]);
                }
            }
            patronPowers[o] = pat.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> riv = new ArrayList<>();
            for (int q = 0; q < np; q++) {
                if (pat.contains(q)) {
                    continue;
                }
                for (int pp : patronPowers[o]) {
                    if (rivalsOf[pp][q]) {
                        riv.add(q);
                        break;
                    }
                }
            }
            rivalPowers[o] = riv.stream().mapToInt(Integer::intValue).toArray();
        }
        int no = orgs.length;
        status = new int[no][n];
        pendingLeave = new LocalDate[no][n];
        credibility = new double[no][n];
        reach = new double[no];
        rollbackActing = new boolean[no];
        rules = new Rules[no];
        for (int o = 0; o < no; o++) {
            orgIndex.put(orgs[o].id(), o);
            reach[o] = 1.0;
            rules[o] = new Rules();
            List<MembershipBuilder> list = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                list.add(null);
            }
            periods.add(list);
            for (Membership m : orgs[o].record()) {
                Integer s = stateIndex.get(m.state());
                if (s == null || m.joined().isAfter(spec.from())) {
                    continue;
                }
                if (m.left() != null && !m.left().isAfter(spec.from())) {
                    continue;
                }
                // the record up to the first day is an input: the membership as it stood then
                MembershipBuilder b = new MembershipBuilder(m.state(), m.joined());
                for (Membership.Period per : m.suspended()) {
                    if (!per.from().isAfter(spec.from())) {
                        b.suspensions.add(new Membership.Period(per.from(),
                                per.to() != null && !per.to().isAfter(spec.from()) ? per.to() : null));
                    }
                }
                periods.get(o).set(s, b);
                status[o][s] = m.activeOn(spec.from()) ? MEMBER : SUSPENDED;
                credibility[o][s] = param(Parameter.CREDIBILITY_START);
            }
        }
        List<String> donorList = new ArrayList<>(spec.donors().keySet());
        donorIds = donorList.toArray(new String[0]);
        donors = new Donor[donorIds.length];
        donorPower = new int[donorIds.length];
        donorOrg = new int[donorIds.length];
        for (int d = 0; d < donorIds.length; d++) {
            donors[d] = spec.donors().get(donorIds[d]);
            donorPower[d] = spec.powers().indexOf(donorIds[d]);
            donorOrg[d] = orgIndex.getOrDefault(donorIds[d], -1);
        }
        offer = new double[donorIds.length][n];
        rentNow = new double[n][np];
        receivedNow = new double[n][np + 1];
        windowNow = new boolean[orgs.length];
        mayLeaveNow = new boolean[orgs.length];
        maySuspendNow = new boolean[orgs.length];
        lastAnnouncedAid = new double[n];
        for (BaseAgreement b : spec.bases()) {
            Integer h = stateIndex.get(b.host());
            int p = spec.powers().indexOf(b.power());
            if (h != null && p >= 0 && b.openOn(spec.from())) {
                bases.add(new Base(b.id(), h, p, b.opened(), b.rentOn(spec.from())));
            }
        }
        for (int s = 0; s < n; s++) {
            updateControl(s);
        }
        day = spec.from();
    }

    // ------------------------------------------------------------------ time and switches

    /** The first day of the current step. */
    public LocalDate day() {
        return day;
    }

    /** The first day after the current step. */
    public LocalDate stepEnd() {
        return stepEnd;
    }

    /** The step's length in years. */
    public double dt() {
        return dt;
    }

    void step(LocalDate from, LocalDate to) {
        day = from;
        stepEnd = to;
        dt = (to.toEpochDay() - from.toEpochDay()) / 365.25;
        rentsStale = true;
        receivedStale = true;
        for (int o = 0; o < orgs.length; o++) {
            Charter c = orgs[o].charter();
            Charter.ExitRule rule = c.exitRuleOn(from);
            windowNow[o] = rule != null && Charter.ExitRule.RENEWAL_WINDOW.equals(rule.kind())
                    && rule.windowIn(from, to) != null;
            mayLeaveNow[o] = c.mayLeaveIn(from, to);
            maySuspendNow[o] = c.maySuspendOn(from);
        }
        java.util.Arrays.fill(neutralNow, false);
        for (Driver[] row : demandNow) {
            java.util.Arrays.fill(row, null);
        }
        List<Driver> drivers = spec.drivers();
        for (int i = 0; i < drivers.size(); i++) {
            Driver d = drivers.get(i);
            if (!d.activeOn(day)) {
                continue;
            }
            if (driverNeutral[i] >= 0) {
                neutralNow[driverNeutral[i]] = true;
            } else if (driverPower[i] >= 0) {
                int p = driverPower[i];
                for (int s : driverHosts[i]) {
                    if (demandNow[p][s] == null) {
                        demandNow[p][s] = d;
                    }
                }
            }
        }
    }

    /** The basing or transit demand of the power in force today that covers the host, or null. */
    public Driver demand(int p, int s) {
        return demandNow[p][s];
    }

    /** The state index of the host of the spec's field presence {@code i}, or -1 when it is not simulated. */
    public int presenceHost(int i) {
        return presenceHost[i];
    }

    /**
     * The donor that the spec's field presence {@code i} belongs to when the presence trains and equips the police,
     * or -1 (another mandate, or an organization that is no donor).
     */
    public int presencePoliceDonor(int i) {
        return presencePoliceDonor[i];
    }

    /** The power whose basing demand the spec's driver {@code i} is, or -1 (another kind of driver). */
    public int basingDemandOf(int i) {
        return driverBasing[i];
    }

    /** The simulated hosts of the spec's driver {@code i}, in its order, as state indices. */
    public int[] driverHosts(int i) {
        return driverHosts[i].clone();
    }

    /** Whether the organization's charter lets the state join (its area). */
    public boolean admits(int o, int s) {
        return admits[o][s];
    }

    /** The powers that lead or patronise the organization, as power indices. */
    public int[] patronPowers(int o) {
        return patronPowers[o];
    }

    /** The powers, not patrons themselves, that a patron of the organization counts as rivals. */
    public int[] rivalPowers(int o) {
        return rivalPowers[o];
    }

    /** The history being run. */
    public HistorySpec spec() {
        return spec;
    }

    /** A parameter's value. */
    public double param(Parameter p) {
        return param[p.ordinal()];
    }

    /** Whether a mechanism is on. */
    public boolean on(String mechanism) {
        for (int i = 0; i < switchCount; i++) {
            if (switchIds[i] == mechanism) {
                return switchOn[i];
            }
        }
        boolean on = spec.on(mechanism);
        if (switchCount < switchIds.length) {
            // mechanism ids are constants, so the same object comes back on every later call
            switchIds[switchCount] = mechanism;
            switchOn[switchCount++] = on;
        }
        return on;
    }

    /** Whether events are written with their texts and reasons (off for ensembles, which read only the rows). */
    public boolean tracing() {
        return tracing;
    }

    void tracing(boolean on) {
        tracing = on;
    }

    /** Whether a term of the organization ends in the current step. */
    public boolean windowNow(int o) {
        return windowNow[o];
    }

    /** Whether the organization's charter lets a member give notice of leaving in the current step. */
    public boolean mayLeaveNow(int o) {
        return mayLeaveNow[o];
    }

    /** Whether the organization's charter lets a member suspend its participation in the current step. */
    public boolean maySuspendNow(int o) {
        return maySuspendNow[o];
    }

    /**
     * What the state receives from a power in the current step, offers and rents, USD million a year; and with
     * {@code p < 0}, what it receives from every donor and power.
     */
    public double received(int s, int p) {
        if (receivedStale) {
            for (int k = 0; k < stateIds.length; k++) {
                java.util.Arrays.fill(receivedNow[k], 0);
            }
            for (int d = 0; d < donorIds.length; d++) {
                int dp = donorPower[d];
                for (int k = 0; k < stateIds.length; k++) {
                    double usd = offer[d][k];
                    receivedNow[k][powerState.length] += usd;
                    if (dp >= 0) {
                        receivedNow[k][dp] += usd;
                    }
                }
            }
            for (int k = 0; k < stateIds.length; k++) {
                for (int q = 0; q < powerState.length; q++) {
                    double r = rent(k, q);
                    receivedNow[k][q] += r;
                    receivedNow[k][powerState.length] += r;
                }
            }
            receivedStale = false;
        }
        return receivedNow[s][p < 0 ? powerState.length : p];
    }

    // ------------------------------------------------------------------ states

    /** Number of simulated states. */
    public int states() {
        return stateIds.length;
    }

    /** A state's id. */
    public String stateId(int s) {
        return stateIds[s];
    }

    /** A state's index, or -1. */
    public int stateIndex(String id) {
        return stateIndex.getOrDefault(id, -1);
    }

    /** A state's library profile. */
    public State profile(int s) {
        return profiles[s];
    }

    /** A state's interest weight. */
    public double interest(int s, Interest interest) {
        return profiles[s].interests().get(interest);
    }

    /** The power index of a state, or -1 when it is not an outside power. */
    public int powerOf(int s) {
        return powerOf[s];
    }

    /** Number of outside powers. */
    public int powers() {
        return powerState.length;
    }

    /** The state index of a power. */
    public int powerState(int p) {
        return powerState[p];
    }

    /** Whether power {@code p} counts power {@code q} among its rivals. */
    public boolean rivals(int p, int q) {
        return rivalsOf[p][q];
    }

    /** Whether power p counts the state as its own sphere. */
    public boolean inZone(int p, int s) {
        return zoneOf[p][s];
    }

    /** Whether the state has declared neutrality in force on the current day. */
    public boolean neutral(int s) {
        return neutralNow[s];
    }

    /** The day the state became independent, or null when long before the history. */
    public LocalDate independence(int s) {
        return independence[s];
    }

    /** A democracy counts 1, a hybrid regime 0.5, an autocracy 0. */
    public double democracy(int s) {
        return switch (profiles[s].regime()) {
            case DEMOCRACY -> 1.0;
            case HYBRID -> 0.5;
            case AUTOCRACY -> 0.0;
        };
    }

    /** Regime threat. */
    public double threat(int s) {
        return threat[s];
    }

    /** Sets regime threat, kept in [0, 1]. */
    public void threat(int s, double v) {
        threat[s] = clamp01(v);
    }

    /** The part of regime threat that comes from precedents elsewhere: governments toppled in the region. */
    public double precedentThreat(int s) {
        return precedentThreat[s];
    }

    /** Sets the precedent threat, kept in [0, 1]. */
    public void precedentThreat(int s, double v) {
        precedentThreat[s] = clamp01(v);
    }

    /** Coercive capacity. */
    public double coercive(int s) {
        return coercive[s];
    }

    /** Sets coercive capacity, kept in [0, 1]. */
    public void coercive(int s, double v) {
        coercive[s] = clamp01(v);
    }

    /** Institutional capacity. */
    public double institutional(int s) {
        return institutional[s];
    }

    /** Sets institutional capacity, kept in [0, 1]. */
    public void institutional(int s, double v) {
        institutional[s] = clamp01(v);
    }

    /** The share of the assistance and rents of the last step that went to coercion. */
    public double coerciveShare(int s) {
        return coerciveShare[s];
    }

    /** Records the share that went to coercion. */
    public void coerciveShare(int s, double v) {
        coerciveShare[s] = v;
    }

    /** The capital's control of its regions. */
    public double control(int s) {
        return control[s];
    }

    /** Recomputes control from capacity and threat (mechanism: capacity building, memo conclusion). */
    public void updateControl(int s) {
        control[s] = clamp01(param(Parameter.CONTROL_BASE) + param(Parameter.CONTROL_INSTITUTIONAL) * institutional[s]
                + param(Parameter.CONTROL_COERCIVE) * coercive[s] - param(Parameter.CONTROL_THREAT) * threat[s]);
    }

    /** Whether the capital can overrule its regions (control at or above the threshold). */
    public boolean capitalOverrules(int s) {
        return control[s] >= param(Parameter.CONTROL_THRESHOLD);
    }

    /** Alignment of a state with a power (-1 to 1). */
    public double align(int s, int p) {
        return align[s][p];
    }

    /** Sets alignment, kept in [-1, 1]; a power's alignment with itself stays 1. */
    public void align(int s, int p, double v) {
        if (powerOf[s] != p) {
            align[s][p] = Math.max(-1, Math.min(1, v));
        }
    }

    /** The standing alignment a state returns to. */
    public double alignAnchor(int s, int p) {
        return alignAnchor[s][p];
    }

    /** The tension between two powers (0 to 1): how far they have lately taken opposite sides in crises. */
    public double tension(int p, int q) {
        return tension[p][q];
    }

    /** Sets the tension between two powers, both ways, kept in [0, 1]. */
    public void tension(int p, int q, double v) {
        tension[p][q] = clamp01(v);
        tension[q][p] = clamp01(v);
    }

    // ------------------------------------------------------------------ organizations

    /** Number of organizations. */
    public int orgs() {
        return orgs.length;
    }

    /** An organization. */
    public Institution org(int o) {
        return orgs[o];
    }

    /** An organization's index, or -1. */
    public int orgIndex(String id) {
        return orgIndex.getOrDefault(id, -1);
    }

    /** A state's status in an organization: {@link #NONE}, {@link #MEMBER} or {@link #SUSPENDED}. */
    public int status(int o, int s) {
        return status[o][s];
    }

    /** The day a member that gave notice leaves, or null. */
    public LocalDate pendingLeave(int o, int s) {
        return pendingLeave[o][s];
    }

    /** Records notice of leaving, effective on the day. */
    public void giveNotice(int o, int s, LocalDate effective) {
        pendingLeave[o][s] = effective;
    }

    /** Makes the state a member from the day (a join, or the end of a suspension). */
    public void join(int o, int s, LocalDate on) {
        MembershipBuilder b = periods.get(o).get(s);
        if (status[o][s] == SUSPENDED && b != null) {
            b.endSuspension(on);
        } else {
            if (b != null) {
                periods.get(o).set(s, null);
                closed.computeIfAbsent(o, k -> new ArrayList<>()).add(b.build());
            }
            periods.get(o).set(s, new MembershipBuilder(stateIds[s], on));
            credibility[o][s] = param(Parameter.CREDIBILITY_START);
        }
        status[o][s] = MEMBER;
        pendingLeave[o][s] = null;
    }

    /** Ends the state's membership on the day. */
    public void leave(int o, int s, LocalDate on) {
        MembershipBuilder b = periods.get(o).get(s);
        if (b != null) {
            b.left = on.isAfter(b.joined) ? on : b.joined.plusDays(1);
            closed.computeIfAbsent(o, k -> new ArrayList<>()).add(b.build());
            periods.get(o).set(s, null);
        }
        status[o][s] = NONE;
        pendingLeave[o][s] = null;
    }

    /** Suspends the state's participation from the day. */
    public void suspend(int o, int s, LocalDate on) {
        MembershipBuilder b = periods.get(o).get(s);
        if (b != null) {
            b.suspensions.add(new Membership.Period(on, null));
        }
        status[o][s] = SUSPENDED;
        pendingLeave[o][s] = null;
    }

    /** Every membership of simulated states in the organization so far, closed and open, as dated records. */
    public List<Membership> memberships(int o) {
        List<Membership> out = new ArrayList<>(closed.getOrDefault(o, List.of()));
        for (MembershipBuilder b : periods.get(o)) {
            if (b != null) {
                out.add(b.build());
            }
        }
        return out;
    }

    /** An organization's credibility with a member (0 to 1). */
    public double credibility(int o, int s) {
        return credibility[o][s];
    }

    /** Sets credibility, kept in [0, 1]. */
    public void credibility(int o, int s, double v) {
        credibility[o][s] = clamp01(v);
    }

    /** The mean credibility of an organization with its active members, NaN when it has none. */
    public double meanCredibility(int o) {
        double sum = 0;
        int k = 0;
        for (int s = 0; s < stateIds.length; s++) {
            if (status[o][s] == MEMBER) {
                sum += credibility[o][s];
                k++;
            }
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    /** The reach of an organization's human-dimension monitoring (1: full). */
    public double reach(int o) {
        return reach[o];
    }

    /** Sets the reach. */
    public void reach(int o, double v) {
        reach[o] = clamp01(v);
    }

    /** Whether the opponents of the organization's monitoring are acting together. */
    public boolean rollbackActing(int o) {
        return rollbackActing[o];
    }

    /** Records whether they act together. */
    public void rollbackActing(int o, boolean acting) {
        rollbackActing[o] = acting;
    }

    /** The crisis rules the organization has changed in this run. */
    public Rules rules(int o) {
        return rules[o];
    }

    // ------------------------------------------------------------------ donors and bases

    /** Number of donors. */
    public int donors() {
        return donorIds.length;
    }

    /** A donor's id. */
    public String donorId(int d) {
        return donorIds[d];
    }

    /** A donor. */
    public Donor donor(int d) {
        return donors[d];
    }

    /** The power index of a donor, or -1 for an organization. */
    public int donorPower(int d) {
        return donorPower[d];
    }

    /** The organization index of a donor, or -1 for a power. */
    public int donorOrg(int d) {
        return donorOrg[d];
    }

    /** The assistance a donor offers a state in the current step, USD million a year. */
    public double offer(int d, int s) {
        return offer[d][s];
    }

    /** Sets an offer. */
    public void offer(int d, int s, double usdMillion) {
        offer[d][s] = usdMillion;
        receivedStale = true;
    }

    /** The total assistance last announced for a state, USD million a year (for the timeline's threshold). */
    public double lastAnnouncedAid(int s) {
        return lastAnnouncedAid[s];
    }

    /** Records the total last announced. */
    public void lastAnnouncedAid(int s, double usdMillion) {
        lastAnnouncedAid[s] = usdMillion;
    }

    /** The bases, open and closed, in order of opening. */
    public List<Base> bases() {
        return bases;
    }

    /** Opens a base. */
    public Base openBase(int host, int power, double rent) {
        String id = stateIds[powerState[power]] + "-" + stateIds[host] + "-" + day.getYear();
        Base b = new Base(id, host, power, day, rent);
        bases.add(b);
        rentsStale = true;
        receivedStale = true;
        return b;
    }

    /** The annual rent a host receives from a power, USD million. */
    public double rent(int s, int p) {
        if (rentsStale) {
            for (double[] row : rentNow) {
                java.util.Arrays.fill(row, 0);
            }
            for (Base b : bases) {
                if (b.open()) {
                    rentNow[b.host()][b.power()] += b.rent();
                }
            }
            rentsStale = false;
        }
        return rentNow[s][p];
    }

    /** Marks the rents to be summed again (a base opened, closed or changed its rent). */
    public void rentsChanged() {
        rentsStale = true;
        receivedStale = true;
    }

    /** Whether the power holds an open base in the host. */
    public boolean hasBase(int s, int p) {
        for (Base b : bases) {
            if (b.open() && b.host() == s && b.power() == p) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ events

    /** The events so far. */
    public List<HistoryEvent> events() {
        return events;
    }

    /** Records an event. */
    public void event(LocalDate on, HistoryEvent.Kind kind, String subject, String object, double amount, String text,
                      List<HistoryEvent.Reason> reasons) {
        if (!tracing) {
            return;
        }
        events.add(new HistoryEvent(on, kind, subject, object, amount, text, reasons));
    }

    /** A reason citing the mechanism's memo section. */
    public HistoryEvent.Reason reason(String mechanism, String interest, double amount, String text) {
        return new HistoryEvent.Reason(mechanism, spec.library().mechanisms().getOrDefault(mechanism, ""), interest,
                amount, text);
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    /** The crisis rules an organization has changed in a run. */
    public static final class Rules {
        private final List<String> mandateAdds = new ArrayList<>();
        private DecisionRule decisionRule;
        private boolean openTabling;

        /** Crisis types added to the mandate. */
        public List<String> mandateAdds() {
            return mandateAdds;
        }

        /** The decision rule adopted, or null when unchanged. */
        public DecisionRule decisionRule() {
            return decisionRule;
        }

        /** Adopts a decision rule. */
        public void decisionRule(DecisionRule rule) {
            decisionRule = rule;
        }

        /** Whether any member may now table a member's domestic crisis. */
        public boolean openTabling() {
            return openTabling;
        }

        /** Opens tabling to any member. */
        public void openTabling(boolean open) {
            openTabling = open;
        }

        /** Whether anything changed. */
        public boolean changed() {
            return !mandateAdds.isEmpty() || decisionRule != null || openTabling;
        }
    }

    private static final class MembershipBuilder {
        final String state;
        final LocalDate joined;
        LocalDate left;
        final List<Membership.Period> suspensions = new ArrayList<>();

        MembershipBuilder(String state, LocalDate joined) {
            this.state = state;
            this.joined = joined;
        }

        void endSuspension(LocalDate on) {
            int last = suspensions.size() - 1;
            if (last >= 0 && suspensions.get(last).to() == null) {
                Membership.Period p = suspensions.get(last);
                suspensions.set(last, new Membership.Period(p.from(), on.isAfter(p.from()) ? on : p.from().plusDays(1)));
            }
        }

        Membership build() {
            return new Membership(state, joined, left, suspensions);
        }
    }
}
