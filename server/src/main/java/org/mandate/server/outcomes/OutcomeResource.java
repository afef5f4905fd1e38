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
        LoadedScenario loaded = ScenarioInput.load(files, body);
        DesignFactor.Variant v = WhatIf.of(body).apply(loaded.scenario());
        CompiledScenario compiled = CompiledScenario.compile(v.scenario(), v.mechanisms());
        ctx.json(OutcomeJson.run(loaded.scenario().id(), Engine.explain(compiled), Attributor.attribute(compiled),
                false));
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
        DesignFactor.Variant variant = WhatIf.of(body).apply(scenario);
        CompiledScenario compiled = CompiledScenario.compile(variant.scenario(), variant.mechanisms());
        for (Outcome o : Engine.explain(compiled)) {
            if ((episode == null || o.episode().equals(episode)) && (org == null || o.organization().equals(org))) {
                selected.add(o);
            }
        }
        Map<String, Object> json = OutcomeJson.run(scenario.id(), selected, Attributor.attribute(compiled), true);
        if (selected.size() == 1) {
            json.put("chart", VegaLite.utilities(selected.get(0)));
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
        if (factors.isEmpty()) {
            throw ApiError.badRequest("the what-if changes nothing; switch a mechanism off or change a rule first");
        }
        Path target = files.resolve(name);
        Path base = files.resolve(path);
        String relative = target.getParent().relativize(base).toString().replace('\\', '/');
        StringBuilder y = new StringBuilder();
        y.append("# What-if on ").append(path).append(", saved from the workbench. Design point d0 is the scenario as\n")
                .append("# written; the last design point has every change below. Run it with:\n")
                .append("#   mandate ensemble ").append(name).append("\n");
        y.append("experiment: whatif-").append(scenario.id()).append('\n');
        y.append("title: ").append(quote("What-if on " + scenario.title() + ": " + String.join(", ",
                factors.stream().map(f -> f[0] + " " + f[2]).toList()))).append('\n');
        y.append("scenario: ").append(quote(relative)).append('\n');
        y.append("runs: 1\nseed: 1\ndesigns:\n");
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
