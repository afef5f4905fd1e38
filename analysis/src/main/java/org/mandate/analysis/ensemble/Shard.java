package org.mandate.analysis.ensemble;

/**
 * Shard {@code index} of {@code count} of an ensemble: one of {@code count} contiguous ranges of run indices, the
 * {@code index}-th counting from 1. Shard {@code i} of {@code n} of an ensemble of {@code R} runs holds the runs from
 * {@code floor(R (i - 1) / n)} to {@code floor(R i / n) - 1}, so the shards of one count cover every run exactly
 * once, in order, and differ in size by at most one run.
 *
 * @param index which shard, from 1 to {@code count}
 * @param count how many shards the runs are split into, at least 1
 */
public record Shard(int index, int count) {

    /** Checks that the shard is one of its count. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("expected a shard i/n with 1 <= i <= n, e.g. 2/4, was '" + index + "/"
                    + count + "'");
        }
    }

    /**
     * Reads a shard written {@code i/n}, e.g. {@code 2/4}.
     *
     * @throws IllegalArgumentException with the text quoted, when it is not a shard
     */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        String expected = "expected i/n with 1 <= i <= n, e.g. 2/4, was '" + text + "'";
        if (!text.matches("\\d{1,9}/\\d{1,9}")) {
            throw new IllegalArgumentException(expected);
        }
        int index = Integer.parseInt(text.substring(0, slash));
        int count = Integer.parseInt(text.substring(slash + 1));
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(expected);
        }
        return new Shard(index, count);
    }

    /** The first run of this shard of an ensemble of {@code runs} runs. */
    public long from(long runs) {
        return runs * (index - 1) / count;
    }

    /** The run after the last of this shard of an ensemble of {@code runs} runs. */
    public long to(long runs) {
        return runs * index / count;
    }

    /** The shard as {@code i/n}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
