package org.mandate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad scenario files: every problem is reported with file, line:column, field path, the bad value quoted and what was
 * expected. Messages are pinned word for word.
 */
class ScenarioLoaderProblemsTest {
    private static final String FILE = "bad.yaml";
    private static final String CRISIS_TYPES = "unconstitutional-change, mass-protest, repression, "
            + "inter-ethnic-violence, insurgency-terrorism, civil-war, secession-recognition, "
            + "border-clash-between-members, foreign-incursion, war-with-non-member";

    /** A valid scenario of one episode; lines 1 to 10. */
    private static final String BASE = """
            scenario: tiny
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
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(byte[] bytes) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.load(FILE, bytes, folder));
        assertThat(e).as("expected the file to be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBaseScenario_loads() throws ScenarioException {
        LoadedScenario loaded = ScenarioLoader.load(FILE, BASE.getBytes(StandardCharsets.UTF_8), folder);
        assertThat(loaded.scenario().id()).isEqualTo("tiny");
        assertThat(loaded.scenario().episodes()).hasSize(1);
        assertThat(loaded.file()).isEqualTo(FILE);
    }

    @Test
    void unknownKey_namesTheKeyAndTheKeysAllowedThere() {
        assertThat(problems(BASE + "colour: red\n")).containsExactly("bad.yaml:11:1: colour: value 'colour': unknown "
                + "key; expected one of: scenario, title, description, library, setsLibrary, sources, states, "
                + "organizations, localActors, episodes, observed");
    }

    @Test
    void unknownNestedKey_givesItsFullPath() {
        assertThat(problems(BASE + "states: {RUS: {interests: {greed: 0.5}}}\n")).containsExactly(
                "bad.yaml:11:28: states.RUS.interests.greed: value 'greed': unknown key; expected one of: "
                        + "regimeSecurity, sovereignty, zoneOfInterest, costAversion, rivalry, separatismFear, rents, "
                        + "image, waitAndSee, humanDimension");
    }

    @Test
    void wrongType_quotesTheValueAndSaysWhatTypeWasExpected() {
        assertThat(problems(BASE.replace("severity: 0.5", "severity: high"))).containsExactly(
                "bad.yaml:9:15: episodes[0].severity: value 'high': expected a number (a number from 0 to 1)");
    }

    @Test
    void wrongType_forAWholeSection_namesWhatWasWritten() {
        assertThat(problems("scenario: x\nepisodes: {a: 1}\n")).containsExactly(
                "bad.yaml:2:11: episodes: value a mapping: expected a list");
    }

    @Test
    void missingRequiredKey_pointsAtTheObjectThatLacksIt() {
        assertThat(problems(BASE.replace("    severity: 0.5\n", ""))).containsExactly(
                "bad.yaml:3:5: episodes[0]: missing required key 'severity'");
    }

    @Test
    void enumValue_listsTheAllowedValues() {
        assertThat(problems(BASE.replace("status: incumbent", "status: elected"))).containsExactly(
                "bad.yaml:10:26: episodes[0].government.status: value 'elected': expected one of: incumbent, interim");
    }

    @Test
    void numberOutOfRange_statesTheRange() {
        // the range appears twice: once from the bounds, once from the schema's description
        assertThat(problems(BASE.replace("severity: 0.5", "severity: 1.5"))).containsExactly(
                "bad.yaml:9:15: episodes[0].severity: value 1.5: expected a number from 0 to 1");
    }

    @Test
    void levelOutOfRange_statesTheScale() {
        assertThat(problems(BASE + "    requests:\n      - {from: KGZ, to: CSTO, level: 5, date: 2010-06-11}\n"))
                .containsExactly("bad.yaml:12:38: episodes[0].requests[0].level: value 5: expected a number from 0 "
                        + "to 4");
    }

    @Test
    void unknownStateId_saysTheLibraryHasNoProfileForIt() {
        assertThat(problems(BASE.replace("host: KGZ", "host: XYZ"))).containsExactly(
                "bad.yaml:6:11: episodes[0].host: value 'XYZ': unknown state; the library has no profile for it "
                        + "(add one under states:)");
    }

    @Test
    void unknownStateOverride_saysWhatANewStateNeeds() {
        assertThat(problems(BASE + "states: {XYZ: {interests: {image: 0.5}}}\n")).containsExactly(
                "bad.yaml:11:10: states.XYZ: value 'XYZ': unknown state; a state the library does not name needs at "
                        + "least name and capability");
    }

    @Test
    void unknownOrganizationInARequest_listsTheKnownOnes() {
        assertThat(problems(BASE + "    requests:\n      - {from: KGZ, to: NATO, level: 3, date: 2010-06-11}\n"))
                .containsExactly("bad.yaml:12:25: episodes[0].requests[0].to: value 'NATO': unknown organization; "
                        + "expected one of: CSTO, SCO, OSCE");
    }

    @Test
    void unknownOrganizationOverride_listsTheKnownOnes() {
        assertThat(problems(BASE + "organizations: {NATO: {decisionRule: majority}}\n")).containsExactly(
                "bad.yaml:11:17: organizations.NATO: value 'NATO': unknown organization; expected one of: CSTO, SCO, "
                        + "OSCE");
    }

    @Test
    void unknownCrisisType_listsTheLibrarysTypes() {
        assertThat(problems(BASE.replace("type: inter-ethnic-violence", "type: alien-invasion"))).containsExactly(
                "bad.yaml:8:11: episodes[0].type: value 'alien-invasion': unknown crisis type; expected one of: "
                        + CRISIS_TYPES);
    }

    @Test
    void unknownCrisisTypeAddedToAMandate_isReportedAtItsListItem() {
        assertThat(problems(BASE + "organizations: {CSTO: {mandate: {add: [alien]}}}\n")).containsExactly(
                "bad.yaml:11:40: organizations.CSTO.mandate.add[0]: value 'alien': unknown crisis type; expected one "
                        + "of: " + CRISIS_TYPES);
    }

    @Test
    void assessOnBeforeTheEpisodesDate_isRefused() {
        assertThat(problems(BASE.replace("assessOn: 2011-02-01", "assessOn: 2010-06-01"))).containsExactly(
                "bad.yaml:5:15: episodes[0].assessOn: value '2010-06-01': expected a date on or after the episode's "
                        + "date (2010-06-10)");
    }

    @Test
    void episodesOutOfDateOrder_areRefused() {
        String earlier = """
                  - id: e0
                    date: 2010-04-07
                    assessOn: 2010-06-01
                    host: KGZ
                    regions: [bishkek]
                    type: unconstitutional-change
                    severity: 0.5
                    government: {status: interim}
                """;
        assertThat(problems(BASE + earlier)).containsExactly("bad.yaml:12:11: episodes[1].date: value '2010-04-07': "
                + "episodes must be in date order; expected a date on or after 2010-06-10");
    }

    @Test
    void requestBeforeItsEpisode_isRefused() {
        assertThat(problems(BASE + "    requests:\n      - {from: KGZ, to: CSTO, level: 4, date: 2010-06-09}\n"))
                .containsExactly("bad.yaml:12:47: episodes[0].requests[0].date: value '2010-06-09': expected a date "
                        + "on or after the episode's date (2010-06-10)");
    }

    @Test
    void impossibleDate_isRefusedWithAnExample() {
        assertThat(problems(BASE.replace("date: 2010-06-10", "date: 2010-02-30"))).containsExactly(
                "bad.yaml:4:11: episodes[0].date: value '2010-02-30': expected a date like 2010-06-11");
    }

    @Test
    void duplicateEpisodeId_isRefused() {
        assertThat(problems(BASE + BASE.substring(BASE.indexOf("  - id")))).containsExactly(
                "bad.yaml:11:9: episodes[1].id: value 'e1': duplicate episode id");
    }

    @Test
    void yamlTag_isRefusedAndNothingIsConstructed() {
        // the tag is shown resolved ('tag:yaml.org,2002:...'), not as written ('!!java.lang.Object')
        assertThat(problems(BASE.replace("severity: 0.5", "severity: !!java.lang.Object 0.5"))).containsExactly(
                "bad.yaml:9:15: episodes[0].severity: value 'tag:yaml.org,2002:java.lang.Object': YAML tags are not "
                        + "allowed; write plain values");
    }

    @Test
    void invalidYamlSyntax_isOneProblemAtTheParsersPosition() {
        assertThat(problems(BASE.replace("regions: [osh]", "regions: [osh"))).containsExactly(
                "bad.yaml:8:9: not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence)");
    }

    @Test
    void duplicateKey_isRefused() {
        assertThat(problems(BASE + "scenario: again\n")).containsExactly(
                "bad.yaml:11:9: not valid YAML: Duplicate field 'scenario'");
    }

    @Test
    void emptyFile_isRefused() {
        assertThat(problems("")).containsExactly("bad.yaml:1:1: the file is empty");
    }

    @Test
    void fileOverTheSizeLimit_isRefusedBeforeParsing() {
        byte[] big = new byte[YamlDocument.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        assertThat(problems(big)).containsExactly("bad.yaml: file is 1048577 bytes; files over 1048576 bytes are "
                + "refused");
    }

    @Test
    void fileOverTheSizeLimit_onDisk_isRefusedWithoutReadingIt() throws IOException {
        Path file = folder.resolve("big.yaml");
        Files.write(file, new byte[YamlDocument.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        file + ": file is 1048577 bytes; files over 1048576 bytes are refused"));
    }

    @Test
    void missingFile_andFolder_areOneProblemEach() {
        Path missing = folder.resolve("missing.yaml");
        assertThatThrownBy(() -> ScenarioLoader.load(missing)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(missing + ": no such file"));
        assertThatThrownBy(() -> ScenarioLoader.load(folder)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(folder + ": is a folder; expected a scenario file"));
    }

    @Test
    void severalSchemaProblems_areReportedTogether_inFileOrder() {
        String yaml = BASE.replace("severity: 0.5", "severity: 1.5").replace("status: incumbent", "status: elected")
                + "colour: red\n";
        assertThat(problems(yaml)).containsExactly(
                "bad.yaml:9:15: episodes[0].severity: value 1.5: expected a number from 0 to 1",
                "bad.yaml:10:26: episodes[0].government.status: value 'elected': expected one of: incumbent, interim",
                "bad.yaml:11:1: colour: value 'colour': unknown key; expected one of: scenario, title, description, "
                        + "library, setsLibrary, sources, states, organizations, localActors, episodes, observed");
    }

    @Test
    void severalReferenceProblems_areReportedTogether() {
        String yaml = BASE.replace("host: KGZ", "host: XYZ").replace("type: inter-ethnic-violence",
                "type: alien-invasion") + "    requests:\n      - {from: KGZ, to: NATO, level: 3, date: 2010-06-11}\n";
        assertThat(problems(yaml)).containsExactly(
                "bad.yaml:6:11: episodes[0].host: value 'XYZ': unknown state; the library has no profile for it "
                        + "(add one under states:)",
                "bad.yaml:8:11: episodes[0].type: value 'alien-invasion': unknown crisis type; expected one of: "
                        + CRISIS_TYPES,
                "bad.yaml:12:25: episodes[0].requests[0].to: value 'NATO': unknown organization; expected one of: "
                        + "CSTO, SCO, OSCE");
    }

    @Test
    void aProblem_carriesItsPartsSeparately() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(FILE,
                BASE.replace("host: KGZ", "host: XYZ").getBytes(StandardCharsets.UTF_8), folder));
        assertThat(e.problems()).containsExactly(new Problem(FILE, 6, 11, "episodes[0].host", "'XYZ'",
                "unknown state; the library has no profile for it (add one under states:)"));
        assertThat(e.getMessage()).isEqualTo("1 problem, first: " + e.problems().get(0));
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void libraryFolderThatDoesNotExist_isRefused() {
        assertThat(problems(BASE + "library: nowhere\n")).containsExactly(
                "bad.yaml:11:10: library: value 'nowhere': expected a library folder relative to this file");
    }

    @Test
    void secondYamlDocument_isRefused() {
        assertThat(problems(BASE + "---\nscenario: other\n")).containsExactly(
                "bad.yaml:12:1: a second YAML document; a file holds exactly one");
    }
}
