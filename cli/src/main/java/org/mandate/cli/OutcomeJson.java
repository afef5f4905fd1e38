package org.mandate.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.engine.Reason;
import org.mandate.core.explain.Attribution;
import org.mandate.core.explain.CellAttribution;

/**
 * The JSON contract of {@code mandate run --format json}: an object with {@code scenario} and {@code outcomes}, each
 * with episode, organization, decided, implemented, stage, pivotal and reasons. Other fields may be added. Public so
 * that the web workbench answers with exactly the same contract.
 */
public final class OutcomeJson {
    private OutcomeJson() {
    }

    /** The contract of {@code run --format json} ({@code stances} false) and {@code explain --format json}. */
    public static Map<String, Object> run(String scenario, List<Outcome> outcomes, List<CellAttribution> attributions,
                                          boolean stances) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario);
        List<Object> list = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> m = outcome(o, stances);
            CellAttribution a = Attributions.find(attributions, o);
            if (a != null) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("decided", attribution(a.decided()));
                am.put("implemented", attribution(a.implemented()));
                am.put("note", a.note(o.stage(), o.implemented() < o.decided()));
                m.put("attribution", am);
            }
            list.add(m);
        }
        root.put("outcomes", list);
        return root;
    }

    private static Map<String, Object> attribution(Attribution a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", a.level());
        m.put("allOff", a.allOff());
        m.put("shapley", a.shapley());
        m.put("sufficient", a.sufficient());
        m.put("alone", a.alone());
        m.put("summary", a.sufficientText());
        return m;
    }

    /** One outcome in the contract, with the members' stances when {@code stances} is true. */
    public static Map<String, Object> outcome(Outcome o, boolean stances) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("episode", o.episode());
        m.put("organization", o.organization());
        m.put("decided", o.decided());
        m.put("implemented", o.implemented());
        m.put("stage", o.stage().id());
        m.put("pivotal", o.pivotal());
        m.put("pivotalPairs", o.pivotalPairs());
        List<Object> reasons = new ArrayList<>();
        for (Reason r : o.reasons()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("mechanism", r.mechanism());
            rm.put("actor", r.actor());
            rm.put("text", r.text());
            rm.put("memo", r.memo());
            reasons.add(rm);
        }
        m.put("reasons", reasons);
        m.put("member", o.member());
        m.put("decidedStage", o.decidedStage().id());
        m.put("implementedStage", o.implementedStage().id());
        m.put("demand", o.demand());
        m.put("headline", o.headline());
        if (o.deployment() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("decidedOn", String.valueOf(o.deployment().decidedOn()));
            d.put("deployed", o.deployment().deployed());
            d.put("deployedOn", o.deployment().deployedOn() == null ? null : o.deployment().deployedOn().toString());
            d.put("stalledMonths", o.deployment().stalledMonths());
            d.put("size", o.deployment().size());
            d.put("finalSize", o.deployment().finalSize());
            m.put("deployment", d);
        }
        if (stances) {
            List<Object> st = new ArrayList<>();
            for (MemberStance s : o.stances()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("actor", s.actor());
                sm.put("voting", s.voting());
                sm.put("weight", s.weight());
                sm.put("utility", s.utility());
                sm.put("ideal", s.ideal());
                sm.put("objects", s.objects());
                sm.put("contributions", s.contributions());
                st.add(sm);
            }
            m.put("stances", st);
        }
        return m;
    }
}
