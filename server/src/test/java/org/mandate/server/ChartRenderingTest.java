package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.cli.Main;
import org.mandate.cli.plot.CommandCharts;
import org.mandate.cli.plot.Plot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The command line's drawing of each chart ({@code --plot}, {@link Plot}) against Vega's own, in Chromium, for the
 * same Vega-Lite specification: the same number of data marks of each kind (bars and rects, lines, symbols, rules,
 * texts) and the same words (titles, axis titles, category labels, legend entries, facet headers). Numbers on
 * continuous axes may differ (the tick choice is Vega's own) and are not compared; the positions are not either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartRenderingTest {
    TestServer server;
    WebDriver driver;
    final Map<String, JsonNode> specs = new LinkedHashMap<>();

    @BeforeAll
    void start(@TempDir Path workspace) throws Exception {
        boolean installed = Files.isExecutable(WorkbenchBrowserTest.CHROMEDRIVER)
                && Files.isExecutable(WorkbenchBrowserTest.CHROMIUM);
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Chromium is not installed: apt-get install chromium chromium-driver");
        }
        server = new TestServer(workspace);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(WorkbenchBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(WorkbenchBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.get(server.url("/"));

        JsonNode history = server.post("/api/history", "{\"path\":\"examples/central-asia.yaml\",\"to\":\"2012\"}")
                .json().path("charts");
        history.fields().forEachRemaining(e -> specs.put("history " + e.getKey(), e.getValue()));
        JsonNode backtest = server.post("/api/backtest", "{\"ensemble\":0}").json().path("charts");
        backtest.fields().forEachRemaining(e -> specs.put("backtest " + e.getKey(), e.getValue()));
        JsonNode bargain = server.post("/api/bargain", "{\"path\":\"examples/bargaining/ref-10x2.csv\"}").json()
                .path("charts");
        bargain.fields().forEachRemaining(e -> specs.put("bargain " + e.getKey(), e.getValue()));
        JsonNode explained = server.post("/api/explain", "{\"path\":\"examples/kyrgyzstan-2010.yaml\",\"episode\":"
                + "\"june-2010\",\"organization\":\"OSCE\"}").json();
        specs.put("explain utilities", explained.path("chart"));
        specs.put("explain shapley", explained.path("attributionChart"));
        Path experiment = TestServer.EXAMPLES.resolve("kyrgyzstan-2010-experiment.yaml");
        JsonNode ensemble = cli("ensemble", experiment.toString(), "--runs", "60", "--out",
                workspace.resolve("ens").toString(), "--format", "json");
        specs.put("ensemble", Json.MAPPER.valueToTree(CommandCharts.ensemble(ensemble)));
        specs.put("ensemble differences", Json.MAPPER.valueToTree(CommandCharts.differences(ensemble)));
        specs.put("sensitivity", Json.MAPPER.valueToTree(CommandCharts.sensitivity(cli("sensitivity",
                experiment.toString(), "--samples", "32", "--trajectories", "8", "--bootstrap", "10", "--format",
                "json"))));
        specs.put("discover", Json.MAPPER.valueToTree(CommandCharts.discovery(cli("discover", experiment.toString(),
                "--runs", "500", "--format", "json"))));
    }

    static JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(code).as(err.toString()).isZero();
        return Json.MAPPER.readTree(out.toString());
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Vega's SVG of a spec, drawn in the page with the bundled scripts. */
    String vega(JsonNode spec) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const vg = vegaLite.compile(JSON.parse(arguments[0])).spec;"
                        + "new vega.View(vega.parse(vg), {renderer: 'none'}).toSVG().then(done)"
                        + ".catch((e) => done('ERROR ' + e));", spec.toString());
    }

    /** Data marks by kind, and the words, of an SVG drawn by Vega (items under role-mark groups). */
    record Drawing(Map<String, Integer> marks, TreeSet<String> words) {
    }

    static Drawing read(String svg, boolean vega) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Map<String, Integer> marks = new TreeMap<>();
        TreeSet<String> words = new TreeSet<>();
        walk(doc.getDocumentElement(), vega, marks, words);
        return new Drawing(marks, words);
    }

    private static void walk(Element e, boolean vega, Map<String, Integer> marks, TreeSet<String> words) {
        String cls = e.getAttribute("class");
        if (vega && cls.contains("role-mark") && e.getTagName().equals("g")) {
            String kind = kind(cls);
            NodeList children = e.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element c && !c.getTagName().equals("g")) {
                    marks.merge(kind, 1, Integer::sum);
                }
            }
        }
        if (!vega && cls.contains("role-mark")) {
            marks.merge(kind(cls), 1, Integer::sum);
        }
        if (e.getTagName().equals("text") && !cls.contains("role-mark")) {
            String t = e.getTextContent().strip();
            if (!t.isEmpty() && !t.matches("[-\\d.,\\u2212]+")) {
                words.add(t);
            }
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                walk((Element) children.item(i), vega, marks, words);
            }
        }
    }

    private static String kind(String cls) {
        for (String c : cls.split(" ")) {
            if (c.startsWith("mark-")) {
                return c.substring(5);
            }
        }
        return cls;
    }

    @Test
    void everyChart_hasTheSameMarksAndWordsDrawnByTheCommandLineAsByVega() throws Exception {
        assertThat(specs).hasSize(13);
        Map<String, String> differences = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : specs.entrySet()) {
            ObjectNode spec = e.getValue().deepCopy();
            if (spec.path("width").isTextual()) {
                spec.put("width", 600);
            }
            String theirs = vega(spec);
            assertThat(theirs).as(e.getKey()).doesNotStartWith("ERROR");
            Drawing vega = read(theirs, true);
            Drawing ours = read(Plot.svg(spec), false);
            if (!vega.equals(ours)) {
                differences.put(e.getKey(), "vega " + vega + "\nours " + ours);
            }
        }
        assertThat(differences).isEmpty();
    }
}
