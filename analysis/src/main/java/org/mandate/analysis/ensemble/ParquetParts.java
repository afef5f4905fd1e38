package org.mandate.analysis.ensemble;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Ensemble rows as Parquet: numbered part files ({@code runs-00000.parquet}, ...), each closed when a checkpoint is
 * taken so that every part the checkpoint counts is complete. The columns are those of the CSV rows, typed: text for
 * the experiment, scenario, design point and factor levels, 64-bit integers for run and seed, doubles for the input
 * values and 32-bit integers for the levels.
 */
final class ParquetParts {
    private final Path dir;
    private final MessageType schema;
    private final int textColumns;
    private final int inputColumns;
    private final String[] names;
    private final SimpleGroupFactory groups;
    private int parts;
    private ParquetWriter<Group> writer;

    ParquetParts(Path dir, List<String> columns, int factorColumns, int inputColumns, int completeParts) {
        this.dir = dir;
        this.textColumns = 3 + factorColumns;
        this.inputColumns = inputColumns;
        this.names = columns.toArray(String[]::new);
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int i = 0; i < names.length; i++) {
            if (i < textColumns) {
                b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(names[i]);
            } else if (i < textColumns + 2) {
                b.required(PrimitiveTypeName.INT64).named(names[i]);
            } else if (i < textColumns + 2 + inputColumns) {
                b.required(PrimitiveTypeName.DOUBLE).named(names[i]);
            } else {
                b.required(PrimitiveTypeName.INT32).named(names[i]);
            }
        }
        schema = b.named("run");
        groups = new SimpleGroupFactory(schema);
        parts = completeParts;
    }

    /** The name of part {@code i}. */
    static String partName(int i) {
        return String.format("runs-%05d.parquet", i);
    }

    /** Deletes parts from {@code from} on: what a checkpoint does not count. */
    static void deleteFrom(Path dir, int from) throws IOException {
        for (int i = from; Files.exists(dir.resolve(partName(i))); i++) {
            Files.delete(dir.resolve(partName(i)));
        }
    }

    /** Appends the rows of a slice, given as CSV text without a header. */
    void write(byte[] csv) throws IOException {
        if (writer == null) {
            Path part = dir.resolve(partName(parts));
            Files.deleteIfExists(part);
            PlainParquetConfiguration conf = new PlainParquetConfiguration();
            writer = ExampleParquetWriter.builder(new LocalOutputFile(part)).withConf(conf).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY).build();
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String[] f = Csv.split(text.substring(start, end));
            Group g = groups.newGroup();
            for (int i = 0; i < names.length; i++) {
                if (i < textColumns) {
                    g.append(names[i], f[i]);
                } else if (i < textColumns + 2) {
                    g.append(names[i], Long.parseLong(f[i]));
                } else if (i < textColumns + 2 + inputColumns) {
                    g.append(names[i], Double.parseDouble(f[i]));
                } else {
                    g.append(names[i], Integer.parseInt(f[i]));
                }
            }
            writer.write(g);
            start = end + 1;
        }
    }

    /** Closes the current part, if any; returns the number of complete parts. */
    int closePart() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            parts++;
        }
        return parts;
    }
}
