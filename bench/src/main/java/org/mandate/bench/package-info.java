/**
 * JMH benchmarks of the engine, the ensembles and the bargaining model. Build with
 * {@code mvn -B -DskipTests install}, then run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar [benchmark regex]} (see docs/PERFORMANCE.md).
 */
package org.mandate.bench;
