package org.mandate.core.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.mechanism.choice.Bargaining;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.LocalActor;
import org.mandate.core.model.Mandate;
import org.mandate.core.model.Organization;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;

/**
 * A categorical design factor: a named change to the scenario with its levels. Supported factors:
 * {@code ORG.decisionRule} (rule ids), {@code ORG.bargaining} ({@code true}, {@code false}), {@code ORG.mandate} ({@code as-is}, {@code add TYPE}, {@code remove TYPE}),
 * {@code ORG.agenda.tabledBy} ({@code request}, {@code any-member}, {@code lead-state}),
 * {@code STATE.capitalOverrulesRegions} ({@code true}, {@code false}; also sets that state's local actors) and
 * {@code mechanism.ID} ({@code on}, {@code off}).
 *
 * @param name   the factor, such as {@code SCO.decisionRule}
 * @param levels its levels, as written
 */
public record DesignFactor(String name, List<String> levels) {

    /** Copies the list. */
    public DesignFactor {
        levels = List.copyOf(levels);
    }

    /** Why the factor or one of its levels cannot apply to the scenario, or null when it can. */
    public String check(Scenario scenario) {
        Target t = target();
        if (t == null) {
            return "unknown factor; expected ORG.decisionRule, ORG.bargaining, ORG.mandate, ORG.agenda.tabledBy, "
                    + "STATE.capitalOverrulesRegions or mechanism.ID";
        }
        switch (t.kind) {
            case MECHANISM -> {
                if (!Mechanisms.IDS.contains(t.subject)) {
                    return "unknown mechanism '" + t.subject + "'; expected one of: " + String.join(", ", Mechanisms.IDS);
                }
            }
            case CAPITAL -> {
                if (!scenario.states().containsKey(t.subject)) {
                    return "unknown state '" + t.subject + "'";
                }
            }
            default -> {
                if (!scenario.organizations().containsKey(t.subject)) {
                    return "unknown organization '" + t.subject + "'; expected one of: "
                            + String.join(", ", scenario.organizations().keySet());
                }
            }
        }
        for (String level : levels) {
            String bad = checkLevel(t, level, scenario);
            if (bad != null) {
                return "level '" + level + "': " + bad;
            }
        }
        return null;
    }

    private static String checkLevel(Target t, String level, Scenario scenario) {
        return switch (t.kind) {
            case RULE -> DecisionRule.byId(level) == null ? "expected one of: " + DecisionRule.ids() : null;
            case BARGAINING -> List.of("true", "false").contains(level) ? null : "expected true or false";
            case TABLED_BY -> List.of("request", "any-member", "lead-state").contains(level) ? null
                    : "expected one of: request, any-member, lead-state";
            case CAPITAL -> List.of("true", "false").contains(level) ? null : "expected true or false";
            case MECHANISM -> List.of("on", "off").contains(level) ? null : "expected on or off";
            case MANDATE -> {
                if (level.equals("as-is")) {
                    yield null;
                }
                String[] parts = level.split("\\s+");
                if (parts.length != 2 || !(parts[0].equals("add") || parts[0].equals("remove"))) {
                    yield "expected as-is, 'add TYPE' or 'remove TYPE'";
                }
                yield scenario.crisisTypes().containsKey(parts[1]) ? null : "unknown crisis type '" + parts[1]
                        + "'; expected one of: " + String.join(", ", scenario.crisisTypes().keySet());
            }
        };
    }

    /** The scenario with this factor at the given level. */
    public Scenario apply(Scenario scenario, String level) {
        Target t = target();
        switch (t.kind) {
            case RULE -> {
                Organization org = scenario.organizations().get(t.subject);
                DecisionRule rule = DecisionRule.byId(level);
                return scenario.withOrganization(org.withDecisionRule(org.decisionRule() instanceof Bargaining
                        ? new Bargaining(rule) : rule));
            }
            case BARGAINING -> {
                Organization org = scenario.organizations().get(t.subject);
                DecisionRule plain = org.decisionRule() instanceof Bargaining b ? b.rule() : org.decisionRule();
                return scenario.withOrganization(org.withDecisionRule(Boolean.parseBoolean(level)
                        ? new Bargaining(plain) : plain));
            }
            case TABLED_BY -> {
                Organization org = scenario.organizations().get(t.subject);
                AgendaRules a = org.agenda();
                AgendaRules.TabledBy by = switch (level) {
                    case "request" -> AgendaRules.TabledBy.REQUEST;
                    case "lead-state" -> AgendaRules.TabledBy.LEAD_STATE;
                    default -> AgendaRules.TabledBy.ANY_MEMBER;
                };
                return scenario.withOrganization(org.withAgenda(a.withTabledBy(by)));
            }
            case MANDATE -> {
                if (level.equals("as-is")) {
                    return scenario;
                }
                String[] parts = level.split("\\s+");
                Organization org = scenario.organizations().get(t.subject);
                List<String> types = new ArrayList<>(org.mandate().types());
                if (parts[0].equals("add")) {
                    if (!types.contains(parts[1])) {
                        types.add(parts[1]);
                    }
                } else {
                    types.remove(parts[1]);
                }
                Mandate m = org.mandate();
                return scenario.withOrganization(org.withMandate(new Mandate(types, m.foreignFramed(),
                        m.outsideCeiling())));
            }
            case CAPITAL -> {
                boolean on = Boolean.parseBoolean(level);
                State s = scenario.states().get(t.subject).withCapitalOverrulesRegions(on);
                List<LocalActor> actors = new ArrayList<>();
                for (LocalActor a : scenario.localActors()) {
                    actors.add(a.state().equals(t.subject) ? new LocalActor(a.id(), a.name(), a.state(), a.kind(),
                            a.controls(), a.resistance(), on) : a);
                }
                return scenario.withState(s).withLocalActors(actors);
            }
            default -> {
                return scenario;
            }
        }
    }

    /** The mechanisms switched off by this factor at the given level, added to {@code disabled}. */
    public void disable(String level, Set<String> disabled) {
        Target t = target();
        if (t != null && t.kind == Kind.MECHANISM && level.equals("off")) {
            disabled.add(t.subject);
        }
    }

    /** The scenario and mechanisms of a design point. */
    public static Variant variant(Scenario scenario, List<DesignFactor> factors, DesignPoint point) {
        Scenario s = scenario;
        Set<String> disabled = new HashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            s = factors.get(i).apply(s, point.levels().get(i));
            factors.get(i).disable(point.levels().get(i), disabled);
        }
        return new Variant(s, new Mechanisms(disabled));
    }

    /**
     * A scenario variant with its mechanisms.
     *
     * @param scenario   the scenario
     * @param mechanisms the mechanisms switched on
     */
    public record Variant(Scenario scenario, Mechanisms mechanisms) {
    }

    private enum Kind { RULE, BARGAINING, MANDATE, TABLED_BY, CAPITAL, MECHANISM }

    private record Target(Kind kind, String subject) {
    }

    private Target target() {
        if (name.startsWith("mechanism.")) {
            return new Target(Kind.MECHANISM, name.substring("mechanism.".length()));
        }
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String subject = name.substring(0, dot);
        return switch (name.substring(dot + 1)) {
            case "decisionRule" -> new Target(Kind.RULE, subject);
            case "bargaining" -> new Target(Kind.BARGAINING, subject);
            case "mandate" -> new Target(Kind.MANDATE, subject);
            case "agenda.tabledBy" -> new Target(Kind.TABLED_BY, subject);
            case "capitalOverrulesRegions" -> new Target(Kind.CAPITAL, subject);
            default -> null;
        };
    }
}
