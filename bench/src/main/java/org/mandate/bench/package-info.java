/**
 * JMH benchmarks of the project's engines; build with {@code mvn -B -pl bench -am package} and
 * run {@code java -jar bench/target/benchmarks.jar [regex]}.
 *
 * <p>{@link org.mandate.bench.SmpBenchmark} measures the SMP bargaining engine on the KTAB
 * reference scenario and on generated scenarios from {@link org.mandate.bench.SmpScenarios}.
 */
package org.mandate.bench;
