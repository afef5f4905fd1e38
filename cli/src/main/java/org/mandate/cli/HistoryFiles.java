package org.mandate.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mandate.core.history.HistoryBacktest;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;

/**
 * The files of {@code mandate history --out DIR}: tidy CSV, one row per entity and step, each with the history,
 * run index and seed, and the JSON of the whole run.
 */
final class HistoryFiles {
    /** The files written. */
    static final List<String> NAMES = List.of("events.csv", "states.csv", "organizations.csv", "memberships.csv",
            "crises.csv", "history.json");

    private HistoryFiles() {
    }

    static boolean present(Path dir) {
        for (String n : NAMES) {
            if (Files.exists(dir.resolve(n))) {
                return true;
            }
        }
        return false;
    }

    static void write(Path dir, HistorySpec spec, HistoryResult r, LocalDate first, HistoryBacktest.Report rep)
            throws IOException {
        Files.createDirectories(dir);
        String key = csv(spec.id()) + "," + r.run() + "," + r.seed();
        try (Writer w = Files.newBufferedWriter(dir.resolve("events.csv"), StandardCharsets.UTF_8)) {
            w.write("history,run,seed,date,kind,subject,object,amount,text,mechanisms\n");
            for (HistoryEvent e : HistoryCommand.shown(r, first, java.util.Set.of())) {
                StringBuilder mech = new StringBuilder();
                for (HistoryEvent.Reason why : e.reasons()) {
                    if (mech.indexOf(why.mechanism()) < 0) {
                        mech.append(mech.length() == 0 ? "" : ";").append(why.mechanism());
                    }
                }
                w.write(key + "," + e.date() + "," + e.kind().key() + "," + csv(e.subject()) + ","
                        + csv(e.object()) + "," + num(e.amount()) + "," + csv(e.text()) + "," + csv(mech.toString())
                        + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("states.csv"), StandardCharsets.UTF_8)) {
            StringBuilder head = new StringBuilder("history,run,seed,date,state,threat,coercive,institutional,control,"
                    + "capital_overrules,coercive_share,assistance");
            for (String p : r.powers()) {
                head.append(",rent_").append(p);
            }
            for (String p : r.powers()) {
                head.append(",alignment_").append(p);
            }
            w.write(head + "\n");
            for (HistoryResult.StateRow s : r.states()) {
                if (s.date().isBefore(first)) {
                    continue;
                }
                StringBuilder line = new StringBuilder(key + "," + s.date() + "," + s.state() + "," + num(s.threat())
                        + "," + num(s.coercive()) + "," + num(s.institutional()) + "," + num(s.control()) + ","
                        + s.overrules() + "," + num(s.coerciveShare()) + "," + num(s.assistance()));
                for (double v : s.rents()) {
                    line.append(',').append(num(v));
                }
                for (double v : s.alignment()) {
                    line.append(',').append(num(v));
                }
                w.write(line + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("organizations.csv"), StandardCharsets.UTF_8)) {
            w.write("history,run,seed,date,organization,exists,members,suspended,credibility,reach,rules\n");
            for (HistoryResult.OrgRow o : r.orgs()) {
                if (o.date().isBefore(first)) {
                    continue;
                }
                w.write(key + "," + o.date() + "," + csv(o.organization()) + "," + o.exists() + ","
                        + o.members().size() + "," + o.suspended().size() + "," + num(o.credibility()) + ","
                        + num(o.reach()) + "," + csv(o.rules()) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("memberships.csv"), StandardCharsets.UTF_8)) {
            w.write("history,run,seed,date,organization,state,status,credibility\n");
            for (HistoryResult.MemberRow m : r.members()) {
                if (m.date().isBefore(first)) {
                    continue;
                }
                w.write(key + "," + m.date() + "," + csv(m.organization()) + "," + m.state() + "," + m.status()
                        + "," + num(m.credibility()) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("crises.csv"), StandardCharsets.UTF_8)) {
            w.write("history,run,seed,date,file,episode,host,organization,member,decided,implemented,stage,forced,"
                    + "capital_overrules\n");
            for (HistoryResult.CrisisCell c : r.crises()) {
                if (c.date().isBefore(first)) {
                    continue;
                }
                w.write(key + "," + c.date() + "," + csv(c.file()) + "," + csv(c.episode()) + "," + c.host() + ","
                        + csv(c.organization()) + "," + c.member() + "," + c.decided() + "," + c.implemented() + ","
                        + c.stage() + "," + c.forced() + "," + c.capitalOverrules() + "\n");
            }
        }
        Files.writeString(dir.resolve("history.json"), RunCommand.json().writeValueAsString(
                HistoryJson.of(spec, r, first, rep)) + "\n", StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
