package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.mechanism.choice.Bargaining;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Government;
import org.mandate.core.model.Interests;
import org.mandate.core.model.LocalActor;
import org.mandate.core.model.Mandate;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Request;
import org.mandate.core.model.ResponseLevel;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;

/**
 * Loads a scenario or case file and joins it to the library.
 *
 * <p>Checks run in two rounds, each collecting every problem before failing: first the JSON Schema
 * ({@code docs/scenario.schema.json}), then references to ids that do not exist and dates out of order.
 */
public final class ScenarioLoader {
    /**
     * The most episodes a file may hold: a run with its attributions costs about a tenth of a second and several
     * megabytes of trace per episode (measured: 50 episodes 7 s and 350 MB, 200 episodes 15 s and 1.4 GB), so 25,
     * over five times the largest case, keeps {@code run} and {@code explain} to seconds.
     */
    public static final int MAX_EPISODES = 25;
    /** The most local actors a file may hold: a hundred times the largest case; 200 add under half a second. */
    public static final int MAX_LOCAL_ACTORS = 200;

    private ScenarioLoader() {
    }

    /** Loads the file; its {@code library} field, if any, is read relative to the file's folder. */
    public static LoadedScenario load(Path file) throws ScenarioException {
        return prepare(file, false).join(LibraryOverlay.NONE);
    }

    /** Loads the file with an overlay laid over its library ({@code --library-overlay}). */
    public static LoadedScenario load(Path file, LibraryOverlay overlay) throws ScenarioException {
        return prepare(file, false).join(overlay);
    }

    /** Loads the file with an overlay, its library allowed outside the file's folder when {@code allowOutside}. */
    public static LoadedScenario load(Path file, LibraryOverlay overlay, boolean allowOutside)
            throws ScenarioException {
        return prepare(file, allowOutside).join(overlay);
    }

    /**
     * Reads the file, checks it against the schema and loads its library, but joins nothing yet: the result can be
     * joined to the library under one overlay after another, as a calibration does.
     */
    public static Prepared prepare(Path file) throws ScenarioException {
        return prepare(file, false);
    }

    /** Reads the file as {@link #prepare(Path)} does, its library allowed outside its folder when asked. */
    public static Prepared prepare(Path file, boolean allowOutside) throws ScenarioException {
        String label = file.toString();
        byte[] bytes = SourceFile.read(file, label, "a scenario file");
        return prepare(label, bytes, file.toAbsolutePath().getParent(), allowOutside);
    }

    /**
     * Loads the file; its {@code library} field, if any, is read relative to the file's folder and must lie inside
     * that folder's tree unless {@code allowOutside}.
     */
    public static LoadedScenario load(Path file, boolean allowOutside) throws ScenarioException {
        return prepare(file, allowOutside).join(LibraryOverlay.NONE);
    }

    /** Loads a file's content; {@code folder} resolves its {@code library} field, which must lie inside it. */
    public static LoadedScenario load(String label, byte[] bytes, Path folder) throws ScenarioException {
        return prepare(label, bytes, folder, false).join(LibraryOverlay.NONE);
    }

    /**
     * Loads a file's content; {@code folder} resolves its {@code library} field, which must lie inside the folder's
     * tree unless {@code allowOutside}.
     */
    public static LoadedScenario load(String label, byte[] bytes, Path folder, boolean allowOutside)
            throws ScenarioException {
        return prepare(label, bytes, folder, allowOutside).join(LibraryOverlay.NONE);
    }

    /** Reads a file's content as {@link #prepare(Path)} does; {@code folder} resolves its {@code library} field. */
    public static Prepared prepare(String label, byte[] bytes, Path folder) throws ScenarioException {
        return prepare(label, bytes, folder, false);
    }

    /**
     * Reads a file's content as {@link #prepare(Path)} does; {@code folder} resolves its {@code library} field, which
     * must lie inside the folder's tree unless {@code allowOutside}.
     */
    public static Prepared prepare(String label, byte[] bytes, Path folder, boolean allowOutside)
            throws ScenarioException {
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> schema = SchemaCheck.of("scenario").check(doc);
        if (!schema.isEmpty()) {
            throw new ScenarioException(withReferenceProblems(doc, schema, folder));
        }
        JsonNode root = doc.root();
        Library library;
        if (root.has("library")) {
            Path libFolder = folder.resolve(root.get("library").asText()).normalize();
            if (!allowOutside && !SourceFile.inside(folder, libFolder)) {
                throw new ScenarioException(List.of(doc.problemAt("/library", SchemaCheck.quote(root.get("library")),
                        "expected a library folder inside this file's folder; a path that leads out of it needs "
                                + "--allow-outside")));
            }
            if (!Files.isDirectory(libFolder)) {
                throw new ScenarioException(List.of(doc.problemAt("/library", SchemaCheck.quote(root.get("library")),
                        "expected a library folder relative to this file")));
            }
            library = LibraryLoader.fromFolder(libFolder);
        } else {
            library = LibraryLoader.bundled();
        }
        return new Prepared(doc, library);
    }

    /**
     * A scenario file read and checked against the schema, with its library, not yet joined to it.
     */
    public static final class Prepared {
        private final YamlDocument doc;
        private final Library library;

        private Prepared(YamlDocument doc, Library library) {
            this.doc = doc;
            this.library = library;
        }

        /** The library the file names (the bundled one unless it says {@code library:}). */
        public Library library() {
            return library;
        }

        /** The scenario's id. */
        public String id() {
            return doc.root().get("scenario").asText();
        }

        /** Joins the file to its library with the overlay laid over it, collecting every problem. */
        public LoadedScenario join(LibraryOverlay overlay) throws ScenarioException {
            return new Join(doc, overlay.apply(library)).run();
        }
    }

    /**
     * The schema's problems together with the reference and date problems a join of the same document finds, so
     * that one run reports both. A document too malformed to join reports its schema problems alone.
     */
    private static List<Problem> withReferenceProblems(YamlDocument doc, List<Problem> schema, Path folder) {
        List<Problem> all = new ArrayList<>(schema);
        try {
            JsonNode root = doc.root();
            Library library = root.has("library") ? null : LibraryLoader.bundled();
            if (library != null && root.isObject()) {
                new Join(doc, library).run();
            }
        } catch (ScenarioException e) {
            Set<String> seen = new HashSet<>();
            schema.forEach(p -> seen.add(p.line() + ":" + p.column() + ":" + p.path()));
            for (Problem p : e.problems()) {
                if (seen.add(p.line() + ":" + p.column() + ":" + p.path())) {
                    all.add(p);
                }
            }
            all.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        } catch (RuntimeException e) {
            // the join needs the shapes the schema checks; with them broken, the schema's problems say enough
        }
        return all;
    }

    /** Joins one document to the library, collecting problems. */
    private static final class Join {
        final YamlDocument doc;
        final Library lib;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, State> states;
        final Map<String, Organization> orgs;

        Join(YamlDocument doc, Library lib) {
            this.doc = doc;
            this.lib = lib;
            this.states = new LinkedHashMap<>(lib.states());
            this.orgs = new LinkedHashMap<>(lib.organizations());
        }

        LoadedScenario run() throws ScenarioException {
            JsonNode root = doc.root();
            if (Nodes.items(root, "episodes").size() > MAX_EPISODES) {
                throw new ScenarioException(List.of(doc.problemAt("/episodes", null, "expected at most "
                        + MAX_EPISODES + " episodes in one file, found " + Nodes.items(root, "episodes").size())));
            }
            if (Nodes.items(root, "localActors").size() > MAX_LOCAL_ACTORS) {
                throw new ScenarioException(List.of(doc.problemAt("/localActors", null, "expected at most "
                        + MAX_LOCAL_ACTORS + " local actors in one file, found "
                        + Nodes.items(root, "localActors").size())));
            }
            stateOverrides(root.get("states"));
            organizationOverrides(root.get("organizations"));
            List<LocalActor> locals = localActors(Nodes.items(root, "localActors"));
            List<Episode> episodes = episodes(Nodes.items(root, "episodes"), locals);
            checkRegions(Nodes.items(root, "localActors"), Nodes.items(root, "episodes"));
            List<Observation> observed = observations(Nodes.items(root, "observed"), episodes);
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            Scenario scenario = new Scenario(root.get("scenario").asText(), Nodes.text(root, "title",
                    root.get("scenario").asText()), states, orgs, lib.crisisTypes(), locals, episodes,
                    lib.mechanisms());
            return new LoadedScenario(scenario, observed, Nodes.optionalBool(root, "setsLibrary"), doc.file(),
                    periodWarnings(episodes, lib));
        }

        private void stateOverrides(JsonNode node) {
            if (node == null) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String id = e.getKey();
                JsonNode o = e.getValue();
                String at = Paths.child("/states", id);
                State base = states.get(id);
                if (base == null) {
                    if (!o.has("capability") || !o.has("name")) {
                        problems.add(doc.problemAtKey(at, "'" + id + "'", "unknown state; a state the library "
                                + "does not name needs at least name and capability"));
                        continue;
                    }
                    base = new State(id, o.get("name").asText(), o.get("capability").asDouble(),
                            lib.defaultRegime(), lib.defaults(), List.of(), List.of(), true, List.of());
                }
                Interests interests = Interests.of(LibraryLoader.interests(o.get("interests")), base.interests());
                State s = new State(id, Nodes.text(o, "name", base.name()), Nodes.number(o, "capability",
                        base.capability()), o.has("regime") ? LibraryLoader.regime(o.get("regime").asText())
                        : base.regime(), interests, o.has("zone") ? Nodes.strings(o, "zone") : base.zone(),
                        o.has("rivals") ? Nodes.strings(o, "rivals") : base.rivals(),
                        Nodes.bool(o, "capitalOverrulesRegions", base.capitalOverrulesRegions()), base.sources());
                states.put(id, s);
            }
        }

        private void organizationOverrides(JsonNode node) {
            if (node == null) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String id = e.getKey();
                JsonNode o = e.getValue();
                String at = Paths.child("/organizations", id);
                Organization org = orgs.get(id);
                if (org == null) {
                    problems.add(doc.problemAtKey(at, "'" + id + "'", "unknown organization; expected one of: "
                            + String.join(", ", orgs.keySet())));
                    continue;
                }
                boolean bargains = org.decisionRule() instanceof Bargaining;
                DecisionRule plain = org.decisionRule() instanceof Bargaining b ? b.rule() : org.decisionRule();
                if (o.has("decisionRule")) {
                    plain = DecisionRule.byId(o.get("decisionRule").asText());
                }
                bargains = Nodes.bool(o, "bargaining", bargains);
                org = org.withDecisionRule(bargains ? new Bargaining(plain) : plain);
                if (o.has("leadState")) {
                    String lead = o.get("leadState").asText();
                    List<String> members = new ArrayList<>();
                    org.memberships().forEach(ms -> {
                        if (!members.contains(ms.state())) {
                            members.add(ms.state());
                        }
                    });
                    if (!states.containsKey(lead)) {
                        problems.add(doc.problemAt(at + "/leadState", "'" + lead + "'", "unknown state"));
                    } else if (!members.contains(lead)) {
                        problems.add(doc.problemAt(at + "/leadState", "'" + lead + "'", "a member of " + id
                                + "; expected one of: " + String.join(", ", members)));
                    } else {
                        org = new Organization(org.id(), org.name(), org.body(), org.decisionRule(), lead,
                                org.memberships(), org.mandate(), org.agenda(), org.instruments(),
                                org.fieldPresence(), org.downsizeStep(), org.memo());
                    }
                }
                JsonNode m = o.get("mandate");
                if (m != null) {
                    List<String> types = new ArrayList<>(org.mandate().types());
                    List<String> add = Nodes.strings(m, "add");
                    for (int i = 0; i < add.size(); i++) {
                        if (checkType(at + "/mandate/add/" + i, add.get(i)) && !types.contains(add.get(i))) {
                            types.add(add.get(i));
                        }
                    }
                    List<String> remove = Nodes.strings(m, "remove");
                    for (int i = 0; i < remove.size(); i++) {
                        if (checkType(at + "/mandate/remove/" + i, remove.get(i))) {
                            types.remove(remove.get(i));
                        }
                    }
                    org = org.withMandate(new Mandate(types, Nodes.bool(m, "foreignFramed",
                            org.mandate().foreignFramed()), m.has("outsideCeiling")
                            ? ResponseLevel.of(m.get("outsideCeiling").asInt()) : org.mandate().outsideCeiling()));
                }
                JsonNode a = o.get("agenda");
                if (a != null) {
                    AgendaRules old = org.agenda();
                    List<LocalDate> sessions = a.has("sessions")
                            ? LibraryLoader.sessions(doc, at + "/agenda", a, problems) : old.sessions();
                    org = org.withAgenda(new AgendaRules(a.has("tabledBy")
                            ? LibraryLoader.tabledBy(a.get("tabledBy").asText()) : old.tabledBy(),
                            a.has("excludes") ? Nodes.strings(a, "excludes") : old.excludes(),
                            Nodes.integer(a, "deliberationDays", old.deliberationDays()),
                            a.has("statementsBy") ? LibraryLoader.tabledBy(a.get("statementsBy").asText())
                                    : old.statementsBy(),
                            Nodes.integer(a, "quickUpTo", old.quickUpTo()),
                            a.has("quickRule") ? DecisionRule.byId(a.get("quickRule").asText()) : old.quickRule(),
                            sessions, a.has("quickSince") ? Nodes.date(a, "quickSince") : old.quickSince()));
                }
                if (o.has("fieldPresence") || o.has("downsizeStep")) {
                    List<String> field = o.has("fieldPresence") ? Nodes.strings(o, "fieldPresence")
                            : org.fieldPresence();
                    for (int i = 0; i < field.size(); i++) {
                        checkState(at + "/fieldPresence/" + i, field.get(i));
                    }
                    org = new Organization(org.id(), org.name(), org.body(), org.decisionRule(), org.leadState(),
                            org.memberships(), org.mandate(), org.agenda(), org.instruments(), field,
                            Nodes.number(o, "downsizeStep", org.downsizeStep()), org.memo());
                }
                orgs.put(id, org);
            }
        }

        /**
         * One warning for each episode dated outside the period of a library profile of a state that takes part in
         * it: the host, the states involved, and the members of each organization on the episode's date.
         */
        static List<String> periodWarnings(List<Episode> episodes, Library lib) {
            List<String> out = new ArrayList<>();
            for (Episode e : episodes) {
                Set<String> taking = new java.util.LinkedHashSet<>();
                taking.add(e.host());
                taking.addAll(e.involves());
                for (Organization o : lib.organizations().values()) {
                    for (org.mandate.core.model.Membership m : o.memberships()) {
                        if (m.activeOn(e.date())) {
                            taking.add(m.state());
                        }
                    }
                }
                Map<Library.Period, List<String>> outside = new LinkedHashMap<>();
                for (String id : taking) {
                    Library.Period p = lib.periods().get(id);
                    if (p != null && !p.covers(e.date())) {
                        outside.computeIfAbsent(p, k -> new ArrayList<>()).add(id);
                    }
                }
                outside.forEach((p, ids) -> out.add("episode '" + e.id() + "' (" + e.date() + ") lies outside the "
                        + "period the library's profiles of " + names(ids) + " describe (" + p.from() + " to "
                        + p.to() + "); their weights may not hold then"));
            }
            return out;
        }

        private static String names(List<String> ids) {
            return ids.size() <= 6 ? String.join(", ", ids)
                    : String.join(", ", ids.subList(0, 6)) + " and " + (ids.size() - 6) + " more";
        }

        /**
         * Each region a local actor controls must be a region some episode names: a name that matches none (a typo,
         * another case) would silently take the actor out of every episode.
         */
        private void checkRegions(List<JsonNode> actors, List<JsonNode> episodes) {
            List<String> known = new ArrayList<>();
            for (JsonNode e : episodes) {
                for (String r : Nodes.strings(e, "regions")) {
                    if (!known.contains(r)) {
                        known.add(r);
                    }
                }
            }
            for (int i = 0; i < actors.size(); i++) {
                List<String> controls = Nodes.strings(actors.get(i), "controls");
                for (int j = 0; j < controls.size(); j++) {
                    if (!known.contains(controls.get(j))) {
                        problems.add(doc.problemAt("/localActors/" + i + "/controls/" + j, "'" + controls.get(j)
                                + "'", "a region that an episode names; expected one of: "
                                + (known.isEmpty() ? "(no episode names a region)" : String.join(", ", known))));
                    }
                }
            }
        }

        private List<LocalActor> localActors(List<JsonNode> items) {
            List<LocalActor> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode a = items.get(i);
                String at = "/localActors/" + i;
                String id = a.get("id").asText();
                if (!ids.add(id)) {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'", "duplicate local actor id"));
                }
                String state = a.get("state").asText();
                checkState(at + "/state", state);
                out.add(new LocalActor(id, Nodes.text(a, "name", id), state, Nodes.text(a, "kind",
                        "regional-authority"), Nodes.strings(a, "controls"), a.get("resistance").asDouble(),
                        Nodes.optionalBool(a, "capitalCanOverrule")));
            }
            return out;
        }

        private List<Episode> episodes(List<JsonNode> items, List<LocalActor> locals) {
            List<Episode> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            LocalDate previous = null;
            for (int i = 0; i < items.size(); i++) {
                JsonNode e = items.get(i);
                String at = "/episodes/" + i;
                String id = e.get("id").asText();
                if (!ids.add(id)) {
                    problems.add(doc.problemAt(at + "/id", "'" + id + "'", "duplicate episode id"));
                }
                LocalDate date = Nodes.date(e, "date");
                LocalDate assessOn = Nodes.date(e, "assessOn");
                if (previous != null && date.isBefore(previous)) {
                    problems.add(doc.problemAt(at + "/date", "'" + date + "'", "episodes must be in date order;"
                            + " expected a date on or after " + previous));
                }
                previous = date;
                if (assessOn.isBefore(date)) {
                    problems.add(doc.problemAt(at + "/assessOn", "'" + assessOn + "'",
                            "expected a date on or after the episode's date (" + date + ")"));
                }
                String host = e.get("host").asText();
                checkState(at + "/host", host);
                String typeId = e.get("type").asText();
                boolean typeOk = checkType(at + "/type", typeId);
                List<String> involves = Nodes.strings(e, "involves");
                for (int k = 0; k < involves.size(); k++) {
                    if (involves.get(k).equals(host)) {
                        problems.add(doc.problemAt(at + "/involves/" + k, "'" + host + "'", "a state other than "
                                + "the host; involves lists the other states drawn in"));
                    } else {
                        checkState(at + "/involves/" + k, involves.get(k));
                    }
                }
                Map<String, Episode.Framing> framing = new LinkedHashMap<>();
                Episode.Framing defaultFraming = Episode.Framing.DOMESTIC;
                JsonNode fr = e.get("framing");
                if (fr != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = fr.fields(); it.hasNext(); ) {
                        var f = it.next();
                        Episode.Framing value = Episode.Framing.valueOf(f.getValue().asText()
                                .toUpperCase(java.util.Locale.ROOT));
                        if (f.getKey().equals("default")) {
                            defaultFraming = value;
                        } else if (checkActor(Paths.child(at + "/framing", f.getKey()), f.getKey(), locals)) {
                            framing.put(f.getKey(), value);
                        }
                    }
                }
                Map<String, Double> alignments = new LinkedHashMap<>();
                JsonNode al = e.get("alignments");
                if (al != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = al.fields(); it.hasNext(); ) {
                        var f = it.next();
                        if (checkState(Paths.child(at + "/alignments", f.getKey()), f.getKey(), true)) {
                            alignments.put(f.getKey(), f.getValue().asDouble());
                        }
                    }
                }
                List<Request> requests = new ArrayList<>();
                List<JsonNode> rs = Nodes.items(e, "requests");
                LocalDate lastRequest = null;
                for (int r = 0; r < rs.size(); r++) {
                    JsonNode rq = rs.get(r);
                    String rat = at + "/requests/" + r;
                    String from = rq.get("from").asText();
                    checkState(rat + "/from", from);
                    String to = rq.get("to").asText();
                    if (!orgs.containsKey(to)) {
                        problems.add(doc.problemAt(rat + "/to", "'" + to + "'", "unknown organization; expected one"
                                + " of: " + String.join(", ", orgs.keySet())));
                    }
                    if (rq.has("via")) {
                        checkState(rat + "/via", rq.get("via").asText());
                    }
                    LocalDate rdate = Nodes.date(rq, "date");
                    if (rdate.isBefore(date)) {
                        problems.add(doc.problemAt(rat + "/date", "'" + rdate + "'",
                                "expected a date on or after the episode's date (" + date + ")"));
                    } else if (lastRequest != null && rdate.isBefore(lastRequest)) {
                        problems.add(doc.problemAt(rat + "/date", "'" + rdate + "'",
                                "requests must be in date order; expected a date on or after " + lastRequest));
                    }
                    lastRequest = rdate;
                    requests.add(new Request(from, to, ResponseLevel.of(rq.get("level").asInt()), rdate,
                            Nodes.integer(rq, "size", 0)));
                }
                JsonNode g = e.get("government");
                Government.Status status = g.get("status").asText().equals("interim") ? Government.Status.INTERIM
                        : Government.Status.INCUMBENT;
                Government government = new Government(status, Nodes.bool(g, "recognized", true),
                        Nodes.bool(g, "settled", status == Government.Status.INCUMBENT));
                if (typeOk) {
                    CrisisType type = lib.crisisTypes().get(typeId);
                    out.add(new Episode(id, Nodes.text(e, "title", id), date, assessOn, host,
                            Nodes.strings(e, "regions"), type, e.get("severity").asDouble(), government, involves,
                            framing, defaultFraming, alignments, requests));
                }
            }
            return out;
        }

        private List<Observation> observations(List<JsonNode> items, List<Episode> episodes) {
            List<Observation> out = new ArrayList<>();
            Set<String> episodeIds = new HashSet<>();
            episodes.forEach(e -> episodeIds.add(e.id()));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode o = items.get(i);
                String at = "/observed/" + i;
                String ep = o.get("episode").asText();
                String org = o.get("organization").asText();
                if (!episodeIds.contains(ep)) {
                    problems.add(doc.problemAt(at + "/episode", "'" + ep + "'", "unknown episode; expected one of: "
                            + String.join(", ", episodeIds.stream().sorted().toList())));
                }
                if (!orgs.containsKey(org)) {
                    problems.add(doc.problemAt(at + "/organization", "'" + org + "'", "unknown organization;"
                            + " expected one of: " + String.join(", ", orgs.keySet())));
                }
                if (!seen.add(ep + "\u0000" + org)) {
                    problems.add(doc.problemAt(at, null, "a second observation of " + org + " in " + ep));
                }
                Integer decided = level(o.get("decided"));
                Integer implemented = level(o.get("implemented"));
                if (decided != null && implemented != null && decided >= 0 && implemented > decided) {
                    problems.add(doc.problemAt(at + "/implemented", String.valueOf(implemented),
                            "expected no more than decided (" + decided + ")"));
                }
                Observation.SecondCoder second = null;
                JsonNode sc = o.get("secondCoder");
                if (sc != null) {
                    int d2 = level(sc.get("decided"));
                    int i2 = level(sc.get("implemented"));
                    if (d2 >= 0 && i2 > d2) {
                        problems.add(doc.problemAt(at + "/secondCoder/implemented", String.valueOf(i2),
                                "expected no more than decided (" + d2 + ")"));
                    }
                    second = new Observation.SecondCoder(d2, i2, Nodes.text(sc, "confidence", "medium"),
                            Nodes.text(sc, "note", ""));
                }
                out.add(new Observation(ep, org, decided, implemented, Nodes.text(o, "confidence", "medium"),
                        Nodes.strings(o, "sources"), second));
            }
            return out;
        }

        private static Integer level(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            return n.isTextual() ? Observation.NOT_MEMBER : n.asInt();
        }

        private boolean checkType(String pointer, String id) {
            if (!lib.crisisTypes().containsKey(id)) {
                problems.add(doc.problemAt(pointer, "'" + id + "'", "unknown crisis type; expected one of: "
                        + String.join(", ", lib.crisisTypes().keySet())));
                return false;
            }
            return true;
        }

        private boolean checkState(String pointer, String id) {
            return checkState(pointer, id, false);
        }

        /** Whether the state exists; if not, a problem at the value, or at the key when the id is a mapping key. */
        private boolean checkState(String pointer, String id, boolean isKey) {
            if (states.containsKey(id)) {
                return true;
            }
            String expected = "unknown state; the library has no profile for it (add one under states:)";
            problems.add(isKey ? doc.problemAtKey(pointer, "'" + id + "'", expected)
                    : doc.problemAt(pointer, "'" + id + "'", expected));
            return false;
        }

        private boolean checkActor(String pointer, String id, List<LocalActor> locals) {
            if (states.containsKey(id) || locals.stream().anyMatch(l -> l.id().equals(id))) {
                return true;
            }
            problems.add(doc.problemAtKey(pointer, "'" + id + "'", "unknown actor; expected a state, a local "
                    + "actor or 'default'"));
            return false;
        }
    }
}
