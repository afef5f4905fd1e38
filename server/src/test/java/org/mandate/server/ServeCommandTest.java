package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mandate serve}, run in-process. */
class ServeCommandTest {
    /** One in-process run: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
    }

    static Run serve(ServeCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            CommandLine cl = new CommandLine(command);
            cl.setOut(o);
            cl.setErr(e);
            code = cl.execute(args);
        }
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void serve_printsItsAddress_andAnswersThere_untilStopped(@TempDir Path workspace) throws Exception {
        ServeCommand command = new ServeCommand();
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
            CommandLine cl = new CommandLine(command);
            cl.setOut(new PrintWriter(out, true));
            return cl.execute("--port", "0", "--workspace", workspace.toString(), "--examples",
                    TestServer.EXAMPLES.toString());
        });
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!out.toString().contains("\n") && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        String first = out.toString().lines().findFirst().orElseThrow();
        assertThat(first).matches("Mandate workbench: http://127\\.0\\.0\\.1:\\d+/");
        String url = first.substring("Mandate workbench: ".length());
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "api/scenarios"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("<title>Mandate workbench</title>");
        command.stop.countDown();
        assertThat(code.get()).isZero();
    }

    @Test
    void serve_onAPortInUse_saysSoInOneLine_andExits2(@TempDir Path workspace) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run r = serve(new ServeCommand(), "--port", String.valueOf(port), "--workspace", workspace.toString(),
                    "--examples", TestServer.EXAMPLES.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().lines().toList()).hasSize(1);
            assertThat(r.err()).startsWith("mandate: cannot listen on 127.0.0.1:" + port + ": ")
                    .contains("; choose another --port or --host");
        }
    }

    @Test
    void serve_withoutTheExamplesFolder_exits2_namingIt(@TempDir Path dir) {
        Run r = serve(new ServeCommand(), "--port", "0", "--examples", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: --examples: no folder '" + dir.resolve("none") + "'; expected the "
                + "examples folder of the repository\n");
    }

    @Test
    void serve_withAWorkspaceThatIsAFile_exits2(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ws"), "x");
        Run r = serve(new ServeCommand(), "--port", "0", "--workspace", file.toString(), "--examples",
                TestServer.EXAMPLES.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: --workspace: '" + file + "' is a file; expected a folder\n");
    }

    @Test
    void serve_withABadPort_exits2() {
        Run r = serve(new ServeCommand(), "--port", "70000", "--examples", TestServer.EXAMPLES.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: --port: 70000 is not a port; expected 0 to 65535\n");
    }
}
