package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.history.BaseAgreement;
import org.mandate.core.history.Charter;
import org.mandate.core.history.Donor;
import org.mandate.core.history.Driver;
import org.mandate.core.history.FieldPresence;
import org.mandate.core.history.ForcedOutcome;
import org.mandate.core.history.HistoryEngine;
import org.mandate.core.history.HistoryFacts;
import org.mandate.core.history.HistorySpec;
import org.mandate.core.history.InitialState;
import org.mandate.core.history.Institution;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.ScheduledCrisis;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Membership;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Scenario;

/**
 * Loads a history file ({@code docs/history.schema.json}) and joins it to the library, its dated facts
 * ({@code docs/history-library.schema.json}) and the case files it schedules.
 *
 * <p>Every problem is collected before failing: the schema first, then unknown states, powers, organizations,
 * donors, parameters and mechanisms, dates outside the history, and the problems of the case files.
 */
public final class HistoryLoader {
    /** The library files a history reads besides the crisis library. */
    public static final List<String> FILES = List.of("blocs.yaml", "charters.yaml", "bases.yaml", "drivers.yaml",
            "field-presences.yaml", "assistance.yaml");

    /** The longest history a file may ask for, in years. */
    public static final int MAX_YEARS = 200;

    private static final Map<String, HistoryFacts> CACHE = new ConcurrentHashMap<>();

    private HistoryLoader() {
    }

    /** Whether the file reads as a history (a mapping with a {@code history} key and no {@code experiment} key). */
    public static boolean isHistory(Path file) {
        return FileKind.of(file) == FileKind.HISTORY;
    }

    /** Loads the history file. */
    public static HistorySpec load(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes = SourceFile.read(file, label, "a history file");
        return load(label, bytes, file.toAbsolutePath().getParent());
    }

    /** Loads a history file's content; {@code folder} resolves its relative paths. */
    public static HistorySpec load(String label, byte[] bytes, Path folder) throws ScenarioException {
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> schema = SchemaCheck.of("history").check(doc);
        if (!schema.isEmpty()) {
            throw new ScenarioException(schema);
        }
        JsonNode root = doc.root();
        Library library;
        HistoryFacts facts;
        if (root.has("library")) {
            Path libFolder = folder.resolve(root.get("library").asText()).normalize();
            if (!Files.isDirectory(libFolder)) {
                throw new ScenarioException(List.of(doc.problemAt("/library", SchemaCheck.quote(root.get("library")),
                        "expected a library folder relative to this file")));
            }
            library = LibraryLoader.fromFolder(libFolder);
            facts = facts(name -> {
                Path f = libFolder.resolve(name);
                if (!Files.exists(f)) {
                    return null;
                }
                if (!Files.isRegularFile(f) || Files.size(f) > YamlDocument.MAX_BYTES) {
                    return new byte[YamlDocument.MAX_BYTES + 1];
                }
                return Files.readAllBytes(f);
            }, name -> libFolder.resolve(name).toString(), library);
        } else {
            library = LibraryLoader.bundled();
            facts = bundledFacts(library);
        }
        return new Join(doc, library, facts, folder).run();
    }

    /** The dated facts bundled with the program. */
    public static HistoryFacts bundledFacts(Library library) throws ScenarioException {
        HistoryFacts cached = CACHE.get("");
        if (cached != null) {
            return cached;
        }
        HistoryFacts f = facts(name -> {
            try (InputStream in = HistoryLoader.class.getResourceAsStream("/library/" + name)) {
                return in == null ? null : in.readAllBytes();
            }
        }, name -> "data/" + name, library);
        CACHE.put("", f);
        return f;
    }

    private interface Reader {
        byte[] read(String name) throws IOException;
    }

    private interface Namer {
        String name(String file);
    }

    private static HistoryFacts facts(Reader reader, Namer namer, Library library) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Map<String, YamlDocument> docs = new LinkedHashMap<>();
        for (String name : FILES) {
            String label = namer.name(name);
            try {
                byte[] bytes = reader.read(name);
                if (bytes == null) {
                    continue;
                }
                YamlDocument doc = YamlDocument.parse(label, bytes);
                List<Problem> schema = SchemaCheck.of("history-library").check(doc);
                problems.addAll(schema);
                if (schema.isEmpty()) {
                    docs.put(name, doc);
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(label, 0, 0, "", null, "cannot read the library file: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Set<String> states = library.states().keySet();
        Map<String, Charter> charters = new LinkedHashMap<>();
        YamlDocument cdoc = docs.get("charters.yaml");
        if (cdoc != null) {
            List<JsonNode> cs = Nodes.items(cdoc.root(), "charters");
            for (int i = 0; i < cs.size(); i++) {
                JsonNode c = cs.get(i);
                String at = "/charters/" + i;
                List<Charter.ExitRule> exit = new ArrayList<>();
                List<JsonNode> es = Nodes.items(c, "exit");
                for (int k = 0; k < es.size(); k++) {
                    JsonNode e = es.get(k);
                    List<LocalDate> windows = new ArrayList<>();
                    for (String w : Nodes.strings(e, "windows")) {
                        windows.add(LocalDate.parse(w));
                    }
                    LocalDate from = Nodes.date(e, "from");
                    if (!exit.isEmpty() && !from.isAfter(exit.get(exit.size() - 1).from())) {
                        problems.add(cdoc.problemAt(at + "/exit/" + k + "/from", "'" + from + "'",
                                "expected exit rules in date order, after " + exit.get(exit.size() - 1).from()));
                        continue;
                    }
                    exit.add(new Charter.ExitRule(from, e.get("kind").asText(), windows, Nodes.integer(e,
                            "noticeMonths", 0)));
                }
                List<Charter.Suspension> susp = new ArrayList<>();
                for (JsonNode s : Nodes.items(c, "suspension")) {
                    susp.add(new Charter.Suspension(Nodes.date(s, "from"), s.get("allowed").asBoolean()));
                }
                susp.sort(Comparator.comparing(Charter.Suspension::from));
                List<Charter.RuleChange> changes = new ArrayList<>();
                for (JsonNode ch : Nodes.items(c, "changes")) {
                    JsonNode to = ch.get("to");
                    JsonNode trig = ch.get("trigger");
                    changes.add(new Charter.RuleChange(Nodes.date(ch, "date"), ch.get("field").asText(),
                            ch.get("change").asText(), Nodes.strings(ch, "add"), to == null || to.isNull() ? null
                            : to.asText(), trig == null || trig.isNull() ? null : trig.asText()));
                }
                charters.put(c.get("organization").asText(), new Charter(c.get("admission").asText(), exit, susp,
                        changes));
            }
        }
        Map<String, Institution> blocs = new LinkedHashMap<>();
        YamlDocument bdoc = docs.get("blocs.yaml");
        if (bdoc != null) {
            List<JsonNode> bs = Nodes.items(bdoc.root(), "blocs");
            for (int i = 0; i < bs.size(); i++) {
                JsonNode b = bs.get(i);
                String at = "/blocs/" + i;
                String id = b.get("id").asText();
                LocalDate founded = Nodes.date(b, "founded");
                LocalDate dissolved = Nodes.date(b, "dissolved");
                if (dissolved != null && !dissolved.isAfter(founded)) {
                    problems.add(bdoc.problemAt(at + "/dissolved", "'" + dissolved + "'",
                            "expected a date after founded (" + founded + ")"));
                    continue;
                }
                List<Membership> members = LibraryLoader.members(bdoc, at, b, states, problems);
                JsonNode patron = b.get("patron");
                List<String> patrons = patron == null || patron.isNull() ? List.of() : List.of(patron.asText());
                blocs.put(id, new Institution(id, b.get("name").asText(),
                        Institution.Kind.byKey(b.get("kind").asText()), patrons, founded, dissolved, members,
                        charters.getOrDefault(id, Charter.open()), false, List.of()));
            }
        }
        List<BaseAgreement> bases = new ArrayList<>();
        YamlDocument basedoc = docs.get("bases.yaml");
        if (basedoc != null) {
            List<JsonNode> bs = Nodes.items(basedoc.root(), "bases");
            for (int i = 0; i < bs.size(); i++) {
                JsonNode b = bs.get(i);
                String at = "/bases/" + i;
                for (String f : List.of("host", "power")) {
                    if (!states.contains(b.get(f).asText())) {
                        problems.add(basedoc.problemAt(at + "/" + f, "'" + b.get(f).asText() + "'", "unknown state"));
                    }
                }
                List<BaseAgreement.Rent> rents = new ArrayList<>();
                for (JsonNode r : Nodes.items(b, "rents")) {
                    rents.add(new BaseAgreement.Rent(Nodes.date(r, "from"), r.get("usdMillion").asDouble()));
                }
                rents.sort(Comparator.comparing(BaseAgreement.Rent::from));
                List<BaseAgreement.Event> events = new ArrayList<>();
                for (JsonNode e : Nodes.items(b, "events")) {
                    events.add(new BaseAgreement.Event(Nodes.date(e, "date"), e.get("kind").asText(),
                            Nodes.text(e, "note", "")));
                }
                LocalDate opened = Nodes.date(b, "opened");
                LocalDate closed = Nodes.date(b, "closed");
                if (closed != null && !closed.isAfter(opened)) {
                    problems.add(basedoc.problemAt(at + "/closed", "'" + closed + "'",
                            "expected a date after opened (" + opened + ")"));
                    continue;
                }
                bases.add(new BaseAgreement(b.get("id").asText(), b.get("name").asText(), b.get("host").asText(),
                        b.get("power").asText(), b.get("kind").asText(), opened, closed, rents, events));
            }
        }
        List<Driver> drivers = new ArrayList<>();
        YamlDocument ddoc = docs.get("drivers.yaml");
        if (ddoc != null) {
            for (JsonNode d : Nodes.items(ddoc.root(), "drivers")) {
                drivers.add(new Driver(d.get("id").asText(), d.get("kind").asText(), nullableText(d, "power"),
                        nullableText(d, "state"), Nodes.date(d, "from"), Nodes.date(d, "to"),
                        Nodes.strings(d, "hosts")));
            }
        }
        List<FieldPresence> presences = new ArrayList<>();
        YamlDocument pdoc = docs.get("field-presences.yaml");
        if (pdoc != null) {
            for (JsonNode p : Nodes.items(pdoc.root(), "fieldPresences")) {
                presences.add(new FieldPresence(p.get("organization").asText(), p.get("host").asText(),
                        p.get("name").asText(), Nodes.date(p, "opened"), Nodes.date(p, "closed"),
                        Nodes.strings(p, "mandate")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new HistoryFacts(blocs, charters, bases, drivers, presences);
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Joins one history document to the library and its facts, collecting problems. */
    private static final class Join {
        final YamlDocument doc;
        final Library lib;
        final HistoryFacts facts;
        final Path folder;
        final List<Problem> problems = new ArrayList<>();

        Join(YamlDocument doc, Library lib, HistoryFacts facts, Path folder) {
            this.doc = doc;
            this.lib = lib;
            this.facts = facts;
            this.folder = folder;
        }

        HistorySpec run() throws ScenarioException {
            JsonNode root = doc.root();
            LocalDate from = Nodes.date(root, "from");
            LocalDate to = Nodes.date(root, "to");
            if (to.isBefore(from)) {
                problems.add(doc.problemAt("/to", "'" + to + "'", "expected a day on or after from (" + from + ")"));
            } else if (to.isAfter(from.plusYears(MAX_YEARS))) {
                problems.add(doc.problemAt("/to", "'" + to + "'", "expected a history of at most " + MAX_YEARS
                        + " years (to on or before " + from.plusYears(MAX_YEARS) + ")"));
            }
            List<String> states = ids(root, "states", lib.states().keySet(), "unknown state");
            List<String> powers = ids(root, "powers", lib.states().keySet(), "unknown state");
            for (int i = 0; i < powers.size(); i++) {
                if (!states.contains(powers.get(i))) {
                    problems.add(doc.problemAt("/powers/" + i, "'" + powers.get(i) + "'",
                            "expected a power among the history's states"));
                }
            }
            List<Institution> institutions = institutions(root, states);
            Map<String, InitialState> initial = initial(root, states, powers, from, to);
            Map<String, Donor> donors = donors(root, powers, institutions, from, to);
            double[] params = parameters(root);
            Set<String> disabled = disabled(root);
            List<ScheduledCrisis> crises = crises(root, states);
            List<ForcedOutcome> forced = forced(root, crises);
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            String id = root.get("history").asText();
            Scenario base = new Scenario(id, Nodes.text(root, "title", id), lib.states(), lib.organizations(),
                    lib.crisisTypes(), List.of(), List.of(), lib.mechanisms());
            int step = "month".equals(Nodes.text(root, "step", "quarter")) ? 1 : 3;
            long seed = root.has("seed") ? root.get("seed").asLong() : 1L;
            return new HistorySpec(id, Nodes.text(root, "title", id), from, to, step, states, powers, base,
                    institutions, facts.bases(), facts.drivers(), facts.presences(), initial, donors, params,
                    disabled, crises, forced, seed);
        }

        private List<String> ids(JsonNode root, String field, Set<String> known, String expected) {
            List<String> out = Nodes.strings(root, field);
            for (int i = 0; i < out.size(); i++) {
                if (!known.contains(out.get(i))) {
                    problems.add(doc.problemAt("/" + field + "/" + i, "'" + out.get(i) + "'", expected));
                }
            }
            return out;
        }

        private List<Institution> institutions(JsonNode root, List<String> states) {
            List<Institution> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<JsonNode> os = Nodes.items(root, "organizations");
            for (int i = 0; i < os.size(); i++) {
                JsonNode o = os.get(i);
                String at = "/organizations/" + i;
                String id = o.get("id").asText();
                if (!seen.add(id)) {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'", "duplicate organization"));
                    continue;
                }
                Institution base;
                Organization org = lib.organizations().get(id);
                if (org != null) {
                    LocalDate founded = null;
                    for (Membership m : org.memberships()) {
                        founded = founded == null || m.joined().isBefore(founded) ? m.joined() : founded;
                    }
                    if (founded == null) {
                        problems.add(doc.problemAt(at + "/id", "'" + id + "'", "the library records no members, so no"
                                + " founding date"));
                        continue;
                    }
                    Institution.Kind kind = org.leadState() != null ? Institution.Kind.SECURITY
                            : Institution.Kind.COOPERATIVE;
                    base = new Institution(id, org.name(), kind, org.leadState() == null ? List.of()
                            : List.of(org.leadState()), founded, null, org.memberships(),
                            facts.charters().getOrDefault(id, Charter.open()), true, List.of());
                } else if (facts.blocs().containsKey(id)) {
                    base = facts.blocs().get(id);
                } else {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'", "unknown organization; expected one of: "
                            + String.join(", ", known())));
                    continue;
                }
                Institution.Kind kind = o.has("kind") ? Institution.Kind.byKey(o.get("kind").asText()) : base.kind();
                List<String> patrons = o.has("patrons") ? Nodes.strings(o, "patrons") : base.patrons();
                for (int k = 0; k < patrons.size(); k++) {
                    if (!states.contains(patrons.get(k))) {
                        problems.add(doc.problemAt(at + "/patrons/" + k, "'" + patrons.get(k) + "'",
                                "expected one of the history's states"));
                    }
                }
                List<String> eligible = Nodes.strings(o, "eligible");
                for (int k = 0; k < eligible.size(); k++) {
                    if (!lib.states().containsKey(eligible.get(k))) {
                        problems.add(doc.problemAt(at + "/eligible/" + k, "'" + eligible.get(k) + "'",
                                "unknown state"));
                    }
                }
                out.add(base.with(kind, patrons, eligible));
            }
            return out;
        }

        private List<String> known() {
            List<String> ids = new ArrayList<>(lib.organizations().keySet());
            ids.addAll(facts.blocs().keySet());
            return ids;
        }

        private Map<String, InitialState> initial(JsonNode root, List<String> states, List<String> powers,
                                                  LocalDate from, LocalDate to) {
            Map<String, InitialState> out = new LinkedHashMap<>();
            JsonNode node = root.get("initial");
            if (node == null) {
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String at = "/initial/" + e.getKey();
                if (!states.contains(e.getKey())) {
                    problems.add(doc.problemAtKey(at, "'" + e.getKey() + "'", "expected one of the history's states"));
                    continue;
                }
                JsonNode v = e.getValue();
                Map<String, Double> align = new LinkedHashMap<>();
                JsonNode a = v.get("alignment");
                if (a != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> ai = a.fields(); ai.hasNext(); ) {
                        var ae = ai.next();
                        if (!powers.contains(ae.getKey())) {
                            problems.add(doc.problemAtKey(at + "/alignment/" + ae.getKey(), "'" + ae.getKey() + "'",
                                    "expected one of the history's powers: " + String.join(", ", powers)));
                        }
                        align.put(ae.getKey(), ae.getValue().asDouble());
                    }
                }
                out.put(e.getKey(), new InitialState(v.get("threat").asDouble(), v.get("coercive").asDouble(),
                        v.get("institutional").asDouble(), align, Nodes.date(v, "independence")));
            }
            return out;
        }

        private Map<String, Donor> donors(JsonNode root, List<String> powers, List<Institution> orgs, LocalDate from,
                                          LocalDate to) {
            Map<String, Donor> out = new LinkedHashMap<>();
            Map<String, Double> cond = new LinkedHashMap<>();
            JsonNode what = root.get("whatIf");
            JsonNode cnode = what == null ? null : what.get("conditionality");
            List<JsonNode> ds = Nodes.items(root, "donors");
            Set<String> orgIds = new HashSet<>();
            for (Institution i : orgs) {
                orgIds.add(i.id());
            }
            for (int i = 0; i < ds.size(); i++) {
                JsonNode d = ds.get(i);
                String at = "/donors/" + i;
                String id = d.get("id").asText();
                if (!powers.contains(id) && !orgIds.contains(id)) {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'",
                            "expected a power or an organization of the history"));
                    continue;
                }
                if (out.containsKey(id)) {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'", "duplicate donor"));
                    continue;
                }
                List<Donor.Budget> budgets = new ArrayList<>();
                List<JsonNode> bs = Nodes.items(d, "budgets");
                for (int k = 0; k < bs.size(); k++) {
                    LocalDate bf = Nodes.date(bs.get(k), "from");
                    if (bf.isAfter(to)) {
                        problems.add(doc.problemAt(at + "/budgets/" + k + "/from", "'" + bf + "'",
                                "expected a day within the history (on or before " + to + ")"));
                    }
                    if (!budgets.isEmpty() && !bf.isAfter(budgets.get(budgets.size() - 1).from())) {
                        problems.add(doc.problemAt(at + "/budgets/" + k + "/from", "'" + bf + "'",
                                "expected budgets in date order"));
                    }
                    budgets.add(new Donor.Budget(bf, bs.get(k).get("usdMillion").asDouble()));
                }
                out.put(id, new Donor(id, budgets, Nodes.number(d, "conditionality", 0)));
            }
            if (cnode != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = cnode.fields(); it.hasNext(); ) {
                    var e = it.next();
                    Donor dn = out.get(e.getKey());
                    if (dn == null) {
                        problems.add(doc.problemAtKey("/whatIf/conditionality/" + e.getKey(), "'" + e.getKey() + "'",
                                "expected one of the donors: " + String.join(", ", out.keySet())));
                    } else {
                        out.put(e.getKey(), dn.withConditionality(e.getValue().asDouble()));
                    }
                }
            }
            return out;
        }

        private double[] parameters(JsonNode root) {
            double[] out = new double[Parameter.count()];
            for (Parameter p : Parameter.values()) {
                out[p.ordinal()] = p.defaultValue();
            }
            JsonNode node = root.get("parameters");
            if (node != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    var e = it.next();
                    Parameter p = Parameter.byKey(e.getKey());
                    double v = e.getValue().asDouble();
                    if (p == null) {
                        problems.add(doc.problemAtKey("/parameters/" + e.getKey(), "'" + e.getKey() + "'",
                                "unknown parameter; see docs/history.md for the list"));
                    } else if (!Double.isFinite(v)) {
                        problems.add(doc.problemAt("/parameters/" + e.getKey(), SchemaCheck.quote(e.getValue()),
                                "expected a finite number"));
                    } else {
                        out[p.ordinal()] = v;
                    }
                }
            }
            return out;
        }

        private Set<String> disabled(JsonNode root) {
            Set<String> out = new TreeSet<>();
            List<String> ids = Nodes.strings(root, "disable");
            for (int i = 0; i < ids.size(); i++) {
                String m = ids.get(i);
                if (!HistoryEngine.MECHANISMS.contains(m) && !Mechanisms.IDS.contains(m)) {
                    problems.add(doc.problemAt("/disable/" + i, "'" + m + "'", "unknown mechanism; expected one of: "
                            + String.join(", ", HistoryEngine.MECHANISMS) + ", " + String.join(", ", Mechanisms.IDS)));
                } else {
                    out.add(m);
                }
            }
            return out;
        }

        private List<ScheduledCrisis> crises(JsonNode root, List<String> states) {
            List<ScheduledCrisis> out = new ArrayList<>();
            JsonNode node = root.get("crises");
            if (node == null) {
                return out;
            }
            List<Path> files = new ArrayList<>();
            if (node.isTextual()) {
                Path dir = folder.resolve(node.asText()).normalize();
                if (!Files.isDirectory(dir)) {
                    problems.add(doc.problemAt("/crises", SchemaCheck.quote(node),
                            "expected a folder of case files relative to this file"));
                    return out;
                }
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.add(doc.problemAt("/crises", SchemaCheck.quote(node), "cannot list: " + e.getMessage()));
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    Path f = folder.resolve(node.get(i).asText()).normalize();
                    if (!Files.isRegularFile(f)) {
                        problems.add(doc.problemAt("/crises/" + i, SchemaCheck.quote(node.get(i)),
                                "expected a case file relative to this file"));
                    } else {
                        files.add(f);
                    }
                }
            }
            Path labelDir = Path.of(doc.file()).getParent();
            for (Path f : files) {
                try {
                    String rel = folder.relativize(f.toAbsolutePath()).toString();
                    String label = labelDir == null ? rel : labelDir.resolve(rel).toString();
                    if (Files.size(f) > YamlDocument.MAX_BYTES) {
                        problems.add(new Problem(label, 0, 0, "", null, "file is " + Files.size(f)
                                + " bytes; files over " + YamlDocument.MAX_BYTES + " bytes are refused"));
                        continue;
                    }
                    LoadedScenario ls = ScenarioLoader.load(label, Files.readAllBytes(f), f.getParent());
                    List<Episode> eps = ls.scenario().episodes();
                    if (eps.isEmpty() || !states.contains(eps.get(0).host())) {
                        continue;
                    }
                    out.add(new ScheduledCrisis(rel, ls, eps.get(0).date()));
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(new Problem(f.getFileName().toString(), 0, 0, "", null, "cannot read: "
                            + e.getMessage()));
                }
            }
            out.sort(Comparator.comparing(ScheduledCrisis::date).thenComparing(ScheduledCrisis::file));
            return out;
        }

        private List<ForcedOutcome> forced(JsonNode root, List<ScheduledCrisis> crises) {
            List<ForcedOutcome> out = new ArrayList<>();
            JsonNode what = root.get("whatIf");
            if (what == null) {
                return out;
            }
            Set<String> episodes = new HashSet<>();
            for (ScheduledCrisis c : crises) {
                for (Episode e : c.loaded().scenario().episodes()) {
                    episodes.add(e.id());
                }
            }
            List<JsonNode> fs = Nodes.items(what, "forced");
            for (int i = 0; i < fs.size(); i++) {
                JsonNode f = fs.get(i);
                String at = "/whatIf/forced/" + i;
                String ep = f.get("episode").asText();
                String org = f.get("organization").asText();
                if (!episodes.contains(ep)) {
                    problems.add(doc.problemAt(at + "/episode", "'" + ep + "'",
                            "expected an episode of a crisis scheduled in the history"));
                    continue;
                }
                if (!lib.organizations().containsKey(org)) {
                    problems.add(doc.problemAt(at + "/organization", "'" + org + "'",
                            "expected an organization that decides on crises: "
                                    + String.join(", ", lib.organizations().keySet())));
                    continue;
                }
                out.add(new ForcedOutcome(ep, org, f.get("level").asInt()));
            }
            return out;
        }
    }
}
