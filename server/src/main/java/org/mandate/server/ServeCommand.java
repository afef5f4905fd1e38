package org.mandate.server;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mandate serve}: starts the workbench on a local port and prints its address. The server jar's main; the
 * {@code mandate} script sends {@code serve} here, so the command line's own jar does not carry a web server.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web workbench (scenarios, runs, explanations, what-ifs, ensembles) on a local "
                + "port and prints its address; Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "the port (0: any free one; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "the address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String host;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = "workspace",
            description = "the folder where scenarios and what-ifs are saved (default: ${DEFAULT-VALUE})")
    Path workspace;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
            description = "the bundled examples and case library (default: ${DEFAULT-VALUE})")
    Path examples;

    /** Runs until stopped; for tests, counted down to stop. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("mandate: --port: " + port + " is not a port; expected 0 to 65535");
            return 2;
        }
        if (!Files.isDirectory(examples)) {
            err.println("mandate: --examples: no folder '" + examples + "'; expected the examples folder of the "
                    + "repository");
            return 2;
        }
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
            err.println("mandate: --workspace: '" + workspace + "' is a file; expected a folder");
            return 2;
        }
        Workbench wb;
        try {
            wb = Workbench.start(new Workbench.Settings(host, port, examples, workspace));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    err.println("mandate: cannot listen on " + host + ":" + port + ": " + t.getMessage()
                            + "; choose another --port or --host");
                    return 2;
                }
            }
            throw e;
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Mandate workbench: http://" + shown + ":" + wb.port() + "/");
        out.println("workspace: " + workspace.toAbsolutePath().normalize() + "; Ctrl-C stops the server");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("warning: listening on " + host + ": anyone who can reach it can run scenarios and write "
                    + "into the workspace");
        }
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(wb::close));
        stop.await();
        wb.close();
        return 0;
    }

    /** The server jar's main: {@code serve [OPTIONS]}, as {@code mandate serve}. */
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new Root());
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("mandate: internal error: " + ex);
            return 1;
        });
        System.exit(cl.execute(args));
    }

    /** {@code mandate} with the one subcommand this jar adds. */
    @Command(name = "mandate", mixinStandardHelpOptions = true, subcommands = ServeCommand.class,
            description = "The Mandate web workbench.")
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
