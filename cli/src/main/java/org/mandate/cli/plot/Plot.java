package org.mandate.cli.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a chart's Vega-Lite specification as SVG or PNG, for {@code --plot FILE.svg|FILE.png}: the same
 * specification the workbench draws with Vega in the browser, laid out here by a small renderer of the subset the
 * project's charts use (see {@code Renderer}), so that the command line needs no JavaScript runtime and stays small.
 * A test draws every chart both ways and compares their titles, labels and marks.
 */
public final class Plot {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Plot() {
    }

    /** The formats a plot file may have, by its extension. */
    public enum Format {
        /** Scalable vector graphics. */
        SVG,
        /** A PNG image at twice the chart's pixel size. */
        PNG;

        /** The format a file name asks for, or null when it ends in neither {@code .svg} nor {@code .png}. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".svg") ? SVG : name.endsWith(".png") ? PNG : null;
        }
    }

    /** Writes the spec to the file as SVG or PNG, by its extension; the folder is created if needed. */
    public static void write(Object spec, Path file) throws IOException {
        Format format = Format.of(file);
        if (format == null) {
            throw new IllegalArgumentException("'" + file + "' ends in neither .svg nor .png");
        }
        JsonNode tree = spec instanceof JsonNode n ? n : MAPPER.valueToTree(spec);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (format == Format.SVG) {
            Files.writeString(file, svg(tree), StandardCharsets.UTF_8);
        } else {
            ImageIO.write(png(tree, 2), "png", file.toFile());
        }
    }

    /** The chart as an SVG document. */
    public static String svg(JsonNode spec) {
        Scene scene = Renderer.render(spec);
        StringBuilder o = new StringBuilder();
        o.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">\n", scene.width, scene.height, scene.width,
                scene.height));
        o.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fff\"/>\n", scene.width,
                scene.height));
        for (Scene.Item item : scene.items) {
            if (item instanceof Scene.Rect r) {
                o.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.2f\" y=\"%.2f\" "
                        + "width=\"%.2f\" height=\"%.2f\" fill=\"%s\" stroke=\"%s\"%s/>\n", r.role(), r.x(), r.y(),
                        r.w(), r.h(), r.fill(), r.stroke(), opacity(r.opacity())));
            } else if (item instanceof Scene.Path p) {
                    StringBuilder pts = new StringBuilder();
                    for (int i = 0; i < p.xs().length; i++) {
                        pts.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "M" : "L", p.xs()[i], p.ys()[i]));
                    }
                    o.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"%s\" fill=\"none\" stroke=\"%s\" "
                            + "stroke-width=\"%.1f\"%s%s/>\n", p.role(), pts, p.stroke(), p.width(),
                            p.dash() == null || p.dash().length == 0 ? "" : " stroke-dasharray=\"" + join(p.dash())
                                    + "\"", opacity(p.opacity())));
            } else if (item instanceof Scene.Symbol s) {
                o.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"%s\" fill=\"%s\" "
                        + "stroke=\"%s\"%s/>\n", s.role(), symbol(s), s.fill(), s.stroke(), opacity(s.opacity())));
            } else if (item instanceof Scene.Text t) {
                o.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" "
                        + "font-size=\"%.0f\" text-anchor=\"%s\"%s fill=\"%s\"%s>%s</text>\n", t.role(), t.x(), t.y(),
                        t.size(), t.anchor(), t.bold() ? " font-weight=\"bold\"" : "", t.fill(),
                        t.angle() == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%.0f %.2f %.2f)\"",
                                t.angle(), t.x(), t.y()), escape(t.text())));
            }
        }
        o.append("</svg>\n");
        return o.toString();
    }

    /** The chart as an image, {@code scale} device pixels to a chart pixel. */
    public static BufferedImage png(JsonNode spec, double scale) {
        Scene scene = Renderer.render(spec);
        BufferedImage img = new BufferedImage((int) Math.ceil(scene.width * scale),
                (int) Math.ceil(scene.height * scale), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, scene.width, scene.height));
        for (Scene.Item item : scene.items) {
            if (item instanceof Scene.Rect r) {
                    Rectangle2D shape = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
                    if (!r.fill().equals("none")) {
                        g.setColor(colour(r.fill(), r.opacity()));
                        g.fill(shape);
                    }
                    if (!r.stroke().equals("none")) {
                        g.setColor(colour(r.stroke(), r.opacity()));
                        g.setStroke(new BasicStroke(1));
                        g.draw(shape);
                    }
            } else if (item instanceof Scene.Path p) {
                    Path2D.Double path = new Path2D.Double();
                    for (int i = 0; i < p.xs().length; i++) {
                        if (i == 0) {
                            path.moveTo(p.xs()[i], p.ys()[i]);
                        } else {
                            path.lineTo(p.xs()[i], p.ys()[i]);
                        }
                    }
                    g.setColor(colour(p.stroke(), p.opacity()));
                    float[] dash = null;
                    if (p.dash() != null && p.dash().length > 0) {
                        dash = new float[p.dash().length];
                        for (int i = 0; i < dash.length; i++) {
                            dash[i] = (float) p.dash()[i];
                        }
                    }
                    g.setStroke(new BasicStroke((float) p.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            dash, 0));
                    g.draw(path);
            } else if (item instanceof Scene.Symbol s) {
                    java.awt.Shape shape = shape(s);
                    if (!s.fill().equals("none")) {
                        g.setColor(colour(s.fill(), s.opacity()));
                        g.fill(shape);
                    }
                    if (!s.stroke().equals("none")) {
                        g.setColor(colour(s.stroke(), s.opacity()));
                        g.setStroke(new BasicStroke(1));
                        g.draw(shape);
                    }
            } else if (item instanceof Scene.Text t) {
                    g.setColor(colour(t.fill(), 1));
                    g.setFont(new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, (int) Math.round(t.size())));
                    double w = g.getFontMetrics().stringWidth(t.text());
                    double dx = t.anchor().equals("middle") ? -w / 2 : t.anchor().equals("end") ? -w : 0;
                    AffineTransform saved = g.getTransform();
                    g.translate(t.x(), t.y());
                    g.rotate(Math.toRadians(t.angle()));
                    g.drawString(t.text(), (float) dx, 0f);
                    g.setTransform(saved);
            }
        }
        g.dispose();
        return img;
    }

    private static String opacity(double o) {
        return o >= 1 ? "" : String.format(Locale.ROOT, " opacity=\"%.2f\"", o);
    }

    private static String join(double[] d) {
        StringBuilder b = new StringBuilder();
        for (double v : d) {
            b.append(b.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.0f", v));
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The outline of a symbol as SVG path data, sized by area as Vega sizes symbols. */
    private static String symbol(Scene.Symbol s) {
        double[][] pts = polygon(s);
        if (pts == null) {
            double r = Math.sqrt(s.area() / Math.PI);
            return String.format(Locale.ROOT, "M%.2f,%.2fa%.2f,%.2f 0 1,0 %.2f,0a%.2f,%.2f 0 1,0 %.2f,0Z",
                    s.x() - r, s.y(), r, r, 2 * r, r, r, -2 * r);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pts.length; i++) {
            b.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "M" : "L", pts[i][0], pts[i][1]));
        }
        return b.append('Z').toString();
    }

    private static java.awt.Shape shape(Scene.Symbol s) {
        double[][] pts = polygon(s);
        if (pts == null) {
            double r = Math.sqrt(s.area() / Math.PI);
            return new Ellipse2D.Double(s.x() - r, s.y() - r, 2 * r, 2 * r);
        }
        Path2D.Double p = new Path2D.Double();
        p.moveTo(pts[0][0], pts[0][1]);
        for (int i = 1; i < pts.length; i++) {
            p.lineTo(pts[i][0], pts[i][1]);
        }
        p.closePath();
        return p;
    }

    private static double[][] polygon(Scene.Symbol s) {
        double r = Math.sqrt(s.area()) / 2;
        double x = s.x();
        double y = s.y();
        return switch (s.shape()) {
            case "square" -> new double[][] {{x - r, y - r}, {x + r, y - r}, {x + r, y + r}, {x - r, y + r}};
            case "diamond" -> new double[][] {{x, y - r * 1.4}, {x + r * 1.4, y}, {x, y + r * 1.4}, {x - r * 1.4, y}};
            case "triangle-up" -> new double[][] {{x, y - r * 1.3}, {x + r * 1.3, y + r}, {x - r * 1.3, y + r}};
            case "triangle-down" -> new double[][] {{x, y + r * 1.3}, {x + r * 1.3, y - r}, {x - r * 1.3, y - r}};
            case "triangle-right" -> new double[][] {{x + r * 1.3, y}, {x - r, y - r * 1.3}, {x - r, y + r * 1.3}};
            case "triangle-left" -> new double[][] {{x - r * 1.3, y}, {x + r, y - r * 1.3}, {x + r, y + r * 1.3}};
            case "cross" -> {
                double t = r / 2.5;
                yield new double[][] {{x - t, y - r}, {x + t, y - r}, {x + t, y - t}, {x + r, y - t}, {x + r, y + t},
                    {x + t, y + t}, {x + t, y + r}, {x - t, y + r}, {x - t, y + t}, {x - r, y + t}, {x - r, y - t},
                    {x - t, y - t}};
            }
            default -> null;
        };
    }

    private static Color colour(String css, double opacity) {
        String hex = css.startsWith("#") ? css.substring(1) : "888888";
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int rgb = Integer.parseInt(hex, 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(255 * Math.max(0,
                Math.min(1, opacity))));
    }
}
