/**
 * Mandate's Apache Spark jobs. {@link org.mandate.spark.SparkEnsemble} runs an experiment's ensemble: the runs split
 * into contiguous run-index ranges, one a partition, each run on an executor by the project's own ensemble runner with
 * the same per-run random streams as a local run, the rows written by Spark as a Parquet dataset and the partitions'
 * summaries merged exactly on the driver. {@link org.mandate.spark.SparkSensitivity} and
 * {@link org.mandate.spark.SparkDiscover} evaluate the experiment's model on the rows of a sensitivity or discovery
 * design, split into contiguous row ranges the same way, and analyse the levels collected in row order on the driver
 * with the local commands' own analysis.
 */
package org.mandate.spark;
