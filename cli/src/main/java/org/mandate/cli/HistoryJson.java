package org.mandate.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.history.HistoryBacktest;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;

/**
 * The JSON of {@code mandate history --format json}, made for a timeline chart: events with their reasons, the
 * crises, and per-step series of every state and organization. Keys keep a fixed order.
 */
public final class HistoryJson {
    private HistoryJson() {
    }

    /**
     * The JSON of {@code mandate history --format json}: the run shown from {@code first}, with the backtest when
     * {@code rep} is not null.
     */
    public static Map<String, Object> of(HistorySpec spec, HistoryResult r, LocalDate first,
                                         HistoryBacktest.Report rep) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("history", spec.id());
        out.put("title", spec.title());
        out.put("from", first.toString());
        out.put("to", spec.to().toString());
        out.put("stepMonths", spec.stepMonths());
        out.put("run", r.run());
        out.put("seed", r.seed());
        out.put("disabled", new ArrayList<>(spec.disabled()));
        out.put("powers", r.powers());
        List<Object> events = new ArrayList<>();
        for (HistoryEvent e : HistoryCommand.shown(r, first, java.util.Set.of())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date().toString());
            m.put("kind", e.kind().key());
            m.put("subject", e.subject());
            m.put("object", e.object());
            m.put("amount", Double.isNaN(e.amount()) ? null : round(e.amount()));
            m.put("text", e.text());
            List<Object> reasons = new ArrayList<>();
            for (HistoryEvent.Reason why : e.reasons()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("mechanism", why.mechanism());
                w.put("memo", why.memo());
                w.put("interest", why.interest());
                w.put("amount", Double.isNaN(why.amount()) ? null : round(why.amount()));
                w.put("text", why.text());
                reasons.add(w);
            }
            m.put("reasons", reasons);
            events.add(m);
        }
        out.put("events", events);
        List<Object> crises = new ArrayList<>();
        for (HistoryResult.CrisisCell c : r.crises()) {
            if (c.date().isBefore(first)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.file());
            m.put("episode", c.episode());
            m.put("date", c.date().toString());
            m.put("host", c.host());
            m.put("organization", c.organization());
            m.put("member", c.member());
            m.put("decided", c.decided());
            m.put("implemented", c.implemented());
            m.put("stage", c.stage());
            m.put("forced", c.forced());
            m.put("capitalOverrules", c.capitalOverrules());
            m.put("headline", c.headline());
            crises.add(m);
        }
        out.put("crises", crises);
        List<Object> states = new ArrayList<>();
        for (HistoryResult.StateRow s : r.states()) {
            if (s.date().isBefore(first)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", s.date().toString());
            m.put("state", s.state());
            m.put("threat", round(s.threat()));
            m.put("coercive", round(s.coercive()));
            m.put("institutional", round(s.institutional()));
            m.put("control", round(s.control()));
            m.put("capitalOverrules", s.overrules());
            m.put("coerciveShare", round(s.coerciveShare()));
            m.put("assistance", round(s.assistance()));
            Map<String, Object> rents = new LinkedHashMap<>();
            Map<String, Object> align = new LinkedHashMap<>();
            for (int p = 0; p < r.powers().size(); p++) {
                rents.put(r.powers().get(p), round(s.rents()[p]));
                align.put(r.powers().get(p), round(s.alignment()[p]));
            }
            m.put("rents", rents);
            m.put("alignment", align);
            states.add(m);
        }
        out.put("states", states);
        List<Object> orgs = new ArrayList<>();
        for (HistoryResult.OrgRow o : r.orgs()) {
            if (o.date().isBefore(first)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", o.date().toString());
            m.put("organization", o.organization());
            m.put("exists", o.exists());
            m.put("members", o.members());
            m.put("suspended", o.suspended());
            m.put("credibility", Double.isNaN(o.credibility()) ? null : round(o.credibility()));
            m.put("reach", round(o.reach()));
            m.put("rules", o.rules());
            orgs.add(m);
        }
        out.put("organizations", orgs);
        if (rep != null) {
            out.put("backtest", backtest(rep));
        }
        return out;
    }

    static Map<String, Object> backtest(HistoryBacktest.Report rep) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("from", rep.from().toString());
        b.put("until", rep.until().toString());
        b.put("windowDays", rep.window());
        b.put("recorded", rep.recorded());
        b.put("hits", rep.hits());
        b.put("misses", rep.misses());
        b.put("falseEvents", rep.falseEvents().size());
        b.put("score", rep.score());
        Map<String, Object> base = new LinkedHashMap<>();
        Map<String, Object> persistence = new LinkedHashMap<>();
        persistence.put("hits", 0);
        persistence.put("falseEvents", 0);
        persistence.put("score", 0.0);
        base.put("persistence", persistence);
        Map<String, Object> br = new LinkedHashMap<>();
        br.put("hits", round(rep.baseRateHits()));
        br.put("falseEvents", round(rep.baseRateFalse()));
        br.put("score", round(rep.baseRateScore()));
        base.put("baseRate", br);
        b.put("baselines", base);
        List<Object> matches = new ArrayList<>();
        for (HistoryBacktest.Match m : rep.matches()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", m.recorded().date().toString());
            x.put("kind", m.recorded().kind());
            x.put("subject", m.recorded().subject());
            x.put("object", m.recorded().object());
            x.put("record", m.recorded().note());
            x.put("predicted", m.predicted() == null ? null : m.predicted().date().toString());
            x.put("days", m.predicted() == null ? null : m.days());
            matches.add(x);
        }
        b.put("events", matches);
        List<Object> falses = new ArrayList<>();
        for (var f : rep.falseEvents()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", f.date().toString());
            x.put("kind", f.kind());
            x.put("subject", f.subject());
            x.put("object", f.object());
            x.put("text", f.note());
            falses.add(x);
        }
        b.put("false", falses);
        return b;
    }

    static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
