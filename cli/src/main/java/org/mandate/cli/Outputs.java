package org.mandate.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.output.OutputFolder;
import picocli.CommandLine.Model.CommandSpec;

/** Output folders for commands: their provenance, and write failures told as the user's problem. */
final class Outputs {
    private Outputs() {
    }

    /** What a command run produces: its name, arguments as given, input files, seed and the program's version. */
    static OutputFolder.Provenance provenance(CommandSpec spec, List<Path> inputs, Long seed) {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        int at = args.indexOf(spec.name());
        List<String> own = at >= 0 ? args.subList(at + 1, args.size()) : args;
        String[] version = spec.root().version();
        String v = version.length > 0 ? version[0].replaceFirst("^mandate ", "") : "unknown";
        return new OutputFolder.Provenance(spec.name(), own, inputs, seed, v);
    }

    /**
     * Why an output could not be written, for the user: the path and the system's reason, e.g.
     * {@code cannot write 'out/runs.csv': No space left on device}.
     */
    static String cannotWrite(Path fallback, IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : fs instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : fs instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : fs instanceof java.nio.file.FileAlreadyExistsException ? "is a file where a folder is needed"
                    : fs.getClass().getSimpleName();
            return "cannot write '" + fs.getFile() + "': " + reason;
        }
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return "cannot write to '" + fallback + "': " + Text.safe(reason);
    }
}
