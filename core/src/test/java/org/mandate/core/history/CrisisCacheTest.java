package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crisis cache: shared by histories with other inputs, and never changing a result. */
class CrisisCacheTest {

    /** The bundled history with the given inputs. */
    private static HistorySpec with(String path, double value) {
        return HistoryInputs.apply(Histories.centralAsia(), List.of(path), new double[] {value});
    }

    @Test
    void aHistoryWithAnotherLibraryInTheSameSituations_decidesNoCrisisAgain() {
        HistorySpec spec = Histories.centralAsia();
        double rents = spec.library().state("KGZ").interests().get(org.mandate.core.model.Interest.RENTS);
        CrisisCache.clear();
        HistoryResult first = HistoryEngine.run(spec, 0, false, false);
        int decided = CrisisCache.size();
        // the same values in a new library: the worlds are the same, so every crisis meets a situation seen before
        HistoryResult second = HistoryEngine.run(with("states.KGZ.interests.rents", rents), 1, false, false);
        assertThat(decided).isPositive();
        assertThat(CrisisCache.size()).isEqualTo(decided);
        assertThat(second.crises()).isEqualTo(first.crises());
    }

    @Test
    void aCrisisTakenFromTheCache_isTheCrisisDecidedAfresh() {
        CrisisCache.clear();
        HistoryEngine.run(Histories.centralAsia(), 0, false, false);
        for (double forumShopping : new double[] {0.1, 0.5}) {
            HistorySpec other = with("parameters.forumShopping", forumShopping);
            List<HistoryResult.CrisisCell> shared = HistoryEngine.run(other, 1, false, false).crises();
            CrisisCache.clear();
            List<HistoryResult.CrisisCell> fresh = HistoryEngine.run(other, 1, false, false).crises();
            assertThat(shared).isEqualTo(fresh);
        }
    }
}
