package org.mandate.core.ablation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an {@link Ablation}: for each mechanism switched off alone and each pair switched off together, the
 * cells whose decided or implemented level changes.
 *
 * @param cases number of cases
 * @param cells number of (episode, organization) cells over all cases
 * @param alone one row per mechanism, in pipeline order
 * @param pairs one row per pair of mechanisms, in pipeline order
 */
public record AblationReport(int cases, int cells, List<Switch> alone, List<Switch> pairs) {

    /** Copies the lists. */
    public AblationReport {
        alone = List.copyOf(alone);
        pairs = List.copyOf(pairs);
    }

    /** The mechanisms that change no cell when switched off alone, in pipeline order. */
    public List<String> inert() {
        return alone.stream().filter(s -> s.changes().isEmpty()).map(Switch::name).toList();
    }

    /** The pairs that change a cell neither of them changes alone. */
    public List<Switch> jointPairs() {
        return pairs.stream().filter(s -> !s.onlyTogether().isEmpty()).toList();
    }

    /** The report as a plain-text table. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Ablation: ").append(cases).append(cases == 1 ? " case, " : " cases, ").append(cells)
                .append(" cells (episode x organization). A cell changes when its decided or implemented level\n")
                .append("differs with the mechanisms switched off; e.g. shows the first such cell as case episode/")
                .append("organization\ndecided/implemented->decided/implemented.\n\n");
        int w = "switched off alone".length();
        for (Switch s : alone) {
            w = Math.max(w, s.name().length());
        }
        String fmt = "%-" + w + "s  %5s  %6s  %7s  %s%n";
        sb.append(String.format(fmt, "switched off alone", "cells", "raised", "lowered", "e.g.").stripTrailing())
                .append('\n');
        for (Switch s : alone) {
            sb.append(String.format(fmt, s.name(), s.changes().size(), s.raised(), s.changes().size() - s.raised(),
                    s.changes().isEmpty() ? "-" : s.changes().get(0).label()));
        }
        List<String> inert = inert();
        sb.append('\n').append("change no cell alone: ").append(inert.isEmpty() ? "none" : String.join(", ", inert))
                .append('\n');
        List<Switch> joint = jointPairs();
        sb.append('\n').append("pairs that change cells neither changes alone: ").append(joint.size()).append(" of ")
                .append(pairs.size()).append('\n');
        if (!joint.isEmpty()) {
            int wp = "pair".length();
            for (Switch s : joint) {
                wp = Math.max(wp, s.name().length());
            }
            String pf = "%-" + wp + "s  %5s  %s%n";
            sb.append(String.format(pf, "pair", "cells", "e.g.").stripTrailing()).append('\n');
            for (Switch s : joint) {
                sb.append(String.format(pf, s.name(), s.onlyTogether().size(), s.onlyTogether().get(0).label()));
            }
        }
        return sb.toString();
    }

    /** The report as a tree of maps and lists for a JSON writer. */
    public Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cases", cases);
        root.put("cells", cells);
        root.put("alone", rows(alone, false));
        root.put("changeNoCellAlone", inert());
        root.put("pairs", rows(pairs, true));
        return root;
    }

    private static List<Object> rows(List<Switch> switches, boolean pairs) {
        List<Object> out = new ArrayList<>();
        for (Switch s : switches) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("off", s.off());
            m.put("changed", s.changes().size());
            m.put("raised", s.raised());
            m.put("lowered", s.changes().size() - s.raised());
            m.put("cells", cells(s.changes()));
            if (pairs) {
                m.put("onlyTogether", cells(s.onlyTogether()));
            }
            out.add(m);
        }
        return out;
    }

    private static List<Object> cells(List<CellChange> changes) {
        List<Object> out = new ArrayList<>();
        for (CellChange c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("case", c.caseId());
            m.put("episode", c.episode());
            m.put("organization", c.organization());
            m.put("decided", c.decided());
            m.put("implemented", c.implemented());
            m.put("ablatedDecided", c.ablatedDecided());
            m.put("ablatedImplemented", c.ablatedImplemented());
            out.add(m);
        }
        return out;
    }

    /**
     * Writes {@code summary.csv} (one row per mechanism and per pair) and {@code changes.csv} (one row per changed
     * cell of each) into the folder.
     */
    public void writeCsv(Path dir) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            w.write("off,mechanisms,changed,raised,lowered,onlyTogether\n");
            for (Switch s : all()) {
                w.write(String.join(",", String.join("+", s.off()), String.valueOf(s.off().size()),
                        String.valueOf(s.changes().size()), String.valueOf(s.raised()),
                        String.valueOf(s.changes().size() - s.raised()), String.valueOf(s.onlyTogether().size()))
                        + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("changes.csv"), StandardCharsets.UTF_8)) {
            w.write("off,case,episode,organization,decided,implemented,ablatedDecided,ablatedImplemented,"
                    + "onlyTogether\n");
            for (Switch s : all()) {
                for (CellChange c : s.changes()) {
                    w.write(String.join(",", String.join("+", s.off()), csv(c.caseId()), csv(c.episode()),
                            csv(c.organization()), String.valueOf(c.decided()), String.valueOf(c.implemented()),
                            String.valueOf(c.ablatedDecided()), String.valueOf(c.ablatedImplemented()),
                            String.valueOf(s.onlyTogether().contains(c))) + "\n");
                }
            }
        }
    }

    private List<Switch> all() {
        List<Switch> out = new ArrayList<>(alone);
        out.addAll(pairs);
        return out;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
