package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium
 * against a workbench on port 0. A failing test leaves a screenshot under {@code target/screenshots/}; with
 * {@code -Dworkbench.docs.img=DIR} the tests also write the screenshots of {@code docs/workbench.md} there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration WAIT = Duration.ofSeconds(20);

    TestServer server;
    Path downloads;
    WebDriver driver;
    WebDriverWait wait;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                shot(Path.of("target", "screenshots"), context.getRequiredTestMethod().getName() + ".png");
            }
        }
    };

    @BeforeAll
    void start(@TempDir Path workspace, @TempDir Path downloadFolder) {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Chromium is not installed: apt-get install chromium chromium-driver");
        }
        server = new TestServer(workspace);
        downloads = downloadFolder;
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1600,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1600, 1000));
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
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

    private void shot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void docsShot(String name) {
        Optional.ofNullable(System.getProperty("workbench.docs.img")).ifPresent(dir -> shot(Path.of(dir), name));
    }

    private static By cellAt(String table, String key) {
        return By.cssSelector("#" + table + " td[data-cell='" + key + "']");
    }

    /** The cell as it is now (the table is drawn anew on every run). */
    private WebElement cell(String table, String key) {
        return wait.until(d -> d.findElement(cellAt(table, key)));
    }

    /** Waits until the cell shows the levels decided/implemented. */
    private void waitForLevels(String table, String key, String levels) {
        wait.until(d -> levels.equals(d.findElement(cellAt(table, key)).getAttribute("data-levels")));
    }

    private void open2010() {
        driver.get(server.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#file-list a[data-path='examples/kyrgyzstan-2010.yaml']"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("validity"), "valid"));
    }

    @Test
    void the2010Example_runs_explainsJuneOsce_andWithLocalVetoOffJuneOsceBecomes33() {
        open2010();
        driver.findElement(By.id("run")).click();
        waitForLevels("baseline", "june-2010/OSCE", "3/2");
        waitForLevels("baseline", "june-2010/CSTO", "2/2");
        waitForLevels("baseline", "april-2010/CSTO", "1/1");
        docsShot("workbench-run.png");

        cell("baseline", "june-2010/OSCE").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#explain h2"), "june-2010 / OSCE"));
        WebElement explain = driver.findElement(By.id("explain"));
        assertThat(explain.getText()).contains("decided", "set by collective-choice", "set by local-veto",
                "KGZ-OSH + KGZ-SOUTH", "OSCE: From Helsinki to Osh (and Back Again)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#utility-chart canvas, "
                + "#utility-chart svg")));
        docsShot("workbench-explain.png");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#attribution-chart canvas, "
                + "#attribution-chart svg")));
        assertThat(driver.findElement(By.id("sufficient")).getText()).contains("local-veto alone keeps it from "
                + "going above 2");
        scrollTo("attribution-chart");
        docsShot("workbench-attribution.png");

        driver.findElement(By.cssSelector("input[data-mechanism='local-veto']")).click();
        waitForLevels("variant", "june-2010/OSCE", "3/3");
        wait.until(d -> d.findElement(cellAt("variant", "june-2010/OSCE")).getAttribute("class").contains("changed"));
        waitForLevels("baseline", "june-2010/OSCE", "3/2");
        assertThat(driver.findElements(By.cssSelector("#variant td.changed"))).hasSize(1);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#explain h2"), "june-2010 / OSCE"));
        docsShot("workbench-whatif.png");
    }

    /** Moves a slider as a drag ends: sets its value and fires the input event the page listens to. */
    private void slide(String path, double value) {
        WebElement range = wait.until(d -> d.findElement(By.cssSelector("input[data-input='" + path + "']")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", range, String.valueOf(value));
    }

    @Test
    void slidersAndMandateSwitches_reRunTheWhatIf_markChangedCells_andAnswerWithin50Ms() {
        // the most influential slider and the end of its range that changes cells, as the API lists them
        com.fasterxml.jackson.databind.JsonNode top = null;
        for (com.fasterxml.jackson.databind.JsonNode s : server.post("/api/whatif/inputs",
                WorkbenchApiTest.EXAMPLE_BODY).json().path("states").get(0).path("interests")) {
            if (top == null || s.path("influence").asInt() > top.path("influence").asInt()) {
                top = s;
            }
        }
        String path = top.path("path").asText();
        double end = top.path("min").asDouble();
        if (server.post("/api/whatif", "{\"path\":\"" + WorkbenchApiTest.EXAMPLE + "\",\"values\":{\"" + path
                + "\":" + end + "}}").json().path("changed").isEmpty()) {
            end = top.path("max").asDouble();
        }
        open2010();
        driver.findElement(By.id("run")).click();
        waitForLevels("baseline", "june-2010/OSCE", "3/2");
        wait.until(d -> !d.findElements(By.cssSelector("#sliders fieldset[data-state]")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#sliders fieldset[data-state]")).size()).isBetween(1, 3);

        java.util.List<Integer> times = new java.util.ArrayList<>();
        double[] values = {end, top.path("value").asDouble(), end};
        for (double v : values) {
            String before = driver.findElement(By.id("run-status")).getText();
            slide(path, v);
            wait.until(d -> !d.findElement(By.id("run-status")).getText().equals(before)
                    && d.findElement(By.id("run-status")).getText().contains("answered in"));
            times.add(Integer.parseInt(driver.findElement(By.id("run-status")).getAttribute("data-ms")));
        }
        wait.until(d -> !d.findElements(By.cssSelector("#variant td.changed")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("input[data-input='" + path + "']")).findElement(
                By.xpath("..")).getAttribute("class")).contains("moved");
        // fifteen more moves, back and forth: the page's round trip (request, two runs, diff, JSON, redraw)
        for (int i = 0; i < 15; i++) {
            double v = i % 2 == 0 ? top.path("value").asDouble() : end;
            String before = driver.findElement(By.id("run-status")).getAttribute("data-ms") + "|"
                    + driver.findElements(By.cssSelector("#variant td.changed")).size();
            slide(path, v);
            wait.until(d -> {
                String now = d.findElement(By.id("run-status")).getText();
                return now.contains("answered in") && !d.findElements(By.cssSelector("#tables table")).isEmpty();
            });
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            times.add(Integer.parseInt(driver.findElement(By.id("run-status")).getAttribute("data-ms")));
        }
        java.util.List<Integer> sorted = times.stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);
        System.out.println("what-if with a slider, page round trip in ms: " + times + ", median " + median);
        // the 50 ms target is measured and reported (docs/PERFORMANCE.md), not asserted: CI machines are shared
        assertThat(times).isNotEmpty();

        slide(path, end);
        driver.findElement(By.cssSelector("input[data-mandate='CSTO:inter-ethnic-violence']")).click();
        wait.until(d -> d.findElement(By.cssSelector("input[data-mandate='CSTO:inter-ethnic-violence']"))
                .findElement(By.xpath("..")).getAttribute("class").contains("moved"));
        wait.until(d -> d.findElement(By.id("run-status")).getText().contains("answered in"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("select[data-tabled='SCO']")))
                .selectByValue("any-member");
        wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("what-if:"));
        WebElement name = driver.findElement(By.id("whatif-name"));
        name.clear();
        name.sendKeys("workspace/sliders.yaml");
        driver.findElement(By.id("save-whatif")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whatif-status"),
                "saved workspace/sliders.yaml"));
        scrollTo("whatif-panel");
        docsShot("workbench-sliders.png");
        scrollTo("tables");
        docsShot("workbench-sliders-table.png");
    }

    @Test
    void typingABadValue_marksItsLineInTheGutter_andListsTheLoadersProblem() {
        open2010();
        WebElement editor = driver.findElement(By.id("yaml"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        editor.sendKeys("colour: blue" + Keys.ENTER);
        WebElement bad = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gutter .bad")));
        assertThat(bad.getText()).isEqualTo("1");
        assertThat(bad.getAttribute("title")).isEqualTo("examples/kyrgyzstan-2010.yaml:1:1: colour: value "
                + "'colour': unknown key; expected one of: scenario, title, description, library, setsLibrary, "
                + "sources, states, organizations, localActors, episodes, observed");
        assertThat(driver.findElement(By.id("problems")).getText()).contains("1:1: colour");
        docsShot("workbench-problems.png");
    }

    @Test
    void theEditor_suggestsTheSchemasKeysAtTheCursorsLevel_andInsertsTheChosenOne() {
        open2010();
        WebElement editor = driver.findElement(By.id("yaml"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        editor.sendKeys("sets");
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion")));
        assertThat(box.findElements(By.tagName("li"))).extracting(li -> li.getAttribute("data-key"))
                .containsExactly("setsLibrary");
        editor.sendKeys(Keys.TAB);
        wait.until(d -> ((String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.getElementById('yaml').value")).startsWith("setsLibrary: "));

        // inside a list item of localActors: the keys of a local actor, by the indentation above the cursor
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("const t = document.getElementById('yaml');"
                + "t.value = 'scenario: x\\nlocalActors:\\n  - id: A\\n    state: KGZ\\n    ';"
                + "t.focus(); t.setSelectionRange(t.value.length, t.value.length);");
        editor.sendKeys("res");
        wait.until(d -> "localActors".equals(d.findElement(By.id("completion")).getAttribute("data-path"))
                && d.findElement(By.id("completion")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector("#completion li"))).extracting(li -> li.getAttribute(
                "data-key")).containsExactly("resistance");
        editor.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("completion")));
        // Ctrl+Space lists every key of the level, and a map by id (states) is walked through its ids
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("const t = document.getElementById('yaml');"
                + "t.value = 'scenario: x\\nstates:\\n  KGZ:\\n    ';"
                + "t.focus(); t.setSelectionRange(t.value.length, t.value.length);");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion")));
        assertThat(driver.findElement(By.id("completion")).getAttribute("data-path")).isEqualTo("states.KGZ");
        assertThat(driver.findElements(By.cssSelector("#completion li")).size()).isGreaterThan(2);
        docsShot("workbench-completion.png");
    }

    @Test
    void anExperimentJob_showsItsProgress_andEndsWithProbabilityBars() {
        open2010();
        driver.findElement(By.cssSelector("#uncertainty-panel summary")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#experiment option")).isEmpty());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("experiment")))
                .selectByValue("examples/kyrgyzstan-2010-experiment.yaml");
        WebElement runs = driver.findElement(By.id("runs"));
        runs.clear();
        runs.sendKeys("200");
        driver.findElement(By.id("start-job")).click();
        wait.withTimeout(Duration.ofSeconds(240)).until(d -> d.findElement(By.id("job-status")).getText()
                .startsWith("done: 200 of 200 runs"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job-chart canvas, #job-chart svg")));
        wait.until(d -> d.findElement(By.id("previous-jobs")).getText().contains("done, 200 of 200 runs"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('uncertainty-panel').scrollIntoView()");
        docsShot("workbench-uncertainty.png");
        // The example has design factors, so each design point's paired differences from d0 are drawn too.
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#job-differences canvas, #job-differences svg")));
        assertThat(driver.findElement(By.id("job-differences")).getAttribute("data-drawn"))
                .isEqualTo("differences-kyrgyzstan-2010-uncertainty");
        assertThat(driver.findElements(By.cssSelector("#job-differences button.download")))
                .extracting(b -> b.getAttribute("data-format")).containsExactly("svg", "png");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('job-differences').scrollIntoView()");
        docsShot("workbench-differences.png");
    }

    private void analysisJob(String kind, String outcome, String runsOrSamples, String done) {
        open2010();
        driver.findElement(By.cssSelector("#uncertainty-panel summary")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#experiment option")).isEmpty());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("job-kind"))).selectByValue(kind);
        WebElement o = driver.findElement(By.id("job-outcome"));
        o.clear();
        o.sendKeys(outcome);
        WebElement n = driver.findElement(By.id(kind.equals("sensitivity") ? "job-samples" : "runs"));
        n.clear();
        n.sendKeys(runsOrSamples);
        driver.findElement(By.id("start-job")).click();
        wait.withTimeout(Duration.ofSeconds(240)).until(d -> d.findElement(By.id("job-status")).getText()
                .startsWith(done));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job-chart canvas, #job-chart svg")));
        scrollTo("uncertainty-panel");
    }

    @Test
    void aSensitivityJob_drawsSobolAndMorrisIndicesWithIntervals() {
        analysisJob("sensitivity", "june-2010.OSCE.implemented>=3", "128", "sensitivity done");
        assertThat(driver.findElement(By.id("job-box")).getText()).contains("june-2010.OSCE.implemented>=3");
        docsShot("workbench-sensitivity.png");
    }

    @Test
    void aDiscoveryJob_drawsThePeelingTrajectory_andStatesTheBoxesRule() {
        analysisJob("discover", "june-2010.OSCE.implemented>=3", "2000", "discover done");
        assertThat(driver.findElement(By.id("job-box")).getText()).contains("coverage", "density", "base rate");
        docsShot("workbench-discovery.png");
    }

    @Test
    void theApiBrowser_listsEveryRouteOfTheOpenApiDocument() {
        driver.get(server.url("/api"));
        wait.until(d -> d.findElements(By.cssSelector(".opblock")).size() >= server.workbench.routes().size());
        String text = driver.findElement(By.id("swagger-ui")).getText();
        assertThat(text).contains("Mandate workbench API", "/api/whatif/inputs", "/api/jobs/{id}");
        docsShot("workbench-api.png");
    }

    @Test
    void theHistoryView_drawsTheMembershipTimeline_listsEvents_andShowsAnEventsReasons() {
        driver.get(server.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tabs button[data-view='history']")))
                .click();
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> "membership-central-asia".equals(
                d.findElement(By.id("history-membership")).getAttribute("data-drawn")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-membership canvas, "
                + "#history-membership svg")));
        assertThat(driver.findElement(By.id("history-title")).getText())
                .isEqualTo("Central Asia and the post-Soviet south, 1992-2030");
        assertThat(driver.findElements(By.cssSelector("#history-events tr[data-event]"))).hasSizeGreaterThan(50);

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("history-kind"))).selectByValue("join");
        WebElement first = wait.until(d -> d.findElement(By.cssSelector("#history-events tr[data-event]")));
        assertThat(first.getText()).contains("join");
        first.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-event-reasons")));
        assertThat(driver.findElement(By.id("history-event-title")).getText()).contains("join");
        assertThat(driver.findElement(By.id("history-event-reasons")).getText()).contains("membership-choice");
        wait.until(d -> "capacity-central-asia".equals(
                d.findElement(By.id("history-capacity")).getAttribute("data-drawn")));
        scrollTo("history-events");
        docsShot("workbench-history-events.png");
        scrollTo("history-rents");
        docsShot("workbench-history-rents.png");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('#view-history .content').scrollTop = 0");
        docsShot("workbench-history.png");
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    @Test
    void aChart_downloadsAsSvgAndPng() throws IOException {
        driver.get(server.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tabs button[data-view='history']")))
                .click();
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> "membership-central-asia".equals(
                d.findElement(By.id("history-membership")).getAttribute("data-drawn")));
        driver.findElement(By.cssSelector("#history-membership button[data-format='svg']")).click();
        driver.findElement(By.cssSelector("#history-membership button[data-format='png']")).click();
        Path svg = downloads.resolve("membership-central-asia.svg");
        Path png = downloads.resolve("membership-central-asia.png");
        wait.until(d -> Files.isRegularFile(svg) && Files.isRegularFile(png));
        String text = Files.readString(svg);
        assertThat(text).startsWith("<svg").contains("CSTO KGZ").contains("Membership by organization");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(bytes.length).isGreaterThan(10_000);
    }

    @Test
    void theBacktestView_drawsScoresAndConfusion_andExplainsACaseWhenClicked() {
        driver.get(server.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tabs button[data-view='backtest']")))
                .click();
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> "backtest-confusion".equals(
                d.findElement(By.id("backtest-confusion")).getAttribute("data-drawn")));
        assertThat(driver.findElement(By.id("backtest-status")).getText()).contains("51 cases scored");
        WebElement row = driver.findElement(By.cssSelector(
                "#backtest-cases tr[data-case='kyrgyzstan-2010/june-2010/OSCE']"));
        row.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#backtest-explain h2"),
                "kyrgyzstan-2010: june-2010 / OSCE"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#backtest-utility-chart canvas, "
                + "#backtest-utility-chart svg")));
        assertThat(driver.findElement(By.id("backtest-observed")).getText()).startsWith("observed: decided 3");
        assertThat(driver.findElement(By.id("backtest-explain")).getText()).contains("local-veto");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('#view-backtest .content').scrollTop = 0");
        docsShot("workbench-backtest.png");
        scrollTo("backtest-cases");
        docsShot("workbench-backtest-cases.png");
    }

    @Test
    void theBargainingView_drawsPositionsOverTurns_andFinalPositions() {
        driver.get(server.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tabs button[data-view='bargaining']")))
                .click();
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> "bargain-final-ref-10x2".equals(
                d.findElement(By.id("bargain-final")).getAttribute("data-drawn")));
        assertThat(driver.findElement(By.id("bargain-status")).getText()).startsWith("ref-10x2: 10 actors, 2 "
                + "dimension(s); 18 turns, converged");
        assertThat(driver.findElements(By.cssSelector("#bargain-table tr[data-actor]"))).hasSize(10);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bargain-positions canvas, "
                + "#bargain-positions svg")));
        docsShot("workbench-bargaining.png");
    }
}
