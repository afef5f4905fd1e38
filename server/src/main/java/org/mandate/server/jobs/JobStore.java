package org.mandate.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandate.server.Json;

/**
 * Jobs kept on disk so that they outlive the server: one JSON file per job, {@code ID.json}, in a folder of the
 * workspace, holding exactly what {@code GET /api/jobs/{id}} answers.
 *
 * <p>Why plain files: a job is written whole, by one thread, a handful of times (queued, running, then its end), and
 * read whole by id; nothing is queried, joined or updated in place. Each write goes to a temporary file in the same
 * folder that is then renamed over the old one atomically, so a reader, or a server that dies mid-write, sees either
 * the old document or the new one, never half of one. An embedded database (H2's MVStore, SQLite, Xodus) would add
 * a dependency, a file format and a lock for what a rename already guarantees. The store keeps the newest
 * {@link #KEEP} jobs and deletes older ones, so the folder stays bounded.
 */
final class JobStore {
    /** The most jobs kept; older ones are deleted when a new one is written. */
    static final int KEEP = 200;

    private static final Pattern NAME = Pattern.compile("j(\\d+)\\.json");

    private final Path dir;

    /** A store in the given folder, created on the first write. */
    JobStore(Path dir) {
        this.dir = dir;
    }

    /** Writes a job's document atomically, replacing the previous one. */
    synchronized void write(String id, Map<String, Object> document) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + id + "-", ".tmp");
            try {
                Json.MAPPER.writeValue(tmp.toFile(), document);
                try {
                    Files.move(tmp, dir.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, dir.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write job " + id + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every stored job, oldest first; a file that does not parse (written by hand, say) is skipped. */
    synchronized List<JsonNode> readAll() {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files()) {
            try {
                JsonNode n = Json.MAPPER.readTree(f.toFile());
                if (n != null && n.path("id").isTextual()) {
                    out.add(n);
                }
            } catch (IOException e) {
                // a damaged or foreign file is not a job; leave it for the user to look at
            }
        }
        return out;
    }

    /** The number of the job file, or -1. */
    static long number(String id) {
        Matcher m = NAME.matcher(id + ".json");
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(p -> number(p.getFileName().toString().replace(".json", ""))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        List<Path> all = files();
        for (int i = 0; i < all.size() - KEEP; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
