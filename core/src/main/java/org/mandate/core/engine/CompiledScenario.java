package org.mandate.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.mechanism.mandate.MandateGate;
import org.mandate.core.mechanism.stance.MemberStances;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Instrument;
import org.mandate.core.model.Interest;
import org.mandate.core.model.LocalActor;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Request;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;

/**
 * A scenario compiled for fast, repeated runs: its structure as flat arrays, and its continuous inputs as
 * {@link Parameters} that a run may change on a copy.
 *
 * <p>Compiling resolves everything that does not vary between runs of one design: who is a member of what on each
 * episode's date, who votes, which instruments apply, what the mandate admits, who asked for what, and which local
 * actors control the ground. It is immutable and may be shared between threads.
 */
public final class CompiledScenario {
    final Scenario scenario;
    final Mechanisms mechanisms;
    final MemberStances stances;
    final String[] stateIds;
    final Map<String, Integer> stateIndex;
    final String[] localIds;
    final Map<String, Integer> localIndex;
    final Ep[] episodes;
    final Org[] orgs;
    final Cell[] cells;
    final Map<String, String> memo;
    final boolean[][] rivals;
    final boolean agendaOn;
    final boolean mandateOn;
    final boolean consentOn;
    final boolean localVetoOn;
    final boolean implementationOn;
    private final Parameters base;
    private String signature;

    private CompiledScenario(Scenario scenario, Mechanisms mechanisms) {
        this.scenario = scenario;
        this.mechanisms = mechanisms;
        this.stances = MemberStances.without(mechanisms.disabled());
        this.memo = scenario.mechanisms();
        agendaOn = mechanisms.on("agenda-gate");
        mandateOn = mechanisms.on("mandate-gate");
        consentOn = mechanisms.on("host-consent");
        localVetoOn = mechanisms.on("local-veto");
        implementationOn = mechanisms.on("implementation");
        List<State> states = new ArrayList<>(scenario.states().values());
        int n = states.size();
        stateIds = new String[n];
        stateIndex = new HashMap<>();
        double[] capability = new double[n];
        double[][] interests = new double[n][];
        for (int s = 0; s < n; s++) {
            State st = states.get(s);
            stateIds[s] = st.id();
            stateIndex.put(st.id(), s);
            capability[s] = st.capability();
            interests[s] = st.interests().weights();
        }
        rivals = new boolean[n][n];
        for (int s = 0; s < n; s++) {
            for (String r : states.get(s).rivals()) {
                Integer idx = stateIndex.get(r);
                if (idx != null) {
                    rivals[s][idx] = true;
                }
            }
        }
        List<LocalActor> locals = scenario.localActors();
        localIds = new String[locals.size()];
        localIndex = new HashMap<>();
        double[] resistance = new double[locals.size()];
        for (int a = 0; a < locals.size(); a++) {
            localIds[a] = locals.get(a).id();
            localIndex.put(localIds[a], a);
            resistance[a] = locals.get(a).resistance();
        }
        List<Episode> eps = scenario.episodes();
        episodes = new Ep[eps.size()];
        double[] severity = new double[eps.size()];
        double[][] alignment = new double[eps.size()][n];
        for (int e = 0; e < eps.size(); e++) {
            Episode ep = eps.get(e);
            episodes[e] = new Ep(ep, n, stateIds, scenario);
            severity[e] = ep.severity();
            for (int s = 0; s < n; s++) {
                alignment[e][s] = ep.alignment(stateIds[s]);
            }
        }
        List<Organization> os = new ArrayList<>(scenario.organizations().values());
        orgs = new Org[os.size()];
        for (int o = 0; o < os.size(); o++) {
            orgs[o] = new Org(os.get(o));
        }
        cells = new Cell[episodes.length * orgs.length];
        for (int e = 0; e < episodes.length; e++) {
            for (int o = 0; o < orgs.length; o++) {
                cells[e * orgs.length + o] = new Cell(e, o);
            }
        }
        base = new Parameters(capability, interests, severity, alignment, resistance);
    }

    /** The same compiled structure with other mechanisms switched on; shares everything but the mechanisms. */
    private CompiledScenario(CompiledScenario from, Mechanisms mechanisms) {
        this.scenario = from.scenario;
        this.mechanisms = mechanisms;
        this.stances = MemberStances.without(mechanisms.disabled());
        this.memo = from.memo;
        agendaOn = mechanisms.on("agenda-gate");
        mandateOn = mechanisms.on("mandate-gate");
        consentOn = mechanisms.on("host-consent");
        localVetoOn = mechanisms.on("local-veto");
        implementationOn = mechanisms.on("implementation");
        stateIds = from.stateIds;
        stateIndex = from.stateIndex;
        localIds = from.localIds;
        localIndex = from.localIndex;
        episodes = from.episodes;
        orgs = from.orgs;
        cells = from.cells;
        rivals = from.rivals;
        base = from.base;
    }

    /**
     * This scenario with other mechanisms switched on, without compiling it again: what compiling resolves (members,
     * voters, instruments, mandates, requests, local actors) does not depend on the mechanisms. Cheap enough to call
     * once for each of the 2^15 sets of mechanisms an attribution runs.
     */
    public CompiledScenario with(Mechanisms other) {
        return new CompiledScenario(this, other);
    }

    /** Compiles a scenario with the given mechanisms switched on. */
    public static CompiledScenario compile(Scenario scenario, Mechanisms mechanisms) {
        return new CompiledScenario(scenario, mechanisms);
    }

    /** Compiles a scenario with every mechanism on. */
    public static CompiledScenario compile(Scenario scenario) {
        return compile(scenario, Mechanisms.all());
    }

    /** The source scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The mechanisms switched on. */
    public Mechanisms mechanisms() {
        return mechanisms;
    }

    /** A fresh copy of the scenario's own continuous inputs. */
    public Parameters parameters() {
        return base.copy();
    }

    /**
     * What the member stances of every cell depend on besides the parameters: the stance mechanisms switched on and,
     * per cell, the voters, the lead state, the field presence, the host's request and the local actors. Two compiled
     * scenarios with the same signature compute the same stances from the same parameters.
     */
    public String stanceSignature() {
        if (signature == null) {
            StringBuilder sb = new StringBuilder();
            for (var t : stances.terms()) {
                sb.append(t.mechanism()).append(',');
            }
            sb.append(java.util.Arrays.toString(stateIds)).append(java.util.Arrays.deepToString(rivals));
            for (Ep ep : episodes) {
                sb.append(java.util.Arrays.toString(ep.zoneCovered)).append(java.util.Arrays.toString(ep.framedForeign));
            }
            for (Cell cell : cells) {
                sb.append('|').append(cell.hostMember).append(java.util.Arrays.toString(cell.voters))
                        .append(cell.leadState).append(cell.fieldPresence).append(cell.hostRequested)
                        .append(java.util.Arrays.toString(cell.locals));
            }
            signature = sb.toString();
        }
        return signature;
    }

    /**
     * What cell {@code k}'s decision depends on besides the parameters: the {@link #stanceSignature()}, the gates
     * switched on, and everything of the cell, its organization (decision rule, agenda rules, downsizing step) and
     * its episode that the stages after the member stances read. Two compiled scenarios with the same decision
     * signature for a cell decide it the same way from the same parameters, so an ensemble decides it once for both.
     */
    public String decisionSignature(int k) {
        Cell cell = cells[k];
        Org org = orgs[cell.org];
        StringBuilder sb = new StringBuilder(stanceSignature()).append('#').append(k).append('|');
        for (String gate : Mechanisms.GATES) {
            sb.append(mechanisms.on(gate) ? '1' : '0');
        }
        sb.append('|').append(org.rule).append('|').append(org.agenda).append('|')
                .append(org.source.downsizeStep()).append('|').append(episodes[cell.episode].host).append('|')
                .append(cell.episode).append(',').append(cell.org).append(',').append(cell.hostMember).append(',')
                .append(java.util.Arrays.toString(cell.voters)).append(',').append(cell.hostVotes).append(',')
                .append(cell.leadVoter).append(',').append(cell.leadState).append(',')
                .append(java.util.Arrays.toString(cell.instrument)).append(',').append(cell.mandateCeiling)
                .append(',').append(cell.inMandate).append(',').append(cell.framedForeign).append(',')
                .append(cell.hostFramesForeign).append(',').append(cell.requested).append(',')
                .append(cell.hostRequested).append(',').append(cell.firstRequest).append(',').append(cell.tabledOn)
                .append(',').append(cell.decidedOn).append(',').append(cell.inTime).append(',')
                .append(cell.monthsAvailable).append(',').append(cell.monthsAvailableQuick).append(',')
                .append(cell.quickUpTo).append(',').append(cell.size).append(',')
                .append(cell.disputeBetweenMembers).append(',').append(cell.domesticNeedsRequest).append(',')
                .append(cell.fieldPresence).append(',').append(cell.monitoring).append(',')
                .append(java.util.Arrays.toString(cell.locals)).append(',')
                .append(java.util.Arrays.toString(cell.localOverrulable)).append(',')
                .append(java.util.Arrays.toString(cell.twin));
        return sb.toString();
    }

    /** Number of (episode, organization) cells. */
    public int cellCount() {
        return cells.length;
    }

    /** The episode id of a cell. */
    public String episodeOf(int cell) {
        return episodes[cells[cell].episode].id;
    }

    /** The organization id of a cell. */
    public String organizationOf(int cell) {
        return orgs[cells[cell].org].id;
    }

    /** The index of a state, or -1. */
    public int stateIndex(String id) {
        return stateIndex.getOrDefault(id, -1);
    }

    /** The index of a local actor, or -1. */
    public int localActorIndex(String id) {
        return localIndex.getOrDefault(id, -1);
    }

    /** The index of an episode, or -1. */
    public int episodeIndex(String id) {
        for (int e = 0; e < episodes.length; e++) {
            if (episodes[e].id.equals(id)) {
                return e;
            }
        }
        return -1;
    }

    /** Number of states. */
    public int stateCount() {
        return stateIds.length;
    }

    /** The compiled form of an episode. */
    static final class Ep {
        final Episode source;
        final String id;
        final int host;
        final LocalDate date;
        final LocalDate assessOn;
        final double precedent;
        final double humanitarianNeed;
        final double openEnded;
        final double separatist;
        final boolean domestic;
        final boolean interMember;
        final boolean interim;
        final boolean contested;
        final boolean recognized;
        final boolean[] zoneCovered;
        final boolean[] framedForeign;
        final int[] involves;

        Ep(Episode ep, int n, String[] stateIds, Scenario scenario) {
            source = ep;
            id = ep.id();
            int h = -1;
            for (int s = 0; s < n; s++) {
                if (stateIds[s].equals(ep.host())) {
                    h = s;
                }
            }
            host = h;
            date = ep.date();
            assessOn = ep.assessOn();
            precedent = ep.type().precedent();
            humanitarianNeed = ep.type().humanitarianNeed();
            openEnded = ep.type().openEnded();
            separatist = ep.type().separatist();
            domestic = ep.type().domestic();
            interMember = ep.type().interMember();
            interim = ep.government().interim();
            contested = ep.government().contested();
            recognized = ep.government().recognized();
            zoneCovered = new boolean[n];
            framedForeign = new boolean[n];
            for (int s = 0; s < n; s++) {
                State st = scenario.states().get(stateIds[s]);
                zoneCovered[s] = st.zoneCovers(ep.host(), ep.regions());
                framedForeign[s] = ep.framingBy(stateIds[s]) == Episode.Framing.FOREIGN;
            }
            involves = new int[ep.involves().size()];
            for (int i = 0; i < involves.length; i++) {
                for (int s = 0; s < n; s++) {
                    if (stateIds[s].equals(ep.involves().get(i))) {
                        involves[i] = s;
                    }
                }
            }
        }
    }

    /** The compiled form of an organization. */
    static final class Org {
        final Organization source;
        final String id;
        final DecisionRule rule;
        final AgendaRules agenda;

        Org(Organization org) {
            source = org;
            id = org.id();
            rule = org.decisionRule();
            agenda = org.agenda();
        }
    }

    /** The compiled form of one (episode, organization) decision. */
    final class Cell {
        final int episode;
        final int org;
        final boolean hostMember;
        final int[] voters;
        final boolean hostVotes;
        final int leadVoter;
        final int leadState;
        final Instrument[] instrument = new Instrument[5];
        final int mandateCeiling;
        final boolean inMandate;
        final boolean framedForeign;
        /** Whether the host itself presents the crisis as a threat from outside. */
        final boolean hostFramesForeign;
        final int requested;
        final int hostRequested;
        final Request firstRequest;
        final LocalDate tabledOn;
        final LocalDate decidedOn;
        final boolean inTime;
        final int monthsAvailable;
        final int monthsAvailableQuick;
        /** The highest level the organization can decide at once on the tabling day: constant for the cell. */
        final int quickUpTo;
        final int size;
        final boolean disputeBetweenMembers;
        final boolean domesticNeedsRequest;
        final boolean fieldPresence;
        final boolean monitoring;
        final int[] locals;
        final boolean[] localOverrulable;
        /** For each voter, an earlier voter whose stance differs at most by its burden share, or -1. */
        final int[] twin;

        Cell(int e, int o) {
            episode = e;
            org = o;
            Ep ep = episodes[e];
            Organization organization = orgs[o].source;
            hostMember = organization.isMemberOn(stateIds[ep.host], ep.date);
            List<Integer> v = new ArrayList<>();
            for (String m : organization.membersOn(ep.date)) {
                int s = stateIndex.get(m);
                if (s != ep.host || ep.recognized) {
                    v.add(s);
                }
            }
            voters = v.stream().mapToInt(Integer::intValue).toArray();
            hostVotes = v.contains(ep.host);
            int lead = -1;
            for (int i = 0; i < voters.length; i++) {
                if (stateIds[voters[i]].equals(organization.leadState())) {
                    lead = i;
                }
            }
            leadVoter = lead;
            leadState = organization.leadState() != null && stateIndex.containsKey(organization.leadState())
                    ? stateIndex.get(organization.leadState()) : -1;
            for (int level = 1; level < 5; level++) {
                instrument[level] = organization.instrumentFor(level, ep.source.type().id());
            }
            framedForeign = bodyFramesForeign(ep, organization);
            hostFramesForeign = ep.framedForeign[ep.host];
            inMandate = MandateGate.covers(organization.mandate(), ep.source.type().id(), framedForeign);
            mandateCeiling = MandateGate.ceiling(organization.mandate(), ep.source.type().id(), framedForeign);
            int req = 0;
            int hostReq = 0;
            int sz = 0;
            Request first = null;
            for (Request r : ep.source.requests()) {
                if (r.to().equals(organization.id()) && !r.date().isAfter(ep.assessOn)) {
                    if (first == null) {
                        first = r;
                    }
                    req = Math.max(req, r.level().value());
                    if (r.from().equals(stateIds[ep.host])) {
                        hostReq = Math.max(hostReq, r.level().value());
                    }
                    sz = Math.max(sz, r.size());
                }
            }
            requested = req;
            hostRequested = hostReq;
            firstRequest = first;
            size = sz;
            tabledOn = first != null ? first.date() : ep.date;
            decidedOn = organization.agenda().decisionDay(tabledOn);
            inTime = !decidedOn.isAfter(ep.assessOn);
            monthsAvailable = inTime ? (int) java.time.temporal.ChronoUnit.MONTHS.between(decidedOn, ep.assessOn) : 0;
            monthsAvailableQuick = (int) java.time.temporal.ChronoUnit.MONTHS.between(tabledOn, ep.assessOn);
            quickUpTo = organization.agenda().quickUpToOn(tabledOn);
            boolean dispute = ep.interMember;
            for (int s : ep.involves) {
                if (s != ep.host && organization.isMemberOn(stateIds[s], ep.date)) {
                    dispute = true;
                }
            }
            disputeBetweenMembers = dispute;
            domesticNeedsRequest = organization.agenda().excludes().contains(AgendaRules.DOMESTIC_WITHOUT_REQUEST)
                    && ep.domestic && ep.recognized && hostReq == 0;
            fieldPresence = organization.fieldPresence().contains(stateIds[ep.host]);
            monitoring = instrument[2] != null && instrument[2].monitoring();
            List<Integer> ls = new ArrayList<>();
            List<Boolean> over = new ArrayList<>();
            List<LocalActor> all = scenario.localActors();
            for (int a = 0; a < all.size(); a++) {
                LocalActor la = all.get(a);
                if (la.state().equals(stateIds[ep.host])
                        && la.controls().stream().anyMatch(ep.source.regions()::contains)) {
                    ls.add(a);
                    over.add(la.capitalCanOverrule() != null ? la.capitalCanOverrule()
                            : scenario.states().get(la.state()).capitalOverrulesRegions());
                }
            }
            locals = ls.stream().mapToInt(Integer::intValue).toArray();
            twin = new int[voters.length];
            for (int i = 0; i < voters.length; i++) {
                twin[i] = -1;
                int si = voters[i];
                for (int j = 0; j < i && twin[i] < 0; j++) {
                    int sj = voters[j];
                    if (si != ep.host && sj != ep.host && si != leadStateOf(organization)
                            && sj != leadStateOf(organization) && ep.zoneCovered[si] == ep.zoneCovered[sj]
                            && rivalOfLead(si, organization) == rivalOfLead(sj, organization)
                            && ep.source.alignment(stateIds[si]) == ep.source.alignment(stateIds[sj])
                            && scenario.states().get(stateIds[si]).interests()
                            .equals(scenario.states().get(stateIds[sj]).interests())) {
                        twin[i] = j;
                    }
                }
            }
            localOverrulable = new boolean[over.size()];
            for (int i = 0; i < over.size(); i++) {
                localOverrulable[i] = over.get(i);
            }
        }

        private int leadStateOf(Organization organization) {
            return organization.leadState() != null && stateIndex.containsKey(organization.leadState())
                    ? stateIndex.get(organization.leadState()) : -1;
        }

        private boolean rivalOfLead(int s, Organization organization) {
            int lead = leadStateOf(organization);
            return lead >= 0 && rivals[s][lead];
        }

        private boolean bodyFramesForeign(Ep ep, Organization organization) {
            if (organization.leadState() != null && stateIndex.containsKey(organization.leadState())) {
                return ep.framedForeign[stateIndex.get(organization.leadState())];
            }
            int foreign = 0;
            for (int s : voters) {
                if (ep.framedForeign[s]) {
                    foreign++;
                }
            }
            return voters.length > 0 && 2 * foreign > voters.length;
        }
    }

    /** Interest index helper for readability. */
    static int idx(Interest interest) {
        return interest.ordinal();
    }
}
