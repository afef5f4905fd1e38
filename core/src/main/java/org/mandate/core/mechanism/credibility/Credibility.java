package org.mandate.core.mechanism.credibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;

/**
 * Credibility after a crisis: each member that wanted more of the organization than it did loses faith in it, in
 * proportion to the levels it missed and the crisis's severity ("What sort of organization is this...", the memo
 * quotes Lukashenko); a member that got what it wanted gains a little. The host counts what it asked for. Faith
 * slowly returns toward its starting level between crises. Switched off, credibility never moves.
 */
public final class Credibility {
    /** Mechanism id. */
    public static final String ID = "credibility";

    private Credibility() {
    }

    /** Lets credibility recover over a step. */
    public static void recover(World w) {
        if (!w.on(ID)) {
            return;
        }
        double start = w.param(Parameter.CREDIBILITY_START);
        double rate = w.param(Parameter.CREDIBILITY_RECOVERY) * w.dt();
        for (int o = 0; o < w.orgs(); o++) {
            for (int s = 0; s < w.states(); s++) {
                if (w.status(o, s) != World.NONE) {
                    double c = w.credibility(o, s);
                    w.credibility(o, s, c + rate * (start - c));
                }
            }
        }
    }

    /**
     * Updates each simulated member's credibility after the organization's response to a crisis in a member state.
     *
     * @param requested the level the host asked the organization for, 0 when none
     * @param stanceStates the state index of each of the outcome's stances, -1 for a state the history does not
     *                     simulate
     * @return the reasons, one per member whose credibility moved
     */
    public static List<HistoryEvent.Reason> afterCrisis(World w, int o, Outcome outcome, String host, int requested,
                                                        double severity, int[] stanceStates) {
        List<HistoryEvent.Reason> out = new ArrayList<>();
        if (!w.on(ID)) {
            return out;
        }
        int got = outcome.implemented();
        List<MemberStance> stances = outcome.stances();
        for (int i = 0; i < stances.size(); i++) {
            MemberStance st = stances.get(i);
            int s = stanceStates[i];
            if (s < 0 || w.status(o, s) != World.MEMBER) {
                continue;
            }
            int wanted = st.ideal();
            if (st.actor().equals(host)) {
                wanted = Math.max(wanted, requested);
            }
            double before = w.credibility(o, s);
            if (wanted > got) {
                w.credibility(o, s, before - w.param(Parameter.CREDIBILITY_LOSS) * (wanted - got) / 4.0 * severity);
            } else if (wanted > 0) {
                w.credibility(o, s, before + w.param(Parameter.CREDIBILITY_GAIN) * severity);
            }
            double after = w.credibility(o, s);
            if (w.tracing() && Math.abs(after - before) >= 0.005) {
                out.add(w.reason(ID, "credibility", after - before, String.format(Locale.ROOT,
                        "%s wanted level %d and got %d: %s's credibility with it %s from %.2f to %.2f", st.actor(),
                        wanted, got, w.org(o).id(), after < before ? "falls" : "rises", before, after)));
            }
        }
        return out;
    }
}
