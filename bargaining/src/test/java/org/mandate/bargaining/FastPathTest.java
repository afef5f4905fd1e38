package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that the engine's specialised challenge loops give bit-identical runs to the general one. */
class FastPathTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String name : new String[] {"dummyData_3Dim", "ref-30x2"}) {
            for (Profile profile : Profile.values()) {
                for (ThirdPartyCommit commit : ThirdPartyCommit.values()) {
                    cases.add(Arguments.of(name, profile, commit));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void fastChallengeLoop_givesTheGeneralLoopsRunBitForBit(String name, Profile profile, ThirdPartyCommit commit) {
        SmpInput input = KtabReference.load(name).read();
        SmpOptions options = SmpOptions.ktabDefaults().withProfile(profile).withThirdPartyCommit(commit);

        SmpResult fast = new Engine(input, options, KtabReference.random(), Trace.NONE, true).run();
        SmpResult general = new Engine(input, options, KtabReference.random(), Trace.NONE, false).run();

        assertThat(fast).isEqualTo(general);
    }
}
