package org.mandate.server.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandate.core.scenario.YamlDocument;
import org.mandate.server.ApiError;

/**
 * The files the workbench may read and write, named by paths relative to two roots: {@code examples/...} (the
 * bundled scenarios and {@code examples/cases/}, read-only) and {@code workspace/...} (the user's folder, read and
 * write). Any other path, or one that leaves its root ({@code ..}, symbolic links), is refused with 403.
 *
 * @param examples  the examples folder
 * @param workspace the workspace folder (created on the first save)
 */
public record Workspace(Path examples, Path workspace) {
    /** Prefix of paths in the examples folder. */
    public static final String EXAMPLES = "examples/";
    /** Prefix of paths in the workspace. */
    public static final String WORKSPACE = "workspace/";

    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*(.+?)\\s*$");
    private static final Pattern ID = Pattern.compile("(?m)^(scenario|experiment|history):\\s*(\\S+)");
    private static final Pattern HISTORY_KEY = Pattern.compile("(?m)^history:");

    /** Makes both roots absolute. */
    public Workspace {
        examples = examples.toAbsolutePath().normalize();
        workspace = workspace.toAbsolutePath().normalize();
    }

    /**
     * One listed file.
     *
     * @param path  its path, such as {@code examples/cases/tibet-unrest-2008.yaml}
     * @param kind  {@code example}, {@code case} or {@code workspace}
     * @param type  {@code scenario}, {@code experiment}, {@code history}, {@code history-experiment} (an experiment on a
 *              history) or {@code bargaining} (a KTAB CSV)
     * @param id    the scenario or experiment id written in it
     * @param title its title line
     */
    public record Entry(String path, String kind, String type, String id, String title) {
    }

    /**
     * Every YAML file in the examples, the case library and the workspace, then the KTAB CSV files in
     * {@code examples/bargaining/} and the workspace, each group sorted by path.
     */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        out.addAll(entries(examples, EXAMPLES, 1, "example"));
        out.addAll(entries(examples.resolve("cases"), EXAMPLES + "cases/", 1, "case"));
        out.addAll(entries(workspace, WORKSPACE, 4, "workspace"));
        out.addAll(csvEntries(examples.resolve("bargaining"), EXAMPLES + "bargaining/", 1, "example"));
        out.addAll(csvEntries(workspace, WORKSPACE, 4, "workspace"));
        return out;
    }

    /** KTAB CSV scenarios of the bargaining model: type {@code bargaining}, id the file name, title its first cell. */
    private static List<Entry> csvEntries(Path root, String prefix, int depth, String kind) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, depth)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .toList()) {
                String first = head(f).lines().findFirst().orElse("");
                String[] cells = first.split(",", 3);
                String name = f.getFileName().toString();
                out.add(new Entry(prefix + root.relativize(f).toString().replace('\\', '/'), kind, "bargaining",
                        name.substring(0, name.length() - 4), cells.length > 1 ? cells[1].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Entry> entries(Path root, String prefix, int depth, String kind) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, depth)) {
            for (Path f : files.filter(Files::isRegularFile).filter(Workspace::isYaml).sorted().toList()) {
                String text = head(f);
                Matcher id = ID.matcher(text);
                Matcher title = TITLE.matcher(text);
                boolean found = id.find();
                String type = found ? id.group(1) : "scenario";
                if (type.equals("experiment") && HISTORY_KEY.matcher(text).find()) {
                    // an experiment on a history runs with the command line, not as a job of the page
                    type = "history-experiment";
                }
                out.add(new Entry(prefix + root.relativize(f).toString().replace('\\', '/'), kind,
                        type, found ? id.group(2) : "",
                        title.find() ? unquote(title.group(1)) : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String head(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))
                ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean isYaml(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The file a path names, which must lie inside the examples or the workspace; 403 otherwise. */
    public Path resolve(String path) {
        if (path == null || path.isBlank()) {
            throw ApiError.badRequest("no path given; expected examples/NAME.yaml or workspace/NAME.yaml");
        }
        if (path.startsWith(EXAMPLES)) {
            return inside(examples, path.substring(EXAMPLES.length()), path);
        }
        if (path.startsWith(WORKSPACE)) {
            return inside(workspace, path.substring(WORKSPACE.length()), path);
        }
        throw outside(path);
    }

    private static ApiError outside(String path) {
        return ApiError.forbidden("path '" + path + "' is outside the workspace; expected examples/NAME.yaml or "
                + "workspace/NAME.yaml");
    }

    private static Path inside(Path root, String rest, String path) {
        Path p;
        try {
            p = root.resolve(rest).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw ApiError.badRequest("path '" + path + "' is not a valid file name");
        }
        if (!p.startsWith(root) || p.equals(root) || rest.contains("\\")) {
            throw outside(path);
        }
        try {
            if (Files.exists(p) && !p.toRealPath().startsWith(root.toRealPath())) {
                throw outside(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Problems whose file names lie under a root, named as the API names them ({@code examples/...}). */
    public List<org.mandate.core.scenario.Problem> relabel(List<org.mandate.core.scenario.Problem> problems) {
        List<org.mandate.core.scenario.Problem> out = new ArrayList<>();
        for (var p : problems) {
            String file = p.file();
            if (file.startsWith(examples.toString())) {
                file = EXAMPLES + examples.relativize(Path.of(file)).toString().replace('\\', '/');
            } else if (file.startsWith(workspace.toString())) {
                file = WORKSPACE + workspace.relativize(Path.of(file)).toString().replace('\\', '/');
            }
            out.add(new org.mandate.core.scenario.Problem(file, p.line(), p.column(), p.path(), p.value(),
                    p.expected()));
        }
        return out;
    }

    /** The text of a file in the examples or the workspace; 404 when it does not exist. */
    public String read(String path) {
        Path p = resolve(path);
        if (!Files.isRegularFile(p)) {
            throw ApiError.notFound("no file '" + path + "'");
        }
        try {
            if (Files.size(p) > YamlDocument.MAX_BYTES) {
                throw new ApiError(413, "file '" + path + "' is " + Files.size(p) + " bytes; files over "
                        + YamlDocument.MAX_BYTES + " bytes are refused", List.of());
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves text into the workspace, creating folders as needed. Refuses (403) the examples, which are read-only,
     * and anything outside the workspace; refuses (400) names that are not YAML files and (413) text over the
     * loader's limit.
     */
    public void save(String path, String text) {
        if (path != null && path.startsWith(EXAMPLES)) {
            throw ApiError.forbidden("path '" + path + "' is in the bundled examples, which are read-only; save "
                    + "into the workspace (workspace/NAME.yaml)");
        }
        Path p = resolve(path);
        if (!path.startsWith(WORKSPACE)) {
            throw outside(path);
        }
        if (!isYaml(p)) {
            throw ApiError.badRequest("path '" + path + "' is not a YAML file; expected a name ending in .yaml");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > YamlDocument.MAX_BYTES) {
            throw new ApiError(413, "file is " + bytes.length + " bytes; files over " + YamlDocument.MAX_BYTES
                    + " bytes are refused", List.of());
        }
        try {
            Files.createDirectories(p.getParent());
            Path tmp = Files.createTempFile(p.getParent(), ".save-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
