package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.cli.plot.Plot;

/** {@code --plot FILE.svg|FILE.png} on the commands that draw a chart, and the renderer's refusals. */
class PlotOptionTest {
    private static final Path REF = Path.of("../bargaining/src/test/resources/ktab/ref-05x1.csv");
    private static final Path EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml");

    private record Result(int code, String out, String err) {
    }

    private static Result mandate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static int count(String svg, String cls) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cls) + "\"").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void bargain_drawsEachActorsPositionOverTheTurns_asSvg(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("charts/ref.svg");
        Result r = mandate("bargain", REF.toString(), "--plot", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains(">Positions over 6 turns (convergence), ref-05x1</text>")
                .contains(">turn</text>", ">position (0-100)</text>", ">A01</text>", ">A05</text>");
        assertThat(count(text, "mark-line role-mark")).isEqualTo(5);
        assertThat(count(text, "mark-symbol role-mark")).isEqualTo(5 * 7);
    }

    @Test
    void bargain_drawsThePngAtTwiceThePixels(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("ref.png");
        assertThat(mandate("bargain", REF.toString(), "--plot", png.toString()).code()).isZero();
        Path svg = dir.resolve("ref.svg");
        assertThat(mandate("bargain", REF.toString(), "--plot", svg.toString()).code()).isZero();
        Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(Files.readString(svg));
        assertThat(size.find()).isTrue();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isBetween(2 * Integer.parseInt(size.group(1)) - 2,
                2 * Integer.parseInt(size.group(1)) + 2);
        assertThat(image.getHeight()).isBetween(2 * Integer.parseInt(size.group(2)) - 2,
                2 * Integer.parseInt(size.group(2)) + 2);
    }

    @Test
    void aPlotFileThatIsNeitherSvgNorPng_isRefusedBeforeAnyWork() {
        Result r = mandate("backtest", "../examples/cases", "--plot", "chart.jpg");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: --plot: 'chart.jpg' ends in neither .svg nor .png\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aPlotFileThatCannotBeWritten_isOneLine_exit2(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x").resolve("chart.svg");
        Result r = mandate("bargain", REF.toString(), "--plot", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mandate: --plot: cannot write '" + file + "': ").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void backtest_drawsAccuracyAndMaeBesideTheBaselines(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("b.svg");
        assertThat(mandate("backtest", "../examples/cases", "--ensemble", "0", "--plot", svg.toString()).code())
                .isZero();
        String text = Files.readString(svg);
        assertThat(text).contains(">accuracy</text>", ">MAE</text>", ">model</text>", ">majority</text>",
                ">lead-state</text>", ">weighted-mean</text>", ">all cases</text>");
        // 3 groups x 4 predictors x 2 measures
        assertThat(count(text, "mark-rect role-mark")).isEqualTo(24);
    }

    @Test
    void ensemble_sensitivityAndDiscover_drawTheirCharts(@TempDir Path dir) throws Exception {
        Path e = dir.resolve("e.png");
        assertThat(mandate("ensemble", EXPERIMENT.toString(), "--runs", "40", "--out", dir.resolve("ens").toString(),
                "--plot", e.toString()).code()).isZero();
        assertThat(ImageIO.read(e.toFile()).getHeight()).isGreaterThan(100);
        // the example has design points, so their paired differences are drawn beside the first chart
        assertThat(ImageIO.read(dir.resolve("e-differences.png").toFile()).getHeight()).isGreaterThan(100);
        Path s = dir.resolve("s.svg");
        Result sr = mandate("sensitivity", EXPERIMENT.toString(), "--samples", "32", "--trajectories", "8",
                "--bootstrap", "10", "--plot", s.toString());
        assertThat(sr.code()).as(sr.err()).isZero();
        assertThat(Files.readString(s)).contains(">Sobol indices of each input (95% bootstrap intervals)</text>",
                ">total order</text>");
        Path d = dir.resolve("d.svg");
        assertThat(mandate("discover", EXPERIMENT.toString(), "--runs", "500", "--plot", d.toString()).code())
                .isZero();
        assertThat(Files.readString(d)).contains(">coverage</text>", ">density</text>", ">chosen box</text>");
    }

    @Test
    void aSpecOutsideTheSubset_isRefusedWithItsReason() {
        ObjectMapper m = new ObjectMapper();
        assertThatThrownBy(() -> Plot.svg(m.readTree("{\"data\":{\"values\":[]},\"mark\":\"arc\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mark 'arc' is not supported");
        assertThatThrownBy(() -> Plot.svg(m.readTree("{\"data\":{\"url\":\"x.csv\"},\"mark\":\"bar\"}")))
                .hasMessage("only inline data (data.values) can be drawn");
        assertThatThrownBy(() -> Plot.svg(m.readTree("{\"data\":{\"values\":[{\"a\":1}]},\"transform\":"
                + "[{\"filter\":\"datum.a * 2 > 1\"}],\"mark\":\"bar\"}")))
                .hasMessage("expression 'datum.a * 2 > 1' is not supported");
    }

    @Test
    void filtersCompareAFieldWithALiteralOrAParameter() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String svg = Plot.svg(m.readTree("{\"params\":[{\"name\":\"which\",\"value\":\"b\"}],"
                + "\"data\":{\"values\":[{\"k\":\"a\",\"v\":1},{\"k\":\"b\",\"v\":2},{\"k\":\"b\",\"v\":3}]},"
                + "\"transform\":[{\"filter\":\"datum.k === which\"},{\"filter\":\"datum.v >= 3\"}],"
                + "\"mark\":\"bar\",\"encoding\":{\"x\":{\"field\":\"k\",\"type\":\"nominal\"},"
                + "\"y\":{\"field\":\"v\",\"type\":\"quantitative\"}}}"));
        assertThat(count(svg, "mark-rect role-mark")).isEqualTo(1);
    }
}
