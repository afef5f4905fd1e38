package org.mandate.bargaining;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of KTAB's CSV scenario format that collects every problem before failing.
 *
 * <p>Cells are split at every comma (KTAB does not honour quotes around commas), trimmed, and
 * stripped of surrounding double quotes; one trailing empty cell (a trailing comma) is
 * dropped. Blank lines are skipped.
 */
final class KtabCsvReader {

    static final int MIN_ACTORS = 3;
    static final int MAX_ACTORS = 250;
    static final int MAX_SCENARIO_TEXT = 512;
    static final int MAX_ACTOR_NAME = 25;
    static final int MAX_ACTOR_DESCRIPTION = 256;
    static final double MAX_CAPABILITY = 1e8;
    static final int MAX_DIMENSIONS = 100;
    /** The largest file read, in bytes: room for 250 actors on 100 dimensions with generous cells. */
    static final int MAX_FILE_BYTES = 4 << 20;

    private final String source;
    private final List<KtabFormatException.Problem> problems = new ArrayList<>();

    private KtabCsvReader(String source) {
        this.source = source;
    }

    /**
     * Reads a file, refusing before parsing one that is a folder, not a regular file (a pipe, a device), larger
     * than {@link #MAX_FILE_BYTES}, or not UTF-8.
     */
    static SmpInput read(Path path) throws IOException, KtabFormatException {
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        KtabCsvReader reader = new KtabCsvReader(source);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (Files.isDirectory(path)) {
            reader.problem(0, 0, "file", path.toString(), "a KTAB CSV file, not a folder");
        } else if (!Files.isRegularFile(path)) {
            reader.problem(0, 0, "file", path.toString(), "a regular file, not a pipe, device or socket");
        } else if (Files.size(path) > MAX_FILE_BYTES) {
            reader.problem(0, 0, "file", Files.size(path) + " bytes", "a file of at most " + MAX_FILE_BYTES
                    + " bytes");
        }
        if (!reader.problems.isEmpty()) {
            throw new KtabFormatException(reader.problems);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            reader.problem(0, 0, "file", "more than " + MAX_FILE_BYTES + " bytes", "a file of at most "
                    + MAX_FILE_BYTES + " bytes");
            throw new KtabFormatException(reader.problems);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = utf8.decode(in, text, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            reader.problem(line, 0, "file", String.format("byte 0x%02x at byte %d of the line", bytes[at] & 0xFF,
                    at - lineStart + 1), "UTF-8 text");
            throw new KtabFormatException(reader.problems);
        }
        text.flip();
        return read(new StringReader(text.toString()), source);
    }

    static SmpInput read(Reader reader, String source) throws IOException, KtabFormatException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String> lines = new ArrayList<>();
        for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
            lines.add(line);
        }
        return new KtabCsvReader(source).parse(lines);
    }

    private SmpInput parse(List<String> rawLines) throws KtabFormatException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < rawLines.size(); i++) {
            String text = rawLines.get(i);
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                rows.add(new Row(i + 1, split(text)));
            }
        }
        if (rows.isEmpty()) {
            problem(1, 0, "header", "", "a first line \"name, description, N, K\"");
            throw new KtabFormatException(problems);
        }
        Row first = rows.get(0);
        String name = "";
        String description = "";
        int n = -1;
        int k = -1;
        if (first.cells.size() != 4) {
            problem(first.line, 0, "header", first.joined(), "4 cells: scenario name, description, N, K (the line"
                    + " has " + first.cells.size() + ")");
        } else {
            name = first.cells.get(0);
            description = first.cells.get(1);
            if (name.length() > MAX_SCENARIO_TEXT) {
                problem(first.line, 1, "header.name", abbreviate(name), "at most " + MAX_SCENARIO_TEXT + " characters");
            }
            if (description.length() > MAX_SCENARIO_TEXT) {
                problem(first.line, 2, "header.description", abbreviate(description),
                        "at most " + MAX_SCENARIO_TEXT + " characters");
            }
            n = parseInt(first, 2, "header.N", MIN_ACTORS, MAX_ACTORS,
                    "a whole number of actors from " + MIN_ACTORS + " to " + MAX_ACTORS);
            k = parseInt(first, 3, "header.K", 1, MAX_DIMENSIONS, "a whole number of dimensions from 1 to "
                    + MAX_DIMENSIONS);
        }
        if (n < 0 || k < 0) {
            throw new KtabFormatException(problems);
        }
        int width = 3 + 2 * k;
        List<String> dimensionNames = new ArrayList<>(k);
        if (rows.size() < 2) {
            problem(first.line + 1, 0, "columns", "", "a header line with " + width + " cells");
        } else {
            Row header = rows.get(1);
            if (header.cells.size() != width) {
                problem(header.line, 0, "columns", header.joined(), width + " cells (3 + 2 per dimension, K = " + k
                        + "; the line has " + header.cells.size() + ")");
            }
            for (int d = 0; d < k; d++) {
                int col = 3 + 2 * d;
                dimensionNames.add(col < header.cells.size() && !header.cells.get(col).isEmpty()
                        ? header.cells.get(col) : "dim" + d);
            }
        }
        List<String> actorNames = new ArrayList<>(n);
        double[] capabilities = new double[n];
        double[][] positions = new double[n][k];
        double[][] saliences = new double[n][k];
        int actorRows = Math.max(0, rows.size() - 2);
        for (int a = 0; a < Math.min(n, actorRows); a++) {
            Row row = rows.get(2 + a);
            String path = "actors[" + a + "]";
            if (row.cells.size() != width) {
                problem(row.line, 0, path, row.joined(), width + " cells (name, description, capability, then"
                        + " position and salience for each of " + k + " dimensions; the row has " + row.cells.size()
                        + ")");
                actorNames.add("?");
                continue;
            }
            String actor = row.cells.get(0);
            if (actor.isEmpty() || actor.length() > MAX_ACTOR_NAME) {
                problem(row.line, 1, path + ".name", actor, "a name of 1 to " + MAX_ACTOR_NAME + " characters");
            }
            int earlier = actorNames.indexOf(actor);
            if (!actor.isEmpty() && earlier >= 0) {
                problem(row.line, 1, path + ".name", actor, "a name no other actor has (actors[" + earlier
                        + "] has it)");
            }
            actorNames.add(actor.isEmpty() ? "?" : actor);
            String actorDescription = row.cells.get(1);
            if (actorDescription.length() > MAX_ACTOR_DESCRIPTION) {
                problem(row.line, 2, path + ".description", abbreviate(actorDescription),
                        "at most " + MAX_ACTOR_DESCRIPTION + " characters");
            }
            double c = parseNumber(row, 2, path + ".capability");
            if (!Double.isNaN(c) && !(c > 0 && c <= MAX_CAPABILITY)) {
                problem(row.line, 3, path + ".capability", row.cells.get(2), "a number in (0, 1e8]");
            }
            capabilities[a] = c;
            double salienceSum = 0;
            boolean saliencesOk = true;
            for (int d = 0; d < k; d++) {
                int col = 3 + 2 * d;
                String dim = path + "." + dimensionNames.get(d);
                double x = parseNumber(row, col, dim + ".position");
                if (!Double.isNaN(x) && !(x >= 0 && x <= 100)) {
                    problem(row.line, col + 1, dim + ".position", row.cells.get(col), "a number in [0, 100]");
                    saliencesOk = false;
                }
                double s = parseNumber(row, col + 1, dim + ".salience");
                if (Double.isNaN(s)) {
                    saliencesOk = false;
                } else if (!(s >= 0 && s <= 100)) {
                    problem(row.line, col + 2, dim + ".salience", row.cells.get(col + 1), "a number in [0, 100]");
                    saliencesOk = false;
                }
                positions[a][d] = x / 100;
                saliences[a][d] = s / 100;
                salienceSum += s;
            }
            if (saliencesOk && !(salienceSum > 0 && salienceSum <= 100)) {
                problem(row.line, 0, path + ".saliences", row.joinedSaliences(k),
                        "saliences that sum to more than 0 and at most 100 (they sum to " + salienceSum + ")");
            }
        }
        if (actorRows < n) {
            int line = rows.get(rows.size() - 1).line + 1;
            problem(line, 0, "actors", actorRows + " actor rows", n + " actor rows, as declared by N on line "
                    + first.line);
        } else if (actorRows > n) {
            Row extra = rows.get(2 + n);
            problem(extra.line, 0, "actors[" + n + "]", extra.joined(), "no more than the " + n
                    + " actor rows declared by N on line " + first.line);
        }
        if (!problems.isEmpty()) {
            throw new KtabFormatException(problems);
        }
        return new SmpInput(name, description, actorNames, dimensionNames, capabilities, positions, saliences);
    }

    private int parseInt(Row row, int index, String field, int min, int max, String expected) {
        String text = row.cells.get(index);
        if (!text.matches("[+]?[0-9]{1,9}")) {
            problem(row.line, index + 1, field, text, expected);
            return -1;
        }
        int value = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        if (value < min || value > max) {
            problem(row.line, index + 1, field, text, expected);
            return -1;
        }
        return value;
    }

    /** Parses a decimal number; records a problem and returns NaN if the cell is not one. */
    private double parseNumber(Row row, int index, String field) {
        String text = row.cells.get(index);
        if (!text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            problem(row.line, index + 1, field, text, "a decimal number");
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private void problem(int line, int column, String field, String value, String expected) {
        problems.add(new KtabFormatException.Problem(source, line, column, field, value, expected));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    static List<String> split(String line) {
        String[] parts = line.split(",", -1);
        List<String> cells = new ArrayList<>(parts.length);
        for (String part : parts) {
            String cell = part.trim();
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1).trim();
            }
            cells.add(cell);
        }
        if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** One non-blank line of the file, split into cells. */
    private record Row(int line, List<String> cells) {
        String joined() {
            return abbreviate(String.join(",", cells));
        }

        String joinedSaliences(int k) {
            List<String> s = new ArrayList<>(k);
            for (int d = 0; d < k; d++) {
                s.add(cells.get(4 + 2 * d));
            }
            return String.join(",", s);
        }
    }
}
