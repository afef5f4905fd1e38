package org.mandate.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * The partitions' summaries, as their counts and sums, gathered on the driver by partition index. A partition run
 * twice (a retried or speculative task) gives the same summary for the same range, and is kept once, so the merge
 * counts every run exactly once whatever the scheduler did.
 */
final class PartSummaries extends AccumulatorV2<PartSummaries.Part, Map<Integer, long[]>> {
    private static final long serialVersionUID = 1L;

    /** One partition's summary state. */
    record Part(int partition, long[] state) implements java.io.Serializable {
    }

    private final TreeMap<Integer, long[]> parts = new TreeMap<>();

    @Override
    public boolean isZero() {
        return parts.isEmpty();
    }

    @Override
    public AccumulatorV2<Part, Map<Integer, long[]>> copy() {
        PartSummaries c = new PartSummaries();
        c.parts.putAll(parts);
        return c;
    }

    @Override
    public void reset() {
        parts.clear();
    }

    @Override
    public void add(Part v) {
        parts.put(v.partition(), v.state());
    }

    @Override
    public void merge(AccumulatorV2<Part, Map<Integer, long[]>> other) {
        parts.putAll(other.value());
    }

    @Override
    public Map<Integer, long[]> value() {
        return parts;
    }
}
