package org.mandate.server.outcomes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DesignPoint;
import org.mandate.core.experiment.InputBinding;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;
import org.mandate.server.ApiError;
import org.mandate.server.Json;

/**
 * The changes of a what-if: mechanisms switched off (the same ids as {@code --disable}), design-factor levels
 * ({@code SCO.decisionRule: majority}, {@code KGZ.capitalOverrulesRegions: true}, ...) and numeric inputs set to a
 * value ({@code states.RUS.interests.costAversion: 0.3}, {@code episodes.june-2010.severity: 0.5}: the paths of an
 * experiment's uncertain inputs that the what-if panel's sliders move).
 *
 * @param disable mechanism ids to switch off
 * @param changes design factor name to level, in the order given
 * @param values  input path to value, in the order given
 */
public record WhatIf(List<String> disable, Map<String, String> changes, Map<String, Double> values) {

    /** Copies the arguments. */
    public WhatIf {
        disable = List.copyOf(disable);
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A what-if without numeric inputs. */
    public WhatIf(List<String> disable, Map<String, String> changes) {
        this(disable, changes, Map.of());
    }

    /** Reads the request's {@code disable}, {@code changes} and {@code values} fields (all optional). */
    public static WhatIf of(ObjectNode body) {
        return new WhatIf(Json.strings(body, "disable"), Json.textMap(body, "changes"), Json.numberMap(body, "values"));
    }

    /** Whether nothing changes. */
    public boolean none() {
        return disable.isEmpty() && changes.isEmpty() && values.isEmpty();
    }

    /** The scenario with the changes and the mechanisms left on; a 400 names a bad mechanism, factor, path or value. */
    public DesignFactor.Variant apply(Scenario scenario) {
        Set<String> off = new TreeSet<>();
        for (String id : disable) {
            if (!Mechanisms.IDS.contains(id)) {
                throw ApiError.badRequest("disable: unknown mechanism '" + id + "'; expected one of "
                        + String.join(", ", Mechanisms.IDS));
            }
            off.add(id);
        }
        List<DesignFactor> factors = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            DesignFactor f = new DesignFactor(e.getKey(), List.of(e.getValue()));
            String bad = f.check(scenario);
            if (bad != null) {
                throw ApiError.badRequest("changes: '" + e.getKey() + "': " + bad);
            }
            factors.add(f);
            levels.add(e.getValue());
        }
        Scenario valued = withValues(scenario);
        DesignFactor.Variant v = DesignFactor.variant(valued, factors, new DesignPoint(0, levels));
        off.addAll(v.mechanisms().disabled());
        return new DesignFactor.Variant(v.scenario(), new Mechanisms(off));
    }

    /**
     * The scenario with the numeric inputs set, in its records (so that runs, explanations and attributions all see
     * them). Only interests and severities: the inputs the sliders move.
     */
    Scenario withValues(Scenario scenario) {
        if (values.isEmpty()) {
            return scenario;
        }
        CompiledScenario compiled = CompiledScenario.compile(scenario);
        Scenario out = scenario;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String path = e.getKey();
            double value = e.getValue();
            InputBinding binding;
            try {
                binding = InputBinding.bind(compiled, path);
            } catch (IllegalArgumentException ex) {
                throw ApiError.badRequest("values: '" + path + "': " + ex.getMessage());
            }
            double[] range = binding.range();
            if (!(value >= range[0] && value <= range[1])) {
                throw ApiError.badRequest("values: '" + path + "' is " + value + "; expected a number from "
                        + range[0] + " to " + range[1]);
            }
            String[] p = path.split("\\.");
            if (p[0].equals("states") && p.length == 4 && p[2].equals("interests")) {
                State s = out.states().get(p[1]);
                out = out.withState(s.withInterests(s.interests().with(Interest.byKey(p[3]), value)));
            } else if (p[0].equals("episodes") && p[p.length - 1].equals("severity")) {
                String id = path.substring("episodes.".length(), path.length() - ".severity".length());
                List<Episode> eps = new ArrayList<>();
                for (Episode ep : out.episodes()) {
                    eps.add(!ep.id().equals(id) ? ep : new Episode(ep.id(), ep.title(), ep.date(), ep.assessOn(),
                            ep.host(), ep.regions(), ep.type(), value, ep.government(), ep.involves(), ep.framing(),
                            ep.defaultFraming(), ep.alignments(), ep.requests()));
                }
                out = out.withEpisodes(eps);
            } else {
                throw ApiError.badRequest("values: '" + path + "': the what-if sets interests "
                        + "(states.X.interests.NAME) and severities (episodes.E.severity) only");
            }
        }
        return out;
    }
}
