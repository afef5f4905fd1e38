package org.mandate.server.outcomes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DesignPoint;
import org.mandate.core.model.Scenario;
import org.mandate.server.ApiError;
import org.mandate.server.Json;

/**
 * The changes of a what-if: mechanisms switched off (the same ids as {@code --disable}) and design-factor levels
 * ({@code SCO.decisionRule: majority}, {@code KGZ.capitalOverrulesRegions: true}, ...).
 *
 * @param disable mechanism ids to switch off
 * @param changes design factor name to level, in the order given
 */
public record WhatIf(List<String> disable, Map<String, String> changes) {

    /** Copies the arguments. */
    public WhatIf {
        disable = List.copyOf(disable);
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** Reads the request's {@code disable} and {@code changes} fields (both optional). */
    public static WhatIf of(ObjectNode body) {
        return new WhatIf(Json.strings(body, "disable"), Json.textMap(body, "changes"));
    }

    /** Whether nothing changes. */
    public boolean none() {
        return disable.isEmpty() && changes.isEmpty();
    }

    /** The scenario with the changes and the mechanisms left on; a 400 names a bad mechanism, factor or level. */
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
        DesignFactor.Variant v = DesignFactor.variant(scenario, factors, new DesignPoint(0, levels));
        off.addAll(v.mechanisms().disabled());
        return new DesignFactor.Variant(v.scenario(), new Mechanisms(off));
    }
}
