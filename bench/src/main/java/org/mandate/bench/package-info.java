/**
 * JMH benchmarks of the engine and the analyses. Run from the repository root, after
 * {@code mvn -B -DskipTests install}: {@code java -jar bench/target/benchmarks.jar} (see docs/PERFORMANCE.md).
 */
package org.mandate.bench;
