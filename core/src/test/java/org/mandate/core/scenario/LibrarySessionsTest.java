package org.mandate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.testkit.Examples;

/** The organizations' session calendars in the library: read in order, refused out of order with the place named. */
class LibrarySessionsTest {
    @TempDir
    Path dir;

    @Test
    void theSco_meetsAtItsSummits_andItsSecretariatSpeaksFrom2004() throws Exception {
        var sco = ScenarioLoader.load(Examples.file(Examples.KYRGYZSTAN_2010)).scenario().organizations().get("SCO");
        assertThat(sco.agenda().sessions()).contains(java.time.LocalDate.of(2010, 6, 11));
        assertThat(sco.agenda().quickSince()).isEqualTo(java.time.LocalDate.of(2004, 1, 15));
        assertThat(sco.agenda().statementsBy()).isEqualTo(org.mandate.core.model.AgendaRules.TabledBy.HOST);
    }

    @Test
    void aScenarioCanGiveTheScoAnotherCalendar_forAWhatIf() throws Exception {
        var s = org.mandate.core.testkit.Examples.kyrgyzstanWith(
                "organizations: {SCO: {agenda: {sessions: ['2010-04-20'], quickSince: '2011-01-01'}}}");
        var sco = s.organizations().get("SCO").agenda();
        assertThat(sco.sessions()).containsExactly(java.time.LocalDate.of(2010, 4, 20));
        assertThat(sco.quickUpToOn(java.time.LocalDate.of(2010, 4, 7))).isZero();
        assertThat(sco.decisionDay(java.time.LocalDate.of(2010, 4, 7))).isEqualTo(java.time.LocalDate.of(2010, 4, 20));
    }

    @Test
    void scenarioSessionsOutOfOrder_areReportedWithLineAndValue() throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Examples.kyrgyzstanText()
                + "\norganizations: {SCO: {agenda: {sessions: ['2010-06-11', '2010-04-20']}}}\n", StandardCharsets.UTF_8);
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(scenario), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems().toString()).contains("organizations.SCO.agenda.sessions[1]: value '2010-04-20': "
                + "expected a date after the session before it (2010-06-11): sessions are listed in date order");
    }

    @Test
    void sessionsOutOfOrder_areReportedWithFileLineAndValue() throws IOException {
        Path data = Examples.file("data/organizations.yaml").getParent();
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.copy(f, lib.resolve(f.getFileName()));
            }
        }
        Path orgs = lib.resolve("organizations.yaml");
        String text = Files.readString(orgs, StandardCharsets.UTF_8);
        Files.writeString(orgs, text.replace("'1998-07-03', '1999-08-25'", "'1999-08-25', '1998-07-03'"),
                StandardCharsets.UTF_8);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Examples.kyrgyzstanText().replaceFirst("(?m)^scenario:", "library: lib\nscenario:"),
                StandardCharsets.UTF_8);
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(scenario), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems().toString()).contains("organizations.yaml:144:58: ")
                .contains("organizations[1].agenda.sessions[3]: value '1998-07-03': expected a date after the session before it "
                        + "(1999-08-25): sessions are listed in date order");
    }
}
