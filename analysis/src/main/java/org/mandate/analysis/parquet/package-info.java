/**
 * Parquet files written directly, without Hadoop or parquet-java: flat tables of required columns (text, booleans,
 * 32- and 64-bit integers, doubles), text and 32-bit integers dictionary encoded, the rest plain, uncompressed, one
 * data page per column and row group. The footer is Thrift's compact protocol, as the format specifies.
 *
 * <p>Lifecycle: {@link org.mandate.analysis.parquet.ParquetTable#create} opens a file under a hidden in-progress
 * name, rows are added value by value, and {@link org.mandate.analysis.parquet.ParquetTable#close} writes the
 * footer, forces the file to disk and renames it into place, so a folder of parts only ever shows complete files
 * to a reader that skips hidden ones (pyarrow, DuckDB's globs, R arrow and Spark all do).
 */
package org.mandate.analysis.parquet;
