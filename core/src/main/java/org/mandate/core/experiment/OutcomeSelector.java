package org.mandate.core.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.RunResult;

/**
 * An outcome of interest, such as {@code june-2010.CSTO.implemented>=4}: a cell, decided or implemented, a
 * comparison and a level.
 */
public final class OutcomeSelector {
    private static final Pattern FORM = Pattern.compile(
            "^(?<ep>[A-Za-z0-9._-]+)\\.(?<org>[A-Za-z0-9_-]+)\\.(?<field>decided|implemented)\\s*"
                    + "(?<op>>=|<=|==|=|>|<)\\s*(?<level>[0-4])$");

    private final String text;
    private final int cell;
    private final boolean implemented;
    private final String op;
    private final int level;

    private OutcomeSelector(String text, int cell, boolean implemented, String op, int level) {
        this.text = text;
        this.cell = cell;
        this.implemented = implemented;
        this.op = op;
        this.level = level;
    }

    /**
     * Parses an outcome against a compiled scenario.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static OutcomeSelector parse(String text, CompiledScenario c) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an outcome; expected EPISODE.ORG.decided or "
                    + "EPISODE.ORG.implemented, a comparison (>=, >, ==, <=, <) and a level 0-4, such as "
                    + "june-2010.CSTO.implemented>=4");
        }
        for (int k = 0; k < c.cellCount(); k++) {
            if (c.episodeOf(k).equals(m.group("ep")) && c.organizationOf(k).equals(m.group("org"))) {
                return new OutcomeSelector(text.trim(), k, m.group("field").equals("implemented"), m.group("op"),
                        Integer.parseInt(m.group("level")));
            }
        }
        throw new IllegalArgumentException("'" + text + "': no episode '" + m.group("ep") + "' with organization '"
                + m.group("org") + "' in the scenario");
    }

    /** Whether the run's outcome satisfies it. */
    public boolean test(RunResult r) {
        return test(implemented ? r.implemented(cell) : r.decided(cell));
    }

    /** Whether a level satisfies the comparison. */
    public boolean test(int value) {
        return switch (op) {
            case ">=" -> value >= level;
            case ">" -> value > level;
            case "<=" -> value <= level;
            case "<" -> value < level;
            default -> value == level;
        };
    }

    /** The cell index. */
    public int cell() {
        return cell;
    }

    /** Whether it reads the implemented level. */
    public boolean implemented() {
        return implemented;
    }

    @Override
    public String toString() {
        return text;
    }
}
