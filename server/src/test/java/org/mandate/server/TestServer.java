package org.mandate.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** A workbench on port 0 over the repository's examples and a temporary workspace, and a client for it. */
final class TestServer implements AutoCloseable {
    /** The repository's examples folder, found by walking up from the working folder. */
    static final Path EXAMPLES = find("examples");

    final Workbench workbench;
    final Path workspace;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path workspace) {
        this.workspace = workspace;
        this.workbench = Workbench.start(new Workbench.Settings("127.0.0.1", 0, EXAMPLES, workspace));
    }

    static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    String url(String path) {
        return "http://127.0.0.1:" + workbench.port() + path;
    }

    /** One answer: status and body, parsed as JSON when it is. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE().build());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer put(String path, String text) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "text/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal. */
    static String quote(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbench.close();
    }
}
