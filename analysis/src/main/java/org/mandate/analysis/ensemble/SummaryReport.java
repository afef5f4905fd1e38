package org.mandate.analysis.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.analysis.stats.ConfidenceInterval;
import org.mandate.analysis.stats.ProportionEstimate;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignPoint;
import org.mandate.core.experiment.ExperimentSpec;

/**
 * An ensemble's {@code summary.json}: what the experiment is (id, scenario, seed, sampling, design points and
 * cells) and, from an {@link EnsembleSummary}, each cell's level probabilities with 95% intervals and the paired
 * differences from the first design point. The labels come from the experiment, or from a {@code summary.json}
 * already written, so that merged shards are described exactly as the ensemble of all their runs.
 */
public final class SummaryReport {
    private final String experiment;
    private final String scenario;
    private final long seed;
    private final String sampling;
    private final List<String> designs;
    private final List<Map<String, String>> levels;
    private final List<String> episodes;
    private final List<String> organizations;

    private SummaryReport(String experiment, String scenario, long seed, String sampling, List<String> designs,
                          List<Map<String, String>> levels, List<String> episodes, List<String> organizations) {
        this.experiment = experiment;
        this.scenario = scenario;
        this.seed = seed;
        this.sampling = sampling;
        this.designs = List.copyOf(designs);
        this.levels = List.copyOf(levels);
        this.episodes = List.copyOf(episodes);
        this.organizations = List.copyOf(organizations);
    }

    /** The labels of an experiment's ensemble. */
    public static SummaryReport of(ExperimentSpec spec, EnsembleSetup setup) {
        List<String> designs = new ArrayList<>();
        List<Map<String, String>> levels = new ArrayList<>();
        for (DesignPoint p : setup.points()) {
            designs.add(p.id());
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < spec.factors().size(); i++) {
                m.put(spec.factors().get(i).name(), p.levels().get(i));
            }
            levels.add(m);
        }
        CompiledScenario c = setup.compiled(0);
        List<String> episodes = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        for (int k = 0; k < c.cellCount(); k++) {
            episodes.add(c.episodeOf(k));
            organizations.add(c.organizationOf(k));
        }
        return new SummaryReport(spec.id(), spec.scenario().id(), spec.seed(), spec.sampling().id(), designs, levels,
                episodes, organizations);
    }

    /**
     * The labels of the ensemble a {@code summary.json} describes.
     *
     * @throws IllegalArgumentException naming the field that is missing
     */
    public static SummaryReport read(JsonNode summary) {
        for (String field : List.of("experiment", "scenario", "seed", "sampling", "designPoints", "cells")) {
            if (summary.path(field).isMissingNode()) {
                throw new IllegalArgumentException("field '" + field + "' is missing");
            }
        }
        List<String> designs = new ArrayList<>();
        List<Map<String, String>> levels = new ArrayList<>();
        for (JsonNode p : summary.get("designPoints")) {
            designs.add(p.path("design").asText());
            Map<String, String> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = p.path("levels").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), e.getValue().asText());
            }
            levels.add(m);
        }
        JsonNode cells = summary.get("cells");
        if (designs.isEmpty() || cells.size() % designs.size() != 0) {
            throw new IllegalArgumentException("field 'cells' has " + cells.size() + " entries, expected a multiple of"
                    + " the " + designs.size() + " design points");
        }
        List<String> episodes = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        for (int k = 0; k < cells.size() / designs.size(); k++) {
            episodes.add(cells.get(k).path("episode").asText());
            organizations.add(cells.get(k).path("organization").asText());
        }
        return new SummaryReport(summary.get("experiment").asText(), summary.get("scenario").asText(),
                summary.get("seed").asLong(), summary.get("sampling").asText(), designs, levels, episodes,
                organizations);
    }

    /** The experiment's id. */
    public String experiment() {
        return experiment;
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** Number of design points. */
    public int points() {
        return designs.size();
    }

    /** Number of cells. */
    public int cells() {
        return episodes.size();
    }

    /**
     * The {@code summary.json} of {@code s}: the labels, the runs, the cells' level probabilities and the paired
     * differences, then where the rows are, how many rows this session wrote and in how many seconds.
     */
    public Map<String, Object> json(EnsembleSummary s, String rowsFile, long rowCount, double seconds) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", experiment);
        root.put("scenario", scenario);
        root.put("runs", s.runs());
        root.put("seed", seed);
        root.put("sampling", sampling);
        List<Object> points = new ArrayList<>();
        for (int d = 0; d < designs.size(); d++) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("design", designs.get(d));
            pm.put("levels", levels.get(d));
            points.add(pm);
        }
        root.put("designPoints", points);
        List<Object> cells = new ArrayList<>();
        for (int d = 0; d < s.points(); d++) {
            for (int k = 0; k < s.cells(); k++) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("design", designs.get(d));
                cm.put("episode", episodes.get(k));
                cm.put("organization", organizations.get(k));
                cm.put("decided", levels(s, d, k, EnsembleSummary.DECIDED));
                cm.put("implemented", levels(s, d, k, EnsembleSummary.IMPLEMENTED));
                cm.put("meanDecided", s.mean(d, k, EnsembleSummary.DECIDED));
                cm.put("meanImplemented", s.mean(d, k, EnsembleSummary.IMPLEMENTED));
                cells.add(cm);
            }
        }
        root.put("cells", cells);
        root.put("differences", differences(s));
        root.put("rowsFile", rowsFile);
        root.put("rowsThisSession", rowCount);
        root.put("seconds", seconds);
        return root;
    }

    /**
     * The paired differences of every later design point from the first, cell by cell, with 95% intervals: design,
     * versus, episode, organization, and the mean difference of the decided and implemented levels.
     */
    public List<Object> differences(EnsembleSummary s) {
        List<Object> diffs = new ArrayList<>();
        for (int d = 1; d < s.points(); d++) {
            for (int k = 0; k < s.cells(); k++) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("design", designs.get(d));
                dm.put("versus", designs.get(0));
                dm.put("episode", episodes.get(k));
                dm.put("organization", organizations.get(k));
                dm.put("decided", diff(s, d, k, EnsembleSummary.DECIDED));
                dm.put("implemented", diff(s, d, k, EnsembleSummary.IMPLEMENTED));
                diffs.add(dm);
            }
        }
        return diffs;
    }

    private static List<Object> levels(EnsembleSummary s, int d, int k, int field) {
        List<Object> out = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            ProportionEstimate p = s.probability(d, k, field, l);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", l);
            m.put("p", p.estimate());
            m.put("lower", p.interval().lower());
            m.put("upper", p.interval().upper());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> diff(EnsembleSummary s, int d, int k, int field) {
        ConfidenceInterval ci = s.differenceInterval(d, k, field);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", s.meanDifference(d, k, field));
        m.put("lower", ci.lower());
        m.put("upper", ci.upper());
        return m;
    }
}
