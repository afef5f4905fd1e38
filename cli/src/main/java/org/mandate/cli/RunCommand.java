package org.mandate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.Outcome;
import org.mandate.core.explain.Attributor;
import org.mandate.core.explain.CellAttribution;
import org.mandate.core.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate run FILE}: what each organization decided and implemented in each episode, and why. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario: for each episode and organization, the level decided and implemented "
                + "(0 nothing, 1 statement, 2 aid/facilitation/monitoring, 3 police or advisory mission, "
                + "4 armed deployment) and the reason; where more than one mechanism alone keeps a level from rising, "
                + "the reason says so first (see explain for the attribution).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file (YAML)")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    MechanismOptions mechanismOptions = new MechanismOptions();

    @Mixin
    OverlayOption overlayOption = new OverlayOption();

    @picocli.CommandLine.Mixin
    InputOptions inputOptions = new InputOptions();


    /** Output formats. */
    enum Format { table, json }

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
        CompiledScenario compiled = CompiledScenario.compile(loaded.scenario(), mechanisms);
        List<Outcome> outcomes = Engine.explain(compiled);
        List<CellAttribution> attributions = Attributor.attribute(compiled);
        for (String w : loaded.warnings()) {
            err.println("mandate: warning: " + w);
        }
        if (format == Format.json) {
            java.util.Map<String, Object> tree = new java.util.LinkedHashMap<>(OutcomeJson.run(
                    loaded.scenario().id(), outcomes, attributions, false));
            if (!loaded.warnings().isEmpty()) {
                tree.put("warnings", loaded.warnings());
            }
            out.println(json().writeValueAsString(tree));
        } else {
            Tables.outcomes(loaded.scenario().title(), outcomes, attributions, out);
            if (overlayOption.file != null) {
                out.println("library overlay '" + overlayOption.overlay(err).name() + "' (" + overlayOption.file
                        + ") laid over the library");
            }
        }
        return Main.OK;
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
