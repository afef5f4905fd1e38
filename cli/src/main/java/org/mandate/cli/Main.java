package org.mandate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code mandate} command: simulates how regional security organizations respond to crises in their member
 * states, and explains why.
 */
@Command(name = "mandate", mixinStandardHelpOptions = true, version = "mandate 0.1.0",
        description = "Simulates how regional security organizations (CSTO, SCO, OSCE, ...) respond to crises in "
                + "their member states, and explains why.",
        subcommands = {RunCommand.class, ExplainCommand.class, ValidateCommand.class, EnsembleCommand.class,
            MergeCommand.class, SensitivityCommand.class, DiscoverCommand.class, BacktestCommand.class,
            BargainCommand.class,
            AblateCommand.class, HistoryCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an internal error. */
    public static final int INTERNAL = 1;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "print the stack trace of an internal error")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the project's error handling, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(Text.terminal(out));
        cl.setErr(err);
        // subcommands take -V from the standard help options: give them the program's version to print
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().version(cl.getCommandSpec().version());
        }
        CommandLine.IExecutionExceptionHandler handler = (ex, line, parse) -> {
            boolean verbose = parse.asCommandLineList().stream().anyMatch(c -> {
                Object o = c.getCommand();
                return o instanceof Main m && m.verbose;
            }) || parse.originalArgs().contains("--verbose");
            if (verbose) {
                line.getErr().println("mandate: internal error: " + ex);
                ex.printStackTrace(line.getErr());
            } else {
                // one line; the stack trace only with --verbose
                line.getErr().println("mandate: internal error: " + Text.safe(String.valueOf(ex))
                        + " (run again with --verbose for the stack trace)");
            }
            return INTERNAL;
        };
        cl.setExecutionExceptionHandler(handler);
        // with --format json, a failure is reported as JSON on standard output too
        cl.setExecutionStrategy(parse -> {
            try {
                return ErrorReport.execute(parse, handler);
            } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
                throw e;
            } catch (Exception e) {
                throw new CommandLine.ExecutionException(parse.commandSpec().commandLine(), e.toString(), e);
            }
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("mandate: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            if (ErrorReport.jsonAsked(java.util.Arrays.asList(args))) {
                c.getOut().println(ErrorReport.parameterReport(c, ex.getMessage()));
                c.getOut().flush();
            }
            return BAD_INPUT;
        });
        return cl;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
