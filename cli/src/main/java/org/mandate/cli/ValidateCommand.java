package org.mandate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate validate FILE}: checks a scenario or case file and prints its problems, or {@code ok}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario or case file against the scenario format and the library; prints every "
                + "problem (file:line:column: field: value: what was expected) or 'ok'.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario or case file (YAML)")
    Path file;

    @Override
    public Integer call() {
        if (Inputs.load(file, spec.commandLine().getErr()) == null) {
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("ok");
        return Main.OK;
    }
}
