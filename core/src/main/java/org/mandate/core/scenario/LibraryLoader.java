package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Instrument;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Interests;
import org.mandate.core.model.Mandate;
import org.mandate.core.model.Membership;
import org.mandate.core.model.Organization;
import org.mandate.core.model.ResponseLevel;
import org.mandate.core.model.State;

/**
 * Loads the shared library: {@code crisis-types.yaml}, {@code mechanisms.yaml}, {@code states.yaml} and
 * {@code organizations.yaml}, from a folder or from the copy bundled with the program.
 */
public final class LibraryLoader {
    /** The library files, in load order. */
    public static final List<String> FILES = List.of("crisis-types.yaml", "mechanisms.yaml", "states.yaml",
            "organizations.yaml");

    private static final Map<String, Library> CACHE = new ConcurrentHashMap<>();

    private LibraryLoader() {
    }

    /** The library bundled with the program (a copy of the project's {@code data/} folder). */
    public static Library bundled() throws ScenarioException {
        Library cached = CACHE.get("");
        if (cached != null) {
            return cached;
        }
        Library lib = load(name -> {
            try (InputStream in = LibraryLoader.class.getResourceAsStream("/library/" + name)) {
                if (in == null) {
                    throw new IOException("missing from the build");
                }
                return in.readAllBytes();
            }
        }, name -> "data/" + name);
        CACHE.put("", lib);
        return lib;
    }

    /** The library in a folder. */
    public static Library fromFolder(Path folder) throws ScenarioException {
        return load(name -> {
            return SourceFile.readBounded(folder.resolve(name), "a library file");
        }, name -> folder.resolve(name).toString());
    }

    private interface Reader {
        byte[] read(String name) throws IOException;
    }

    private interface Namer {
        String name(String file);
    }

    private static Library load(Reader reader, Namer namer) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Map<String, YamlDocument> docs = new LinkedHashMap<>();
        for (String name : FILES) {
            String label = namer.name(name);
            try {
                YamlDocument doc = YamlDocument.parse(label, reader.read(name));
                List<Problem> schema = SchemaCheck.of("library").check(doc);
                problems.addAll(schema);
                if (schema.isEmpty()) {
                    docs.put(name, doc);
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            } catch (SourceFile.Refused e) {
                problems.add(new Problem(label, 0, 0, "", null, e.getMessage()));
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add(new Problem(label, 0, 0, "", null, "no such library file"));
            } catch (IOException e) {
                problems.add(new Problem(label, 0, 0, "", null, "cannot read the library file: "
                        + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : e.getClass().getSimpleName())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Builder b = new Builder(problems);
        b.crisisTypes(docs.get("crisis-types.yaml"));
        b.mechanisms(docs.get("mechanisms.yaml"));
        b.states(docs.get("states.yaml"));
        b.organizations(docs.get("organizations.yaml"));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Library(b.types, b.mechanisms, b.defaults, b.defaultCapability, b.defaultRegime, b.states,
                b.orgs, b.periods);
    }

    /**
     * Reads an organization's dated members (the {@code members} list under the node at {@code at}), adding a
     * problem for an unknown state, a leaving date not after joining and a suspension outside the membership; shared
     * by the organizations of the crisis library and the blocs of histories.
     */
    static List<Membership> members(YamlDocument doc, String at, JsonNode org, java.util.Set<String> states,
                                    List<Problem> problems) {
        List<Membership> members = new ArrayList<>();
        List<JsonNode> ms = Nodes.items(org, "members");
        for (int m = 0; m < ms.size(); m++) {
            JsonNode mn = ms.get(m);
            String mp = at + "/members/" + m;
            String st = mn.get("state").asText();
            if (!states.contains(st)) {
                problems.add(doc.problemAt(mp + "/state", "'" + st + "'", "unknown state"));
            }
            LocalDate joined = Nodes.date(mn, "joined");
            LocalDate left = Nodes.date(mn, "left");
            if (left != null && !left.isAfter(joined)) {
                problems.add(doc.problemAt(mp + "/left", "'" + left + "'", "expected a date after joined (" + joined
                        + ")"));
                continue;
            }
            List<Membership.Period> suspended = new ArrayList<>();
            List<JsonNode> sus = Nodes.items(mn, "suspended");
            for (int p = 0; p < sus.size(); p++) {
                LocalDate from = Nodes.date(sus.get(p), "from");
                LocalDate to = Nodes.date(sus.get(p), "to");
                if (from.isBefore(joined) || (to != null && !to.isAfter(from))) {
                    problems.add(doc.problemAt(mp + "/suspended/" + p, null,
                            "expected a suspension within the membership, ending after it starts"));
                }
                suspended.add(new Membership.Period(from, to));
            }
            members.add(new Membership(st, joined, left, suspended));
        }
        return members;
    }

    /** Reads interest weights from a mapping node into a map. */
    static Map<Interest, Double> interests(JsonNode node) {
        Map<Interest, Double> out = new EnumMap<>(Interest.class);
        if (node != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                out.put(Interest.byKey(e.getKey()), e.getValue().asDouble());
            }
        }
        return out;
    }

    /** Reads a regime. */
    static State.Regime regime(String text) {
        return State.Regime.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }

    private static final class Builder {
        final List<Problem> problems;
        final Map<String, CrisisType> types = new LinkedHashMap<>();
        final Map<String, String> mechanisms = new LinkedHashMap<>();
        final Map<String, State> states = new LinkedHashMap<>();
        final Map<String, Organization> orgs = new LinkedHashMap<>();
        final Map<String, Library.Period> periods = new LinkedHashMap<>();
        Interests defaults = Interests.none();
        double defaultCapability = 0.01;
        State.Regime defaultRegime = State.Regime.DEMOCRACY;

        Builder(List<Problem> problems) {
            this.problems = problems;
        }

        void crisisTypes(YamlDocument doc) {
            List<JsonNode> items = Nodes.items(doc.root(), "crisisTypes");
            for (int i = 0; i < items.size(); i++) {
                JsonNode t = items.get(i);
                String id = t.get("id").asText();
                if (types.containsKey(id)) {
                    problems.add(doc.problemAt("/crisisTypes/" + i + "/id", "'" + id + "'",
                            "duplicate crisis type id"));
                    continue;
                }
                types.put(id, new CrisisType(id, Nodes.text(t, "label", id), t.get("domestic").asBoolean(),
                        t.get("precedent").asDouble(), t.get("humanitarianNeed").asDouble(),
                        t.get("openEnded").asDouble(), Nodes.bool(t, "interMember", false),
                        Nodes.number(t, "separatist", 0)));
            }
        }

        void mechanisms(YamlDocument doc) {
            for (JsonNode m : Nodes.items(doc.root(), "mechanisms")) {
                mechanisms.put(m.get("id").asText(), m.get("memo").asText());
            }
        }

        void states(YamlDocument doc) {
            JsonNode d = doc.root().get("defaults");
            if (d != null) {
                defaults = Interests.of(interests(d.get("interests")), Interests.none());
                defaultCapability = d.get("capability").asDouble();
                defaultRegime = regime(d.get("regime").asText());
            }
            Library.Period defaultPeriod = d == null ? null : period(doc, "/defaults/period", d.get("period"));
            List<JsonNode> items = Nodes.items(doc.root(), "states");
            for (int i = 0; i < items.size(); i++) {
                JsonNode s = items.get(i);
                String id = s.get("id").asText();
                if (states.containsKey(id)) {
                    problems.add(doc.problemAt("/states/" + i + "/id", "'" + id + "'", "duplicate state id"));
                    continue;
                }
                Library.Period period = s.has("period") ? period(doc, "/states/" + i + "/period", s.get("period"))
                        : defaultPeriod;
                if (period != null) {
                    periods.put(id, period);
                }
                states.put(id, new State(id, s.get("name").asText(), Nodes.number(s, "capability",
                        defaultCapability), s.has("regime") ? regime(s.get("regime").asText()) : defaultRegime,
                        Interests.of(interests(s.get("interests")), defaults), Nodes.strings(s, "zone"),
                        Nodes.strings(s, "rivals"), Nodes.bool(s, "capitalOverrulesRegions", true),
                        Nodes.strings(s, "sources")));
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode s = items.get(i);
                List<String> zone = Nodes.strings(s, "zone");
                for (int z = 0; z < zone.size(); z++) {
                    String st = zone.get(z).split("/")[0];
                    if (!states.containsKey(st)) {
                        problems.add(doc.problemAt("/states/" + i + "/zone/" + z, "'" + zone.get(z) + "'",
                                "unknown state '" + st + "'"));
                    }
                }
                List<String> rivals = Nodes.strings(s, "rivals");
                for (int r = 0; r < rivals.size(); r++) {
                    if (!states.containsKey(rivals.get(r))) {
                        problems.add(doc.problemAt("/states/" + i + "/rivals/" + r, "'" + rivals.get(r) + "'",
                                "unknown state"));
                    }
                }
            }
        }

        /** A profile's period, or null (with a problem) when it ends before it starts, or when there is none. */
        private Library.Period period(YamlDocument doc, String pointer, JsonNode node) {
            if (node == null) {
                return null;
            }
            LocalDate from = Nodes.date(node, "from");
            LocalDate to = Nodes.date(node, "to");
            if (to.isBefore(from)) {
                problems.add(doc.problemAt(pointer + "/to", "'" + to + "'", "a date on or after from (" + from + ")"));
                return null;
            }
            return new Library.Period(from, to);
        }

        void organizations(YamlDocument doc) {
            List<JsonNode> items = Nodes.items(doc.root(), "organizations");
            for (int i = 0; i < items.size(); i++) {
                JsonNode o = items.get(i);
                String at = "/organizations/" + i;
                String id = o.get("id").asText();
                if (orgs.containsKey(id)) {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'", "duplicate organization id"));
                    continue;
                }
                int before = problems.size();
                String lead = Nodes.text(o, "leadState", null);
                if (lead != null && !states.containsKey(lead)) {
                    problems.add(doc.problemAt(at + "/leadState", "'" + lead + "'", "unknown state"));
                }
                List<Membership> members = members(doc, at, o, states.keySet(), problems);
                JsonNode mandateNode = o.get("mandate");
                List<String> mtypes = Nodes.strings(mandateNode, "types");
                checkTypes(doc, at + "/mandate/types", mtypes);
                List<Instrument> instruments = new ArrayList<>();
                List<JsonNode> is = Nodes.items(o, "instruments");
                Set<String> instrumentIds = new HashSet<>();
                for (int k = 0; k < is.size(); k++) {
                    JsonNode in = is.get(k);
                    String iid = in.get("id").asText();
                    if (!instrumentIds.add(iid)) {
                        problems.add(doc.problemAt(at + "/instruments/" + k + "/id", "'" + iid + "'",
                                "duplicate instrument id"));
                    }
                    List<String> applies = Nodes.strings(in, "appliesTo");
                    checkTypes(doc, at + "/instruments/" + k + "/appliesTo", applies);
                    instruments.add(new Instrument(iid, Nodes.text(in, "name", iid),
                            ResponseLevel.of(in.get("level").asInt()), applies, Nodes.bool(in, "hostConsent", false),
                            Nodes.bool(in, "localConsent", false), Nodes.bool(in, "monitoring", false)));
                }
                List<String> field = Nodes.strings(o, "fieldPresence");
                for (int f = 0; f < field.size(); f++) {
                    if (!states.containsKey(field.get(f))) {
                        problems.add(doc.problemAt(at + "/fieldPresence/" + f, "'" + field.get(f) + "'",
                                "unknown state"));
                    }
                }
                if (problems.size() > before) {
                    continue;
                }
                JsonNode agendaNode = o.get("agenda");
                List<LocalDate> sessions = sessions(doc, at + "/agenda", agendaNode, problems);
                if (problems.size() > before) {
                    continue;
                }
                AgendaRules agenda = new AgendaRules(tabledBy(agendaNode.get("tabledBy").asText()),
                        Nodes.strings(agendaNode, "excludes"), Nodes.integer(agendaNode, "deliberationDays", 0),
                        agendaNode.has("statementsBy") ? tabledBy(agendaNode.get("statementsBy").asText()) : null,
                        Nodes.integer(agendaNode, "quickUpTo", 0),
                        agendaNode.has("quickRule") ? DecisionRule.byId(agendaNode.get("quickRule").asText()) : null,
                        sessions, Nodes.date(agendaNode, "quickSince"));
                Mandate mandate = new Mandate(mtypes, Nodes.bool(mandateNode, "foreignFramed", false),
                        ResponseLevel.of(mandateNode.get("outsideCeiling").asInt()));
                Map<String, String> memo = new LinkedHashMap<>();
                JsonNode memoNode = o.get("memo");
                if (memoNode != null) {
                    memoNode.fields().forEachRemaining(e -> memo.put(e.getKey(), e.getValue().asText()));
                }
                DecisionRule rule = DecisionRule.byId(o.get("decisionRule").asText());
                if (Nodes.bool(o, "bargaining", false)) {
                    rule = new org.mandate.core.mechanism.choice.Bargaining(rule);
                }
                orgs.put(id, new Organization(id, o.get("name").asText(), o.get("body").asText(),
                        rule, lead, members, mandate, agenda,
                        instruments, field, Nodes.number(o, "downsizeStep", 0), memo));
            }
        }

        private void checkTypes(YamlDocument doc, String pointer, List<String> ids) {
            for (int t = 0; t < ids.size(); t++) {
                if (!types.containsKey(ids.get(t))) {
                    problems.add(doc.problemAt(pointer + "/" + t, "'" + ids.get(t) + "'",
                            "unknown crisis type; expected one of: " + String.join(", ", types.keySet())));
                }
            }
        }
    }

    /**
     * The {@code sessions} of an agenda, in date order; a date not after the one before it is reported at its place
     * and left out. Shared by the library and by a scenario's override.
     */
    static List<LocalDate> sessions(YamlDocument doc, String agendaPointer, JsonNode agenda, List<Problem> problems) {
        List<LocalDate> sessions = new ArrayList<>();
        List<JsonNode> items = Nodes.items(agenda, "sessions");
        for (int i = 0; i < items.size(); i++) {
            LocalDate day = LocalDate.parse(items.get(i).asText());
            if (!sessions.isEmpty() && !day.isAfter(sessions.get(sessions.size() - 1))) {
                problems.add(doc.problemAt(agendaPointer + "/sessions/" + i, "'" + day + "'",
                        "expected a date after the session before it (" + sessions.get(sessions.size() - 1)
                                + "): sessions are listed in date order"));
                continue;
            }
            sessions.add(day);
        }
        return sessions;
    }

    static AgendaRules.TabledBy tabledBy(String text) {
        return switch (text) {
            case "request" -> AgendaRules.TabledBy.REQUEST;
            case "lead-state" -> AgendaRules.TabledBy.LEAD_STATE;
            case "host" -> AgendaRules.TabledBy.HOST;
            default -> AgendaRules.TabledBy.ANY_MEMBER;
        };
    }
}
