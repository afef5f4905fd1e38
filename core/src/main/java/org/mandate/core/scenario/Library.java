package org.mandate.core.scenario;

import java.util.Map;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Interests;
import org.mandate.core.model.Organization;
import org.mandate.core.model.State;

/**
 * The shared library: the standing facts every scenario draws on.
 *
 * @param crisisTypes   crisis types by id
 * @param mechanisms    the memo section of each mechanism, by mechanism id
 * @param defaults      the neutral profile of states the library names without weights
 * @param defaultCapability capability of such states
 * @param defaultRegime regime of such states
 * @param states        state profiles by id, in file order
 * @param organizations organizations by id, in file order
 */
public record Library(Map<String, CrisisType> crisisTypes, Map<String, String> mechanisms, Interests defaults,
                      double defaultCapability, State.Regime defaultRegime, Map<String, State> states,
                      Map<String, Organization> organizations) {
}
