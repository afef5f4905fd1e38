package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.scenario.Problem;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Every error report as JSON: a command run with {@code --format json} that fails (exit 1 or 2) without having
 * printed its JSON answer prints, on standard output, one JSON object with the command, the exit code, each problem
 * (file, line, column, field, value, expected and the message, as {@code validate --format json} gives them) and the
 * warnings. Standard error still gets the same lines as without {@code --format json}.
 */
final class ErrorReport {
    /** At most this many characters of standard error are kept for the report; the rest still reach the terminal. */
    private static final int KEEP = 1 << 20;

    private ErrorReport() {
    }

    /** Runs the parsed command; with {@code --format json} a failure is also reported as JSON on standard output. */
    static int execute(ParseResult parse, CommandLine.IExecutionExceptionHandler handler) throws Exception {
        ParseResult leafParse = parse;
        while (leafParse.hasSubcommand()) {
            leafParse = leafParse.subcommand();
        }
        CommandLine leaf = leafParse.commandSpec().commandLine();
        Object format = leafParse.hasMatchedOption("--format") ? leafParse.matchedOptionValue("--format", null)
                : leafParse.commandSpec().findOption("--format") == null ? null
                : leafParse.commandSpec().findOption("--format").getValue();
        if (format == null || !"json".equals(format.toString())) {
            return new CommandLine.RunLast().execute(parse);
        }
        PrintWriter realOut = leaf.getOut();
        PrintWriter realErr = leaf.getErr();
        Capture out = new Capture(realOut);
        Capture err = new Capture(realErr);
        leaf.setOut(out);
        leaf.setErr(err);
        int code;
        try {
            code = new CommandLine.RunLast().execute(parse);
        } catch (CommandLine.ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception x ? x : e;
            code = handler.handleExecutionException(cause, leaf, parse);
        } finally {
            out.flush();
            err.flush();
            leaf.setOut(realOut);
            leaf.setErr(realErr);
        }
        if (code != Main.OK && !out.written()) {
            realOut.println(RunCommand.json().writeValueAsString(
                    tree(leaf.getCommandSpec().qualifiedName(" "), code, err)));
            realOut.flush();
        }
        return code;
    }

    /** Whether the arguments ask for JSON ({@code --format json} or {@code --format=json}). */
    static boolean jsonAsked(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format=json") || a.equals("--format") && i + 1 < args.size()
                    && args.get(i + 1).equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }

    /** The JSON report of a command line that could not be parsed. */
    static String parameterReport(CommandLine command, String message) {
        Capture err = new Capture(new PrintWriter(Writer.nullWriter()));
        err.println("mandate: " + message);
        try {
            return RunCommand.json().writeValueAsString(tree(command.getCommandSpec().qualifiedName(" "),
                    Main.BAD_INPUT, err));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints a located problem, one line; a capturing writer also keeps its parts for the JSON report. */
    static void print(PrintWriter err, Problem p) {
        print(err, problem(p.file(), p.line(), p.column(), p.path(), p.value(), p.expected(), p.toString()));
    }

    /** Prints a located problem of a KTAB file, one line; a capturing writer also keeps its parts. */
    static void print(PrintWriter err, org.mandate.bargaining.KtabFormatException.Problem p) {
        print(err, problem(p.source(), p.line(), p.column(), p.field(), p.value(), p.expected(), p.toString()));
    }

    private static void print(PrintWriter err, Map<String, Object> problem) {
        if (err instanceof Capture c) {
            c.problems.add(problem);
        }
        err.println(problem.get("message"));
    }

    private static Map<String, Object> problem(String file, int line, int column, String path, String value,
                                               String expected, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("line", line);
        m.put("column", column);
        m.put("path", path);
        m.put("value", value);
        m.put("expected", expected);
        m.put("message", Text.safe(message));
        return m;
    }

    private static Map<String, Object> tree(String command, int code, Capture err) {
        List<Object> problems = new ArrayList<>(err.problems);
        List<String> warnings = new ArrayList<>();
        java.util.Set<String> located = new java.util.HashSet<>();
        for (Map<String, Object> p : err.problems) {
            located.add((String) p.get("message"));
        }
        for (String raw : err.text.toString().split("\n", -1)) {
            String line = raw.substring(raw.lastIndexOf('\r') + 1).strip();
            if (line.isEmpty() || located.contains(line) || line.matches("\\d+ problems? found.*")
                    || line.startsWith("Try '")) {
                continue;
            }
            if (line.startsWith("mandate: ")) {
                line = line.substring("mandate: ".length());
            }
            if (line.startsWith("warning: ")) {
                warnings.add(line.substring("warning: ".length()));
            } else {
                problems.add(problem(null, 0, 0, "", null, null, line));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("exit", code);
        root.put("error", code == Main.BAD_INPUT ? "bad input" : "internal error");
        if (err.file != null) {
            root.put("file", err.file);
            root.put("kind", err.kind);
        }
        root.put("valid", false);
        root.put("problems", problems);
        root.put("warnings", warnings);
        return root;
    }

    /** A writer that passes everything on and keeps what went through it (up to a bound) and the problems. */
    static final class Capture extends PrintWriter {
        final StringBuilder text;
        final List<Map<String, Object>> problems = new ArrayList<>();
        /** The input file the problems are in, and what it was read as, when a command's input could not be read. */
        String file;
        String kind;

        Capture(PrintWriter target) {
            this(target, new StringBuilder());
        }

        private Capture(PrintWriter target, StringBuilder text) {
            super(new Writer() {
                @Override
                public void write(char[] buf, int off, int len) {
                    int keep = Math.min(len, KEEP - text.length());
                    if (keep > 0) {
                        text.append(buf, off, keep);
                    }
                    target.write(buf, off, len);
                }

                @Override
                public void flush() {
                    target.flush();
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, true);
            this.text = text;
        }

        /** Whether anything was written. */
        boolean written() {
            flush();
            return !text.isEmpty();
        }
    }
}
