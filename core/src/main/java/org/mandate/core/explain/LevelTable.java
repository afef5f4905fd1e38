package org.mandate.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.Parameters;
import org.mandate.core.engine.RunResult;

/**
 * The decided and implemented level of every cell of a scenario under every set of its mechanisms switched off.
 *
 * <p>The players are the mechanisms switched on in the compiled scenario, in {@link Mechanisms#IDS} order; mechanism
 * {@code players().get(i)} is bit {@code i} of a set's index, and the set with index {@code off} is run with those
 * mechanisms switched off as well. With all fifteen on that is 2^15 = 32,768 runs of the scenario: the member stances
 * are computed once for each of the 2^10 sets of stance terms, and the 2^5 sets of gates are run on them
 * ({@link Engine#runGates}).
 */
public final class LevelTable {
    private final List<String> players;
    private final byte[][] decided;
    private final byte[][] implemented;

    private LevelTable(List<String> players, byte[][] decided, byte[][] implemented) {
        this.players = players;
        this.decided = decided;
        this.implemented = implemented;
    }

    /** Runs the compiled scenario, with its own inputs, under every set of its mechanisms switched off. */
    public static LevelTable of(CompiledScenario compiled) {
        Mechanisms own = compiled.mechanisms();
        List<String> players = new ArrayList<>();
        for (String id : Mechanisms.IDS) {
            if (own.on(id)) {
                players.add(id);
            }
        }
        int n = players.size();
        List<Integer> stanceBits = new ArrayList<>();
        List<Integer> gateBits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (Mechanisms.GATES.contains(players.get(i)) ? gateBits : stanceBits).add(i);
        }
        int cells = compiled.cellCount();
        byte[][] decided = new byte[cells][1 << n];
        byte[][] implemented = new byte[cells][1 << n];
        Parameters p = compiled.parameters();
        RunResult result = new RunResult(cells);
        for (int s = 0; s < 1 << stanceBits.size(); s++) {
            int stanceOff = spread(s, stanceBits);
            CompiledScenario variant = compiled.with(switchedOff(own, players, stanceOff));
            Engine engine = new Engine(variant);
            engine.run(p, result);
            for (int g = 0; g < 1 << gateBits.size(); g++) {
                int off = stanceOff | spread(g, gateBits);
                if (g > 0) {
                    engine.runGates(switchedOff(own, players, off), p, result);
                }
                for (int k = 0; k < cells; k++) {
                    decided[k][off] = (byte) result.decided(k);
                    implemented[k][off] = (byte) result.implemented(k);
                }
            }
        }
        return new LevelTable(List.copyOf(players), decided, implemented);
    }

    /** The bits of {@code compact} placed at the given positions. */
    private static int spread(int compact, List<Integer> positions) {
        int out = 0;
        for (int j = 0; j < positions.size(); j++) {
            if ((compact & 1 << j) != 0) {
                out |= 1 << positions.get(j);
            }
        }
        return out;
    }

    private static Mechanisms switchedOff(Mechanisms own, List<String> players, int off) {
        Set<String> disabled = new TreeSet<>(own.disabled());
        for (int i = 0; i < players.size(); i++) {
            if ((off & 1 << i) != 0) {
                disabled.add(players.get(i));
            }
        }
        return new Mechanisms(disabled);
    }

    /** The mechanisms that can be switched off, in {@link Mechanisms#IDS} order; bit i of a set is the i-th. */
    public List<String> players() {
        return players;
    }

    /** Number of cells, in the compiled scenario's order. */
    public int cells() {
        return decided.length;
    }

    /** The decided level of a cell with the set {@code off} of players switched off. */
    public int decided(int cell, int off) {
        return decided[cell][off];
    }

    /** The implemented level of a cell with the set {@code off} of players switched off. */
    public int implemented(int cell, int off) {
        return implemented[cell][off];
    }
}
