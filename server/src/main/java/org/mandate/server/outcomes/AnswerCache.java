package org.mandate.server.outcomes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandate.core.engine.Outcome;
import org.mandate.core.explain.CellAttribution;
import org.mandate.server.scenarios.ScenarioInput;

/**
 * The outcomes and attribution of recent scenarios under their what-ifs, so that a run and the explanations of its
 * cells are computed once: the attribution (Shapley values over fifteen mechanisms for every cell) costs far more than
 * the run. Requests for the same key while it is being computed wait for that one computation.
 *
 * <p>The key is what determines the answer: the scenario's text, the name and folder it was given, the modification
 * times of the library folder its {@code library} field names, and the what-if. The engine is deterministic, so a
 * cached answer is the answer. The newest {@link #SIZE} keys are kept.
 */
final class AnswerCache {
    /** How many scenario and what-if pairs are kept. */
    static final int SIZE = 128;

    private static final Pattern LIBRARY = Pattern.compile("(?m)^library:\\s*['\"]?([^'\"#\\n]+?)['\"]?\\s*(#.*)?$");

    /** The engine's answer for one scenario under one what-if. */
    record Computed(List<Outcome> outcomes, List<CellAttribution> attributions) {
    }

    private record Key(String label, String text, String folder, String library, List<String> disable,
                       Map<String, String> changes, Map<String, Double> values) {
    }

    private final Map<Key, CompletableFuture<Computed>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Computed>> eldest) {
            return size() > SIZE;
        }
    };

    /** The answer for the source under the what-if, computed by {@code compute} unless already known. */
    Computed get(ScenarioInput.Source source, WhatIf whatIf, Supplier<Computed> compute) {
        Key key = new Key(source.label(), source.text(), String.valueOf(source.folder()), libraryStamp(source),
                whatIf.disable(), whatIf.changes(), whatIf.values());
        CompletableFuture<Computed> mine = new CompletableFuture<>();
        CompletableFuture<Computed> known;
        synchronized (recent) {
            known = recent.putIfAbsent(key, mine);
        }
        if (known == null) {
            try {
                mine.complete(compute.get());
            } catch (RuntimeException | Error e) {
                synchronized (recent) {
                    recent.remove(key, mine);
                }
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return known.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the same run", e);
        } catch (ExecutionException e) {
            // the first request failed and said why; this one computes for itself
            return compute.get();
        }
    }

    /** The library folder the text names and the newest modification time in it, or empty. */
    private static String libraryStamp(ScenarioInput.Source source) {
        Matcher m = LIBRARY.matcher(source.text());
        if (!m.find() || source.folder() == null) {
            return "";
        }
        Path dir = source.folder().resolve(m.group(1).strip()).normalize();
        if (!Files.isDirectory(dir)) {
            return dir.toString();
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            long newest = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    return Long.MAX_VALUE;
                }
            }).max().orElse(0);
            return dir + "@" + newest;
        } catch (IOException | RuntimeException e) {
            // unreadable: never equal to a stamp taken before, so nothing stale is answered
            return dir + "@" + System.nanoTime();
        }
    }
}
