package org.mandate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files that the fuzzing pass found silently accepted, misread or reported in two runs: each is now refused
 * in one run with file, line:column, field path, value and what was expected, pinned word for word.
 */
class ScenarioNonsenseTest {
    private static final String FILE = "bad.yaml";

    /** A valid scenario of one episode and one local actor; lines 1 to 12. */
    private static final String BASE = """
            scenario: tiny
            localActors:
              - {id: KGZ-OSH, state: KGZ, controls: [osh], resistance: 0.8}
            episodes:
              - id: e1
                date: 2010-06-10
                assessOn: 2011-02-01
                host: KGZ
                regions: [osh]
                type: inter-ethnic-violence
                severity: 0.5
                government: {status: incumbent}
            """;

    @TempDir
    Path folder;

    private List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.load(FILE, yaml.getBytes(StandardCharsets.UTF_8), folder));
        assertThat(e).as("expected the file to be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBase_loads() throws Exception {
        assertThat(ScenarioLoader.load(FILE, BASE.getBytes(StandardCharsets.UTF_8), folder).scenario().localActors())
                .hasSize(1);
    }

    @Test
    void aRegionNoEpisodeNames_isRefusedRatherThanDroppingTheActor() {
        assertThat(problems(BASE.replace("controls: [osh]", "controls: [Osh]"))).containsExactly(
                "bad.yaml:3:42: localActors[0].controls[0]: value 'Osh': a region that an episode names; expected "
                        + "one of: osh");
    }

    @Test
    void aLeadStateThatIsNotAMember_isRefused() {
        assertThat(problems(BASE + "organizations: {SCO: {leadState: USA}}\n")).containsExactly(
                "bad.yaml:13:34: organizations.SCO.leadState: value 'USA': a member of SCO; expected one of: CHN, "
                        + "KAZ, KGZ, RUS, TJK, UZB, IND, PAK, IRN, BLR");
    }

    @Test
    void aHostListedInItsOwnInvolves_isRefused() {
        assertThat(problems(BASE + "    involves: [UZB, KGZ]\n")).containsExactly(
                "bad.yaml:13:21: episodes[0].involves[1]: value 'KGZ': a state other than the host; involves lists "
                        + "the other states drawn in");
    }

    @Test
    void yamlAliases_areRefusedRatherThanReadAsTheAnchorsName() {
        assertThat(problems("title: &t Tiny\n" + BASE.replace("scenario: tiny", "scenario: *t"))).containsExactly(
                "bad.yaml:2:11: scenario: value '*t': YAML aliases are not allowed; write the value out");
    }

    @Test
    void schemaAndReferenceProblems_areReportedTogetherInOneRun() {
        assertThat(problems(BASE.replace("severity: 0.5", "severity: 1.5").replace("host: KGZ", "host: XYZ")))
                .containsExactly(
                        "bad.yaml:8:11: episodes[0].host: value 'XYZ': unknown state; the library has no profile "
                                + "for it (add one under states:)",
                        "bad.yaml:11:15: episodes[0].severity: value 1.5: expected a number from 0 to 1");
    }

    @Test
    void moreEpisodesOrLocalActorsThanTheDocumentedLimits_areRefused() {
        StringBuilder many = new StringBuilder(BASE);
        for (int i = 2; i <= ScenarioLoader.MAX_EPISODES + 1; i++) {
            many.append(BASE.substring(BASE.indexOf("  - id: e1")).replace("id: e1", "id: e" + i));
        }
        assertThat(problems(many.toString())).containsExactly("bad.yaml:5:3: episodes: expected at most 25 "
                + "episodes in one file, found 26");
        StringBuilder actors = new StringBuilder("scenario: tiny\nlocalActors:\n");
        for (int i = 0; i <= ScenarioLoader.MAX_LOCAL_ACTORS; i++) {
            actors.append("  - {id: A").append(i).append(", state: KGZ, controls: [osh], resistance: 0.8}\n");
        }
        actors.append(BASE.substring(BASE.indexOf("episodes:")));
        assertThat(problems(actors.toString())).containsExactly("bad.yaml:3:3: localActors: expected at most 200 "
                + "local actors in one file, found 201");
    }

    @Test
    void aLibraryOutsideTheFilesFolder_isRefusedWithoutReadingIt() throws Exception {
        assertThat(problems("library: ../../etc\n" + BASE)).containsExactly(
                "bad.yaml:1:10: library: value '../../etc': expected a library folder inside this file's folder; a "
                        + "path that leads out of it needs --allow-outside");
        assertThat(problems("library: /etc\n" + BASE)).containsExactly(
                "bad.yaml:1:10: library: value '/etc': expected a library folder inside this file's folder; a path "
                        + "that leads out of it needs --allow-outside");
    }

    @Test
    void aFileThatIsNotYaml_isNeverEchoedInAProblem() throws Exception {
        String secret = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n";
        Path file = folder.resolve("passwd.yaml");
        Files.writeString(file, secret);
        List<String> problems = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file))
                .problems().stream().map(Problem::toString).toList();
        assertThat(problems).containsExactly(file + ":1:1: expected a mapping (A crisis scenario: the episode facts "
                + "that, with the shared library, make a runnable scenario. See docs/scenario-format.md.)");
    }
}
