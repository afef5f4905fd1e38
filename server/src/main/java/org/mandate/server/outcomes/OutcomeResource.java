package org.mandate.server.outcomes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandate.cli.OutcomeJson;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.explain.Attributor;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.Outcome;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.mechanism.choice.Bargaining;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Scenario;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.server.ApiError;
import org.mandate.server.Json;
import org.mandate.server.Routes;
import org.mandate.server.charts.VegaLite;
import org.mandate.server.scenarios.ScenarioInput;
import org.mandate.server.scenarios.Workspace;

/**
 * {@code /api/run}, {@code /api/explain}, {@code /api/whatif} and {@code /api/whatif/save}: the engine over HTTP, in
 * the JSON contract of the command line, and {@code /api/mechanisms}: what a what-if can switch.
 */
public final class OutcomeResource {
    private final Workspace files;
    private final AnswerCache cache = new AnswerCache();

    /** A resource over the given files. */
    public OutcomeResource(Workspace files) {
        this.files = files;
    }

    /** Adds the routes. */
    public void register(Routes routes) {
        routes.add(HandlerType.GET, "/api/mechanisms", this::mechanisms);
        routes.add(HandlerType.POST, "/api/run", this::run);
        routes.add(HandlerType.POST, "/api/explain", this::explain);
        routes.add(HandlerType.POST, "/api/whatif", this::whatIf);
        routes.add(HandlerType.POST, "/api/whatif/save", this::save);
        routes.add(HandlerType.POST, "/api/whatif/inputs", this::inputs);
    }

    private void mechanisms(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mechanisms", Mechanisms.IDS);
        m.put("decisionRules", List.of(DecisionRule.ids().split(",\\s*")));
        m.put("tabledBy", List.of("request", "any-member", "lead-state"));
        ctx.json(m);
    }

    /** The outcomes of a scenario under a what-if, in pipeline order. */
    static List<Outcome> outcomes(DesignFactor.Variant v) {
        return Engine.explain(CompiledScenario.compile(v.scenario(), v.mechanisms()));
    }

    private void run(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        ScenarioInput.Source source = ScenarioInput.source(files, body);
        LoadedScenario loaded = ScenarioInput.load(source);
        AnswerCache.Computed c = computed(source, loaded, WhatIf.of(body));
        ctx.json(OutcomeJson.run(loaded.scenario().id(), c.outcomes(), c.attributions(), false));
    }

    /** The outcomes and attribution of the scenario under the what-if, from the cache when it has them. */
    private AnswerCache.Computed computed(ScenarioInput.Source source, LoadedScenario loaded, WhatIf whatIf) {
        DesignFactor.Variant v = whatIf.apply(loaded.scenario());
        return cache.get(source, whatIf, () -> {
            CompiledScenario compiled = CompiledScenario.compile(v.scenario(), v.mechanisms());
            return new AnswerCache.Computed(Engine.explain(compiled), Attributor.attribute(compiled));
        });
    }

    /** As {@code mandate explain --format json}: episode and organization optional, each checked as there. */
    private void explain(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        ScenarioInput.Source source = ScenarioInput.source(files, body);
        LoadedScenario loaded = ScenarioInput.load(source);
        Scenario scenario = loaded.scenario();
        String episode = Json.text(body, "episode");
        String org = Json.text(body, "organization");
        if (episode != null && scenario.episodes().stream().noneMatch(e -> e.id().equals(episode))) {
            throw ApiError.badRequest("episode: no episode '" + episode + "' in " + source.label()
                    + "; expected one of: " + String.join(", ", scenario.episodes().stream().map(e -> e.id())
                    .toList()));
        }
        if (org != null && !scenario.organizations().containsKey(org)) {
            throw ApiError.badRequest("organization: no organization '" + org + "'; expected one of: "
                    + String.join(", ", scenario.organizations().keySet()));
        }
        List<Outcome> selected = new ArrayList<>();
        AnswerCache.Computed c = computed(source, loaded, WhatIf.of(body));
        for (Outcome o : c.outcomes()) {
            if ((episode == null || o.episode().equals(episode)) && (org == null || o.organization().equals(org))) {
                selected.add(o);
            }
        }
        Map<String, Object> json = OutcomeJson.run(scenario.id(), selected, c.attributions(), true);
        if (selected.size() == 1) {
            json.put("chart", VegaLite.utilities(selected.get(0)));
            com.fasterxml.jackson.databind.JsonNode a = Json.MAPPER.valueToTree(json).path("outcomes").path(0)
                    .path("attribution");
            if (a.isObject()) {
                Outcome o = selected.get(0);
                json.put("attributionChart", VegaLite.shapley("Shapley value of each mechanism, " + o.episode()
                        + " / " + o.organization(), a));
            }
        }
        ctx.json(json);
    }

    /** The scenario as written beside the what-if, with the cells whose decided or implemented level changed. */
    private void whatIf(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        LoadedScenario loaded = ScenarioInput.load(files, body);
        WhatIf whatIf = WhatIf.of(body);
        DesignFactor.Variant variant = whatIf.apply(loaded.scenario());
        List<Outcome> base = outcomes(new DesignFactor.Variant(loaded.scenario(), Mechanisms.all()));
        List<Outcome> changed = outcomes(variant);
        List<Object> diff = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Outcome b = base.get(i);
            Outcome c = changed.get(i);
            if (b.decided() != c.decided() || b.implemented() != c.implemented()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("episode", b.episode());
                d.put("organization", b.organization());
                d.put("baseline", levels(b));
                d.put("variant", levels(c));
                diff.add(d);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", loaded.scenario().id());
        m.put("disable", whatIf.disable());
        m.put("changes", whatIf.changes());
        m.put("values", whatIf.values());
        // a what-if answers within milliseconds: its outcomes carry no attribution (run or explain give it)
        m.put("baseline", OutcomeJson.run(loaded.scenario().id(), base, List.of(), false));
        m.put("variant", OutcomeJson.run(loaded.scenario().id(), changed, List.of(), false));
        m.put("changed", diff);
        ctx.json(m);
    }

    /**
     * Saves a what-if into the workspace as an experiment file whose design factors are the what-if's changes, each
     * from its level in the scenario to the what-if's: {@code mandate ensemble} runs it, design point d0 being the
     * scenario as written and the last one the whole what-if.
     */
    private void save(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        String path = Json.text(body, "path");
        String name = Json.text(body, "name");
        if (path == null || Json.text(body, "yaml") != null) {
            throw ApiError.badRequest("a what-if is saved against a saved scenario file; give its 'path' (and no "
                    + "'yaml': save the edited scenario first)");
        }
        if (name == null || !name.startsWith(Workspace.WORKSPACE)) {
            throw ApiError.badRequest("no 'name' in the workspace given; expected workspace/NAME.yaml");
        }
        LoadedScenario loaded = ScenarioInput.load(files, body);
        Scenario scenario = loaded.scenario();
        WhatIf whatIf = WhatIf.of(body);
        whatIf.apply(scenario);
        List<String[]> factors = new ArrayList<>();
        for (String id : whatIf.disable()) {
            factors.add(new String[] {"mechanism." + id, "on", "off"});
        }
        for (Map.Entry<String, String> e : whatIf.changes().entrySet()) {
            String from = levelIn(scenario, e.getKey());
            if (!from.equals(e.getValue())) {
                factors.add(new String[] {e.getKey(), from, e.getValue()});
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        org.mandate.core.engine.CompiledScenario asWritten = CompiledScenario.compile(scenario);
        for (Map.Entry<String, Double> e : whatIf.values().entrySet()) {
            double from = valueIn(asWritten, e.getKey());
            if (from != e.getValue()) {
                values.put(e.getKey(), e.getValue());
            }
        }
        if (factors.isEmpty() && values.isEmpty()) {
            throw ApiError.badRequest("the what-if changes nothing; switch a mechanism off, change a rule or move a "
                    + "slider first");
        }
        Path target = files.resolve(name);
        Path base = files.resolve(path);
        String relative = target.getParent().relativize(base).toString().replace('\\', '/');
        StringBuilder y = new StringBuilder();
        y.append("# What-if on ").append(path).append(", saved from the workbench. Design point d0 is the scenario as\n")
                .append("# written; the last design point has every change below. Run it with:\n")
                .append("#   mandate ensemble ").append(name).append("\n");
        y.append("experiment: whatif-").append(scenario.id()).append('\n');
        List<String> named = new ArrayList<>(factors.stream().map(f -> f[0] + " " + f[2]).toList());
        values.forEach((k, v) -> named.add(k + " " + number(v)));
        y.append("title: ").append(quote("What-if on " + scenario.title() + ": " + String.join(", ", named)))
                .append('\n');
        y.append("scenario: ").append(quote(relative)).append('\n');
        y.append("runs: 1\nseed: 1\n");
        if (!values.isEmpty()) {
            // an experiment file sets a number through an uncertain input; one value of weight 1 is that number
            y.append("# The inputs below hold the what-if's values in every design point (d0 included).\n");
            y.append("uncertain:\n");
            for (Map.Entry<String, Double> e : values.entrySet()) {
                y.append("  - path: ").append(e.getKey()).append('\n');
                y.append("    distribution: {choice: {values: [").append(number(e.getValue())).append("]}}\n");
                y.append("    note: ").append(quote("the what-if's value; "
                        + number(valueIn(asWritten, e.getKey())) + " in the scenario")).append('\n');
            }
        }
        if (!factors.isEmpty()) {
            y.append("designs:\n");
        }
        for (String[] f : factors) {
            y.append("  - factor: ").append(f[0]).append('\n');
            y.append("    levels: [").append(quote(f[1])).append(", ").append(quote(f[2])).append("]\n");
        }
        files.save(name, y.toString());
        try {
            // the server wrote the scenario path itself, from a file the workspace resolved
            ExperimentLoader.load(target, true);
        } catch (ScenarioException e) {
            throw new ApiError(400, "the saved what-if does not load", files.relabel(e.problems()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", name);
        m.put("saved", true);
        m.put("text", y.toString());
        ctx.json(m);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The value an input path has in the compiled scenario as written. */
    static double valueIn(CompiledScenario c, String path) {
        org.mandate.core.engine.Parameters p = c.parameters();
        String[] parts = path.split("\\.");
        if (parts[0].equals("states")) {
            return p.interest(c.stateIndex(parts[1]), org.mandate.core.model.Interest.byKey(parts[3]));
        }
        return p.severity(c.episodeIndex(path.substring("episodes.".length(), path.length() - ".severity".length())));
    }

    /**
     * What the what-if panel can move in this scenario: for each state the interests the stance terms read, with
     * their values and how many cells change when each goes to either end of its range (states ordered by that
     * count, most first); for each episode its severity likewise; for each organization its mandate, the crisis types
     * of the scenario's episodes, its agenda rule and decision rule.
     */
    private void inputs(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        LoadedScenario loaded = ScenarioInput.load(files, body);
        Scenario scenario = loaded.scenario();
        CompiledScenario c = CompiledScenario.compile(scenario);
        org.mandate.core.engine.Engine engine = new org.mandate.core.engine.Engine(c);
        org.mandate.core.engine.RunResult base = new org.mandate.core.engine.RunResult(c.cellCount());
        engine.run(c.parameters(), base);
        org.mandate.core.engine.RunResult moved = new org.mandate.core.engine.RunResult(c.cellCount());
        List<Map<String, Object>> states = new ArrayList<>();
        for (String id : scenario.states().keySet()) {
            List<Object> interests = new ArrayList<>();
            int total = 0;
            for (org.mandate.core.model.Interest i : STANCE_INTERESTS) {
                String path = "states." + id + ".interests." + i.key();
                Map<String, Object> m = input(c, engine, base, moved, path);
                m.put("interest", i.key());
                total += (int) m.get("influence");
                interests.add(m);
            }
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", id);
            sm.put("name", scenario.states().get(id).name());
            sm.put("influence", total);
            sm.put("interests", interests);
            states.add(sm);
        }
        states.sort(java.util.Comparator.comparingInt((Map<String, Object> m) -> -(int) m.get("influence")));
        List<Object> episodes = new ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (org.mandate.core.model.Episode ep : scenario.episodes()) {
            Map<String, Object> m = input(c, engine, base, moved, "episodes." + ep.id() + ".severity");
            m.put("id", ep.id());
            m.put("title", ep.title());
            episodes.add(m);
            types.add(ep.type().id());
        }
        List<Object> orgs = new ArrayList<>();
        for (Organization o : scenario.organizations().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("mandate", o.mandate().types());
            m.put("tabledBy", levelIn(scenario, o.id() + ".agenda.tabledBy"));
            m.put("decisionRule", levelIn(scenario, o.id() + ".decisionRule"));
            orgs.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario.id());
        out.put("states", states);
        out.put("episodes", episodes);
        out.put("crisisTypes", List.copyOf(types));
        out.put("organizations", orgs);
        ctx.json(out);
    }

    /** The interests the stance terms read (rivalry and rents are read by no stage). */
    static final List<org.mandate.core.model.Interest> STANCE_INTERESTS = java.util.Arrays.stream(
            org.mandate.core.model.Interest.values()).filter(i -> i != org.mandate.core.model.Interest.RIVALRY
            && i != org.mandate.core.model.Interest.RENTS).toList();

    /** One slider: path, value, range and the cells that change at either end of the range. */
    private static Map<String, Object> input(CompiledScenario c, org.mandate.core.engine.Engine engine,
                                             org.mandate.core.engine.RunResult base,
                                             org.mandate.core.engine.RunResult moved, String path) {
        org.mandate.core.experiment.InputBinding b = org.mandate.core.experiment.InputBinding.bind(c, path);
        double[] range = b.range();
        int changed = 0;
        for (double end : range) {
            org.mandate.core.engine.Parameters p = c.parameters();
            b.set(p, end);
            engine.run(p, moved);
            for (int k = 0; k < c.cellCount(); k++) {
                if (moved.decided(k) != base.decided(k) || moved.implemented(k) != base.implemented(k)) {
                    changed++;
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("value", valueIn(c, path));
        m.put("min", range[0]);
        m.put("max", range[1]);
        m.put("influence", changed);
        return m;
    }

    private static Map<String, Object> levels(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decided", o.decided());
        m.put("implemented", o.implemented());
        return m;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The level a design factor has in the scenario as written. */
    static String levelIn(Scenario scenario, String factor) {
        int dot = factor.indexOf('.');
        String subject = factor.substring(0, dot);
        String what = factor.substring(dot + 1);
        Organization org = scenario.organizations().get(subject);
        return switch (what) {
            case "decisionRule" -> org.decisionRule() instanceof Bargaining b ? b.rule().id() : org.decisionRule().id();
            case "bargaining" -> String.valueOf(org.decisionRule() instanceof Bargaining);
            case "mandate" -> "as-is";
            case "agenda.tabledBy" -> org.agenda().tabledBy().name().toLowerCase(Locale.ROOT).replace('_', '-');
            case "capitalOverrulesRegions" -> String.valueOf(scenario.states().get(subject).capitalOverrulesRegions());
            default -> "on";
        };
    }
}
