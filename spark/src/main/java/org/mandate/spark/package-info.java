/**
 * An experiment's ensemble as an Apache Spark job: the runs split into contiguous run-index ranges, one a partition,
 * each run on an executor by the project's own ensemble runner with the same per-run random streams as a local run,
 * the rows written by Spark as a Parquet dataset and the partitions' summaries merged exactly on the driver.
 */
package org.mandate.spark;
