package org.mandate.analysis.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's output folder and its {@code manifest.json}: the one place that says whether the folder is complete
 * and what produced it.
 */
public final class OutputFolder {
    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Provenance provenance;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private String status = "partial";

    /**
     * What produced an output folder.
     *
     * @param command   the subcommand
     * @param arguments its arguments as given
     * @param inputs    the files it read, recorded with their SHA-256
     * @param seed      the master seed, or null when the command draws nothing
     * @param version   the program's version
     */
    public record Provenance(String command, List<String> arguments, List<Path> inputs, Long seed, String version) {
        /** Copies the lists. */
        public Provenance {
            arguments = List.copyOf(arguments);
            inputs = List.copyOf(inputs);
        }
    }

    /** Refusal to write into a folder, with the reason for the user. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message, null, false, false);
        }
    }

    private OutputFolder(Path dir, Provenance provenance) {
        this.dir = dir;
        this.provenance = provenance;
    }

    /**
     * Prepares {@code dir} for a command that writes the files (or folders) {@code names} into it, and records the
     * manifest as partial.
     *
     * @param keep      the command continues earlier output (a resumed ensemble): nothing is refused or deleted
     * @param overwrite replace earlier output: exactly {@code names} and the manifest are deleted, nothing else
     * @throws RefusedException when {@code dir} is not a folder, or holds earlier output and neither {@code keep}
     *                          nor {@code overwrite} was given
     */
    public static OutputFolder prepare(Path dir, Provenance provenance, List<String> names, boolean keep,
                                       boolean overwrite) throws IOException, RefusedException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RefusedException("'" + dir + "' is not a folder; expected a folder for the output");
        }
        List<String> earlier = new ArrayList<>();
        for (String name : names) {
            if (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                earlier.add(name);
            }
        }
        boolean hadManifest = Files.exists(dir.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
        if (!keep && !overwrite && (hadManifest || !earlier.isEmpty())) {
            List<String> shown = new ArrayList<>();
            if (hadManifest) {
                shown.add(MANIFEST);
            }
            shown.addAll(earlier);
            throw new RefusedException("'" + dir + "' already holds output (" + String.join(", ", shown)
                    + "); use --overwrite to replace it, or choose another folder");
        }
        Files.createDirectories(dir);
        OutputFolder folder = new OutputFolder(dir, provenance);
        folder.write("partial", null);
        if (overwrite && !keep) {
            for (String name : earlier) {
                delete(dir.resolve(name));
            }
        }
        return folder;
    }

    /** Deletes a file, or a folder of files (one level deep, as commands write them). */
    private static void delete(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(p)) {
                for (Path f : files) {
                    Files.delete(f);
                }
            }
        }
        Files.delete(p);
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** Records the folder as complete, holding {@code files}. */
    public void complete(List<String> files) throws IOException {
        write("complete", files, Map.of());
    }

    /**
     * Records the folder as complete, holding {@code files}, with more about them under the given keys (in their
     * order, after the files).
     */
    public void complete(List<String> files, Map<String, Object> details) throws IOException {
        write("complete", files, details);
    }

    /**
     * Records a further field of the manifest, written after the seed (for an ensemble's shard, {@code shard}: which
     * shard and which runs the folder holds), and rewrites the manifest.
     */
    public OutputFolder field(String name, Object value) throws IOException {
        fields.put(name, value);
        write(status, null);
        return this;
    }

    private void write(String status, List<String> files) throws IOException {
        write(status, files, Map.of());
    }

    private void write(String status, List<String> files, Map<String, Object> details) throws IOException {
        this.status = status;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("command", provenance.command());
        m.put("arguments", provenance.arguments());
        List<Object> inputs = new ArrayList<>();
        for (Path p : provenance.inputs()) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("file", p.toString());
            in.put("sha256", sha256(p));
            inputs.add(in);
        }
        m.put("inputs", inputs);
        if (provenance.seed() != null) {
            m.put("seed", provenance.seed());
        }
        m.putAll(fields);
        m.put("version", provenance.version());
        if (files != null) {
            m.put("files", files);
        }
        m.putAll(new java.util.TreeMap<>(details));
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(m));
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The SHA-256 of a file; of a folder, the SHA-256 of its regular files' names and SHA-256s, one a line in name
     * order (one level deep, as the commands read folders).
     */
    private static String sha256(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            StringBuilder listing = new StringBuilder();
            try (var files = Files.list(p)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    listing.append(f.getFileName()).append(' ').append(sha256(f)).append('\n');
                }
            }
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
