package org.mandate.cli.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a chart draws, in pixels from the top left: rectangles, polylines, symbols and text, each tagged with the
 * Vega class of what it stands for ({@code mark-rect role-mark}, {@code role-axis-label}, ...) so that a test can
 * compare it with Vega's own drawing. Written out by {@link Plot} as SVG or painted into a PNG.
 */
final class Scene {
    double width;
    double height;
    final List<Item> items = new ArrayList<>();

    /** One thing drawn. */
    sealed interface Item permits Rect, Path, Symbol, Text {
    }

    /** A rectangle. */
    record Rect(double x, double y, double w, double h, String fill, String stroke, double opacity, String role)
            implements Item {
    }

    /** A polyline (a line mark, a rule, an axis tick or grid line). */
    record Path(double[] xs, double[] ys, String stroke, double width, double[] dash, double opacity, String role)
            implements Item {
    }

    /** A point symbol of the given area in square pixels. */
    record Symbol(double x, double y, double area, String shape, String fill, String stroke, double opacity,
                  String role) implements Item {
    }

    /** Text; {@code anchor} is start, middle or end; {@code angle} in degrees, clockwise. */
    record Text(double x, double y, String text, double size, String anchor, boolean bold, String fill, double angle,
                String role) implements Item {
    }

    void add(Item item) {
        items.add(item);
    }
}
