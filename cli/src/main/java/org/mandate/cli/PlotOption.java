package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.mandate.cli.plot.Plot;
import picocli.CommandLine.Option;

/**
 * {@code --plot FILE.svg|FILE.png}: the command's chart, the same Vega-Lite specification the workbench draws,
 * written as SVG or PNG by {@link Plot}. Checked before the command's work, so a bad name fails at once.
 */
final class PlotOption {
    @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png",
            description = "also draw the chart into FILE, as SVG or PNG by its extension")
    Path file;

    /** Exit code 2 with one line when the file name asks for neither SVG nor PNG; null when fine or absent. */
    Integer check(PrintWriter err) {
        if (file != null && Plot.Format.of(file) == null) {
            err.println("mandate: --plot: '" + file + "' ends in neither .svg nor .png");
            return Main.BAD_INPUT;
        }
        return null;
    }

    /** Writes the chart when asked; false (after one line on err) when the file cannot be written. */
    boolean write(Map<String, Object> spec, PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            Plot.write(spec, file);
            return true;
        } catch (java.nio.file.FileSystemException e) {
            err.println("mandate: --plot: cannot write '" + file + "': " + (e.getReason() != null ? e.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "no such folder " + e.getFile()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied on " + e.getFile()
                    : "cannot create " + e.getFile()));
            return false;
        } catch (IOException e) {
            err.println("mandate: --plot: cannot write '" + file + "': " + e.getMessage());
            return false;
        }
    }

    /**
     * Writes a second chart beside the first when asked, as {@code NAME-SUFFIX.svg|png} in the same folder; a null
     * spec writes nothing. False (after one line on err) when the file cannot be written.
     */
    boolean writeBeside(Map<String, Object> spec, String suffix, PrintWriter err) {
        if (file == null || spec == null) {
            return true;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        PlotOption other = new PlotOption();
        other.file = file.resolveSibling(name.substring(0, dot) + "-" + suffix + name.substring(dot));
        return other.write(spec, err);
    }

    /** The tree of a command's JSON, which the charts read. */
    static com.fasterxml.jackson.databind.JsonNode tree(Map<String, Object> json) {
        return RunCommand.json().valueToTree(json);
    }
}
