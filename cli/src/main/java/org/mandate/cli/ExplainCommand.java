package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.engine.Reason;
import org.mandate.core.explain.Attribution;
import org.mandate.core.explain.Attributor;
import org.mandate.core.explain.CellAttribution;
import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;
import org.mandate.core.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate explain FILE --episode E --org O}: the whole trace of one outcome. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints the whole trace of an outcome: the stage that set it, the pivotal actors, every "
                + "reason with its memo section, each member's stance and the interests behind it.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file (YAML)")
    Path file;

    @Option(names = "--episode", paramLabel = "E", description = "episode id (default: every episode)")
    String episode;

    @Option(names = {"--org", "--organization"}, paramLabel = "O",
            description = "organization id (default: every organization)")
    String org;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    MechanismOptions mechanismOptions = new MechanismOptions();

    @Mixin
    OverlayOption overlayOption = new OverlayOption();

    @picocli.CommandLine.Mixin
    InputOptions inputOptions = new InputOptions();


    /** Output formats. */
    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Run input = Inputs.load(file, inputOptions.allowOutside, mechanismOptions, overlayOption, out, err,
                format == Format.json);

        if (input == null) {
            return Main.BAD_INPUT;
        }
        LoadedScenario loaded = input.scenario();
        Mechanisms mechanisms = input.mechanisms();
        Scenario scenario = loaded.scenario();
        if (episode != null && scenario.episodes().stream().noneMatch(e -> e.id().equals(episode))) {
            err.println("mandate: --episode: no episode '" + episode + "' in " + file + "; expected one of: "
                    + String.join(", ", scenario.episodes().stream().map(e -> e.id()).toList()));
            return Main.BAD_INPUT;
        }
        if (org != null && !scenario.organizations().containsKey(org)) {
            err.println("mandate: --org: no organization '" + org + "'; expected one of: "
                    + String.join(", ", scenario.organizations().keySet()));
            return Main.BAD_INPUT;
        }
        CompiledScenario compiled = CompiledScenario.compile(scenario, mechanisms);
        List<CellAttribution> attributions = Attributor.attribute(compiled);
        List<Outcome> selected = new ArrayList<>();
        for (Outcome o : Engine.explain(compiled)) {
            if ((episode == null || o.episode().equals(episode)) && (org == null || o.organization().equals(org))) {
                selected.add(o);
            }
        }
        if (format == Format.json) {
            out.println(RunCommand.json().writeValueAsString(OutcomeJson.run(scenario.id(), selected, attributions,
                    true)));
            return Main.OK;
        }
        for (Outcome o : selected) {
            print(scenario, o, Attributions.find(attributions, o), out);
        }
        return Main.OK;
    }

    private static void print(Scenario scenario, Outcome o, CellAttribution attribution, PrintWriter out) {
        out.printf("== %s / %s%n", o.episode(), o.organization());
        if (!o.member()) {
            out.println("not a member: " + o.headline());
            out.println();
            return;
        }
        out.printf("decided      %d (%s), set by %s%n", o.decided(), ResponseLevel.of(o.decided()).label(),
                o.decidedStage().id());
        out.printf("implemented  %d (%s), set by %s%n", o.implemented(), ResponseLevel.of(o.implemented()).label(),
                o.implementedStage().id());
        String note = attribution == null ? null : attribution.note(o.stage(), o.implemented() < o.decided());
        if (note != null) {
            out.println("not one stage: " + note);
        }
        out.printf("asked for or wanted before the gates: %d%n", o.demand());
        out.println("pivotal      " + (o.pivotal().isEmpty() ? "none: no single actor's stance, made indifferent, "
                + "changes the outcome" : String.join(", ", o.pivotal())));
        if (!o.pivotalPairs().isEmpty()) {
            out.println("pivotal together: " + String.join("; ", o.pivotalPairs().stream()
                    .map(pair -> String.join(" + ", pair)).toList()));
        }
        if (o.deployment() != null && o.decided() > 0) {
            var d = o.deployment();
            out.printf("deployment   decided on %s; %s%s%n", d.decidedOn(), d.deployed() ? "deployed on "
                    + d.deployedOn() : "not deployed", d.size() > 0 ? "; size " + d.size() + " -> " + d.finalSize()
                    : "");
        }
        out.println("reasons:");
        for (Reason r : o.reasons()) {
            out.printf("  [%s%s] %s%n      memo: %s%n", r.mechanism(), r.actor() == null ? "" : ", " + r.actor(),
                    r.text(), r.memo());
        }
        out.println("stances (utility of each level 0-4; * = objects; ideal = preferred feasible level):");
        for (MemberStance s : o.stances()) {
            StringBuilder u = new StringBuilder();
            for (int l = 0; l < 5; l++) {
                u.append(String.format(Locale.ROOT, "%6.2f%s", s.utility()[l], s.objects().contains(l) ? "*" : " "));
            }
            out.printf("  %-4s %s w=%.3f %s ideal %d  %s%n", s.actor(), s.voting() ? "votes " : "no vote",
                    s.weight(), u, s.ideal(), topTerms(s));
        }
        if (attribution != null) {
            printAttribution(attribution, out);
        }
        out.println("rents (read by no stage), human dimension (read by the human-dimension term), rivals (read by "
                + "the neighbour-veto term):");
        for (MemberStance s : o.stances()) {
            State st = scenario.states().get(s.actor());
            if (st.interests().get(Interest.RENTS) >= 0.5 || Math.abs(st.interests().get(Interest.HUMAN_DIMENSION))
                    >= 0.5 || !st.rivals().isEmpty()) {
                out.printf(Locale.ROOT, "  %-4s rents %.2f, human dimension %+.2f, rivals %s%n", s.actor(),
                        st.interests().get(Interest.RENTS), st.interests().get(Interest.HUMAN_DIMENSION),
                        st.rivals().isEmpty() ? "none" : String.join(" ", st.rivals()));
            }
        }
        out.println();
    }

    private static void printAttribution(CellAttribution a, PrintWriter out) {
        out.println("attribution (Shapley values over switching mechanisms off: + holds the level down, - holds it "
                + "up; they sum to the level with every mechanism off minus the level):");
        printLevel("decided", a.decided(), out);
        if (a.implemented().equals(a.decided())) {
            out.println("  implemented: the same");
        } else {
            printLevel("implemented", a.implemented(), out);
        }
    }

    private static void printLevel(String what, Attribution a, PrintWriter out) {
        out.printf("  %s %d; with every mechanism off %d; sum %+.2f%n", what, a.level(), a.allOff(),
                (double) (a.allOff() - a.level()));
        List<Map.Entry<String, Double>> values = new ArrayList<>(a.shapley().entrySet());
        values.removeIf(e -> e.getValue() == 0.0);
        values.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %+.2f", e.getKey(),
                    e.getValue()));
        }
        out.println("    shapley: " + (values.isEmpty() ? "0 for every mechanism" : sb + (values.size()
                < a.shapley().size() ? "; 0 for the rest" : "")));
        List<String> alone = new ArrayList<>();
        List<String> together = new ArrayList<>();
        for (List<String> set : a.sufficient()) {
            if (set.size() == 1) {
                alone.add(set.get(0));
            } else if (set.size() > 1) {
                together.add(String.join(" + ", set));
            }
        }
        if (!a.held()) {
            out.println("    sufficient: nothing holds it down; no set of mechanisms switched off raises it");
        } else {
            out.println("    sufficient alone: " + (alone.isEmpty() ? "none" : String.join(", ", alone)));
            if (!together.isEmpty()) {
                out.println("    sufficient together: " + String.join("; ", together));
            }
        }
        List<String> changes = new ArrayList<>();
        a.alone().forEach((m, level) -> changes.add(m + " (to " + level + ")"));
        out.println("    switched off alone, changes it: " + (changes.isEmpty() ? "none" : String.join(", ", changes)));
        out.println("    " + a.sufficientText());
    }

    private static String topTerms(MemberStance s) {
        int level = Math.max(s.ideal(), s.objects().isEmpty() ? s.ideal() : s.objects().get(0));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, double[]> e : s.contributions().entrySet()) {
            double v = e.getValue()[level];
            if (Math.abs(v) >= 0.01) {
                sb.append(String.format(Locale.ROOT, " %s %+.2f", e.getKey(), v));
            }
        }
        return sb.length() == 0 ? "" : "at level " + level + ":" + sb;
    }
}
