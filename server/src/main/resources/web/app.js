// The workbench page: a thin client of the JSON API (see /openapi.json). No framework, no build step.
"use strict";

const LEVELS = ["nothing", "statement", "aid, facilitation or monitoring", "police or advisory mission",
    "armed deployment"];

const state = {
    path: null,          // the open file, such as examples/kyrgyzstan-2010.yaml
    readOnly: true,
    disable: new Set(),  // mechanisms switched off
    rules: {},           // organization -> decision rule id
    values: {},          // input path (states.X.interests.NAME, episodes.E.severity) -> value moved by a slider
    mandate: {},         // organization -> "add TYPE" or "remove TYPE" (one mandate change per organization)
    tabledBy: {},        // organization -> agenda rule
    inputs: null,        // POST /api/whatif/inputs for the open text
    picked: null,        // the state whose interests the picker shows besides the most influential
    selected: null,      // {episode, organization, variant}
    switches: null,      // GET /api/mechanisms
    lastRun: null,       // the last what-if answer
    job: null,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
        if (k === "class") e.className = v;
        else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
        else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
        if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
}

/** Calls the API; resolves to {status, body}. */
async function api(method, url, body, contentType) {
    const init = {method, headers: {}};
    if (body !== undefined) {
        init.body = typeof body === "string" ? body : JSON.stringify(body);
        init.headers["Content-Type"] = contentType || "application/json";
    }
    const r = await fetch(url, init);
    let json = null;
    try {
        json = await r.json();
    } catch (e) {
        json = {error: "the server answered " + r.status + " without JSON"};
    }
    return {status: r.status, body: json};
}

function debounce(fn, ms) {
    let t = null;
    return (...args) => {
        clearTimeout(t);
        t = setTimeout(() => fn(...args), ms);
    };
}

// ---- charts: embedded with vega-embed, each with SVG and PNG downloads -----------------------------------------

const EMBED = {actions: {export: true, source: false, compiled: false, editor: false}};

/** Draws a Vega-Lite spec into a box, with SVG and PNG buttons under it; resolves to the Vega view. */
async function chart(box, spec, name) {
    if (typeof box === "string") box = $(box);
    const plot = el("div", {class: "plot"});
    const tools = el("div", {class: "chart-tools"});
    box.replaceChildren(plot, tools);
    if (!window.vegaEmbed) {
        plot.append(el("p", {class: "status bad"}, "the charting scripts did not load"));
        return null;
    }
    const result = await vegaEmbed(plot, spec, EMBED);
    const view = result.view;
    for (const format of ["svg", "png"]) {
        tools.append(el("button", {class: "download", "data-format": format, "data-chart": name,
            title: "download this chart as " + format.toUpperCase(),
            onclick: () => download(view, format, name)}, "Download " + format.toUpperCase()));
    }
    box.dataset.drawn = name;
    return view;
}

/** Saves a chart as name.svg or name.png, drawn by Vega itself (the same renderer as on the page). */
async function download(view, format, name) {
    let url;
    if (format === "svg") {
        url = URL.createObjectURL(new Blob([await view.toSVG()], {type: "image/svg+xml"}));
    } else {
        url = await view.toImageURL("png", 2);
    }
    const a = el("a", {href: url, download: name + "." + format});
    document.body.append(a);
    a.click();
    a.remove();
    if (format === "svg") setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- scenario list -------------------------------------------------------------------------------------------

async function loadList() {
    const r = await api("GET", "/api/scenarios");
    const groups = {example: "Examples", case: "Case library", workspace: "Workspace"};
    const list = $("file-list");
    list.replaceChildren();
    const filter = $("filter").value.toLowerCase();
    const experiments = $("experiment");
    const chosen = experiments.value;
    experiments.replaceChildren();
    for (const [kind, heading] of Object.entries(groups)) {
        const items = r.body.scenarios.filter((s) => s.kind === kind);
        for (const s of items.filter((s) => s.type === "experiment")) {
            experiments.append(el("option", {value: s.path}, s.path));
        }
        const shown = items.filter((s) => s.type === "scenario")
            .filter((s) => !filter || (s.path + " " + s.title).toLowerCase().includes(filter));
        if (shown.length === 0) continue;
        list.append(el("h3", {}, heading + " (" + shown.length + ")"));
        for (const s of shown) {
            const name = s.path.split("/").pop();
            list.append(el("a", {href: "#" + s.path, "data-path": s.path, title: s.path,
                class: s.path === state.path ? "open" : "",
                onclick: (ev) => { ev.preventDefault(); openFile(s.path); }},
                s.title || name, " ", el("small", {}, name)));
        }
    }
    if (chosen) experiments.value = chosen;
}

async function openFile(path) {
    const r = await api("GET", "/api/scenarios/file?path=" + encodeURIComponent(path));
    if (r.status !== 200) {
        $("validity").textContent = r.body.error;
        $("validity").className = "validity bad";
        return;
    }
    state.path = path;
    state.readOnly = r.body.readOnly;
    state.selected = null;
    state.rules = {};
    state.values = {};
    state.mandate = {};
    state.tabledBy = {};
    state.inputs = null;
    state.picked = null;
    state.disable.clear();
    $("file-name").textContent = path + (r.body.readOnly ? " (read-only: save a copy into the workspace)" : "");
    $("yaml").value = r.body.text;
    $("save-name").value = r.body.readOnly ? "workspace/" + path.split("/").pop() : path;
    $("whatif-name").value = "workspace/whatif-" + path.split("/").pop();
    location.hash = path;
    document.querySelectorAll("#file-list a").forEach((a) => a.classList.toggle("open", a.dataset.path === path));
    $("explain").hidden = true;
    $("tables").replaceChildren();
    $("rules").replaceChildren();
    renderMechanisms();
    gutter([]);
    if (await validate()) run();
}

// ---- editor: gutter, validation as you type, save --------------------------------------------------------------

function gutter(problems) {
    const lines = $("yaml").value.split("\n").length;
    const byLine = new Map();
    for (const p of problems) {
        if (p.line > 0) byLine.set(p.line, (byLine.has(p.line) ? byLine.get(p.line) + "\n" : "") + p.message);
    }
    const g = $("gutter");
    g.replaceChildren();
    for (let i = 1; i <= lines; i++) {
        g.append(byLine.has(i) ? el("span", {class: "bad", title: byLine.get(i)}, String(i)) : String(i), "\n");
    }
    g.scrollTop = $("yaml").scrollTop;
}

function goToLine(line, column) {
    const ta = $("yaml");
    const lines = ta.value.split("\n");
    let pos = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
    pos += Math.max(0, (column || 1) - 1);
    ta.focus();
    ta.setSelectionRange(pos, pos);
    const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 18;
    ta.scrollTop = Math.max(0, (line - 5) * lineHeight);
}

function scenarioBody() {
    return {path: state.path, yaml: $("yaml").value};
}

async function validate() {
    if (!state.path) return;
    const r = await api("POST", "/api/validate", scenarioBody());
    const v = $("validity");
    const list = $("problems");
    list.replaceChildren();
    if (r.status === 200) {
        v.textContent = "valid";
        v.className = "validity ok";
        gutter([]);
        loadInputs();
        return true;
    }
    const problems = r.body.problems || [];
    v.textContent = r.body.error;
    v.className = "validity bad";
    for (const p of problems) {
        list.append(el("li", {onclick: () => goToLine(p.line, p.column), title: "go to line " + p.line},
            p.message));
    }
    gutter(problems);
    return false;
}

const validateSoon = debounce(validate, 400);

async function save() {
    const name = $("save-name").value.trim();
    const r = await api("PUT", "/api/scenarios/file?path=" + encodeURIComponent(name), $("yaml").value,
        "text/yaml");
    const s = $("save-status");
    if (r.status === 200) {
        s.textContent = "saved " + name;
        s.className = "status";
        state.path = name;
        state.readOnly = false;
        $("file-name").textContent = name;
        location.hash = name;
        await loadList();
    } else {
        s.textContent = r.body.error;
        s.className = "status bad";
    }
}

// ---- editor: completion of keys from the scenario schema --------------------------------------------------------

/**
 * Suggests the keys the scenario schema (docs/scenario.schema.json, bundled) allows at the cursor: the ancestors
 * of the line are read from the indentation above it, the schema is walked along them (through $ref, list items
 * and maps by id), and the keys of the object reached that start with what is typed are listed. Typing a key at
 * the start of a line, or Ctrl+Space, opens the list; arrows choose, Tab or Enter insert, Escape closes.
 */
const completion = {schema: null, items: [], active: 0, from: 0};

async function loadSchema() {
    try {
        completion.schema = await (await fetch("/schema/scenario.schema.json")).json();
    } catch (e) {
        completion.schema = null;
    }
}

function deref(node) {
    let n = node;
    for (let i = 0; n && n.$ref && i < 20; i++) {
        n = n.$ref.split("/").slice(1).reduce((o, k) => o && o[k], completion.schema);
    }
    return n || {};
}

/** Every alternative of a schema node (allOf, anyOf, oneOf flattened), with lists unwrapped to their items. */
function alternatives(node) {
    const n = deref(node);
    if (n.type === "array" && n.items) return alternatives(n.items);
    const out = [n];
    for (const k of ["allOf", "anyOf", "oneOf"]) {
        for (const sub of n[k] || []) out.push(...alternatives(sub));
    }
    return out;
}

function propertiesOf(node) {
    const props = {};
    for (const a of alternatives(node)) Object.assign(props, a.properties || {});
    return props;
}

function childOf(node, key) {
    for (const a of alternatives(node)) {
        if (a.properties && a.properties[key]) return a.properties[key];
    }
    for (const a of alternatives(node)) {
        if (a.additionalProperties && typeof a.additionalProperties === "object") return a.additionalProperties;
    }
    return null;
}

/** The column of a line's key (after any "- " list markers) and the key, or null for a line with none. */
function keyAt(line) {
    const m = /^(\s*(?:-\s+)*)([A-Za-z0-9_.-]+)\s*:/.exec(line);
    return m ? {column: m[1].length, key: m[2]} : null;
}

/** The keys allowed where the cursor is, with what is typed before it on the line, or null when none apply. */
function completionsAt(text, cursor) {
    if (!completion.schema) return null;
    const start = text.lastIndexOf("\n", cursor - 1) + 1;
    const typed = /^(\s*(?:-\s+)*)([A-Za-z0-9_]*)$/.exec(text.slice(start, cursor));
    if (!typed) return null;
    const column = typed[1].length;
    const chain = [];
    let limit = column;
    const above = text.slice(0, start).split("\n");
    for (let i = above.length - 1; i >= 0 && limit > 0; i--) {
        if (/^\s*(#.*)?$/.test(above[i])) continue;
        const k = keyAt(above[i]);
        if (k && k.column < limit) {
            chain.unshift(k.key);
            limit = k.column;
        } else if (!k && above[i].search(/\S/) < limit) {
            limit = above[i].search(/\S/);
        }
    }
    let node = completion.schema;
    for (const key of chain) {
        node = childOf(node, key);
        if (!node) return null;
    }
    const props = propertiesOf(node);
    const keys = Object.keys(props).filter((k) => k.startsWith(typed[2]) && k !== typed[2]);
    return {from: start + column, prefix: typed[2], path: chain,
        items: keys.map((k) => ({key: k, description: deref(props[k]).description || props[k].description || ""}))};
}

function showCompletion(force) {
    const ta = $("yaml");
    const box = $("completion");
    const c = completionsAt(ta.value, ta.selectionStart);
    if (!c || c.items.length === 0 || (!force && c.prefix.length === 0)) {
        box.hidden = true;
        return;
    }
    completion.items = c.items;
    completion.from = c.from;
    completion.active = 0;
    box.dataset.path = c.path.join(".");
    box.replaceChildren(...c.items.map((it, i) => el("li", {role: "option", "data-key": it.key,
        class: i === 0 ? "active" : "", title: it.description,
        onmousedown: (ev) => { ev.preventDefault(); acceptCompletion(i); }},
        it.key, it.description ? el("small", {}, it.description.slice(0, 80)) : null)));
    box.hidden = false;
}

function acceptCompletion(i) {
    const ta = $("yaml");
    const key = completion.items[i].key;
    const end = ta.selectionStart;
    ta.setRangeText(key + ": ", completion.from, end, "end");
    $("completion").hidden = true;
    ta.dispatchEvent(new Event("input"));
    ta.focus();
}

function completionKeys(ev) {
    const box = $("completion");
    if (ev.ctrlKey && ev.key === " ") {
        ev.preventDefault();
        showCompletion(true);
        return;
    }
    if (box.hidden) return;
    const n = completion.items.length;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        completion.active = (completion.active + (ev.key === "ArrowDown" ? 1 : n - 1)) % n;
        [...box.children].forEach((li, i) => li.classList.toggle("active", i === completion.active));
        box.children[completion.active].scrollIntoView({block: "nearest"});
    } else if (ev.key === "Enter" || ev.key === "Tab") {
        ev.preventDefault();
        acceptCompletion(completion.active);
    } else if (ev.key === "Escape") {
        box.hidden = true;
    }
}

// ---- run and what-if -----------------------------------------------------------------------------------------

function whatIfBody() {
    const changes = {};
    for (const [org, rule] of Object.entries(state.rules)) {
        if (rule) changes[org + ".decisionRule"] = rule;
    }
    for (const [org, m] of Object.entries(state.mandate)) {
        if (m) changes[org + ".mandate"] = m;
    }
    for (const [org, t] of Object.entries(state.tabledBy)) {
        if (t) changes[org + ".agenda.tabledBy"] = t;
    }
    return Object.assign(scenarioBody(), {disable: [...state.disable], changes, values: Object.assign({},
        state.values)});
}

function changed() {
    return state.disable.size > 0 || Object.values(state.rules).some((r) => r)
        || Object.values(state.mandate).some((r) => r) || Object.values(state.tabledBy).some((r) => r)
        || Object.keys(state.values).length > 0;
}

let runTicket = 0;

async function run() {
    if (!state.path) return;
    const status = $("run-status");
    status.textContent = "running...";
    status.className = "status";
    const started = performance.now();
    const ticket = ++runTicket;
    const r = await api("POST", "/api/whatif", whatIfBody());
    if (ticket !== runTicket) return; // a later change is on its way; draw only the newest answer
    const ms = Math.round(performance.now() - started);
    if (r.status !== 200) {
        status.textContent = r.body.error;
        status.className = "status bad";
        if (r.body.problems && r.body.problems.length) validate();
        return;
    }
    state.lastRun = r.body;
    status.textContent = (changed() ? "what-if: " + r.body.changed.length + " cell(s) changed; " : "")
        + "answered in " + ms + " ms";
    status.dataset.ms = ms;
    renderTables(r.body);
    renderRules(r.body.baseline.outcomes);
    if (state.selected) explain(state.selected.episode, state.selected.organization, state.selected.variant);
}

function renderTables(answer) {
    const box = el("div", {class: "tables"});
    box.append(table("baseline", changed() ? "As written" : "Outcome (decided / implemented)",
        answer.baseline.outcomes, [], false));
    if (changed()) {
        const marks = answer.changed.map((c) => c.episode + "/" + c.organization);
        box.append(table("variant", "What-if", answer.variant.outcomes, marks, true));
    }
    $("tables").replaceChildren(box);
}

function table(id, caption, outcomes, marks, variant) {
    const episodes = [...new Set(outcomes.map((o) => o.episode))];
    const orgs = [...new Set(outcomes.map((o) => o.organization))];
    const t = el("table", {id, class: "outcomes"}, el("caption", {}, caption));
    t.append(el("tr", {}, el("th", {}, "episode"), orgs.map((o) => el("th", {}, o))));
    for (const e of episodes) {
        const row = el("tr", {}, el("th", {}, e));
        for (const org of orgs) {
            const o = outcomes.find((x) => x.episode === e && x.organization === org);
            const key = e + "/" + org;
            const cls = [marks.includes(key) ? "changed" : "", !o.member ? "absent" : "",
                state.selected && state.selected.episode === e && state.selected.organization === org
                && state.selected.variant === variant ? "selected" : ""].join(" ").trim();
            const title = o.member ? "decided " + o.decided + " (" + LEVELS[o.decided] + "), implemented "
                + o.implemented + " (" + LEVELS[o.implemented] + "); set by " + o.stage + ". " + o.headline
                : "not a member";
            row.append(el("td", {"data-cell": key, "data-levels": o.decided + "/" + o.implemented, class: cls, title,
                onclick: () => o.member && explain(e, org, variant)},
                el("div", {class: "halves"},
                    el("span", {class: "l" + o.decided}, String(o.decided)),
                    el("span", {class: "l" + o.implemented}, String(o.implemented)))));
        }
        t.append(row);
    }
    return t;
}

function renderMechanisms() {
    const box = $("mechanisms");
    box.replaceChildren();
    if (!state.switches) return;
    for (const m of state.switches.mechanisms) {
        const on = !state.disable.has(m);
        const input = el("input", {type: "checkbox", "data-mechanism": m, checked: on,
            onchange: (ev) => {
                if (ev.target.checked) state.disable.delete(m); else state.disable.add(m);
                ev.target.parentElement.classList.toggle("off", !ev.target.checked);
                run();
            }});
        box.append(el("label", {class: on ? "" : "off"}, input, " " + m));
    }
}

function renderRules(outcomes) {
    const box = $("rules");
    const orgs = [...new Set(outcomes.map((o) => o.organization))];
    if (box.dataset.orgs === orgs.join(",")) return;
    box.dataset.orgs = orgs.join(",");
    box.replaceChildren();
    for (const org of orgs) {
        const select = el("select", {"data-rule": org, onchange: (ev) => { state.rules[org] = ev.target.value; run(); }},
            el("option", {value: ""}, "as written"),
            state.switches.decisionRules.map((r) => el("option", {value: r}, r)));
        select.value = state.rules[org] || "";
        box.append(el("label", {}, org + " decides by ", select));
    }
}

function resetWhatIf() {
    state.disable.clear();
    state.rules = {};
    state.values = {};
    state.mandate = {};
    state.tabledBy = {};
    $("rules").dataset.orgs = "";
    renderMechanisms();
    renderSliders();
    run();
}

// ---- what-if sliders: interests, severities, mandates, agenda rules ------------------------------------------------

/** Sliders re-run after 120 ms without movement, so a drag sends a few requests and the newest answer is drawn. */
const runSoon = debounce(run, 120);

async function loadInputs() {
    const text = $("yaml").value;
    if (state.inputs && state.inputs.text === text && state.inputs.path === state.path) return;
    const r = await api("POST", "/api/whatif/inputs", scenarioBody());
    if (r.status !== 200) return;
    state.inputs = Object.assign(r.body, {text, path: state.path});
    const known = new Set([...r.body.states.flatMap((s) => s.interests.map((i) => i.path)),
        ...r.body.episodes.map((e) => e.path)]);
    for (const p of Object.keys(state.values)) if (!known.has(p)) delete state.values[p];
    renderSliders();
}

function fmt2(v) {
    return Number(v).toFixed(2);
}

function slider(input, label) {
    const moved = input.path in state.values;
    const value = moved ? state.values[input.path] : input.value;
    const shown = el("output", {}, fmt2(value));
    const row = el("label", {class: "slider" + (moved ? " moved" : ""), title: input.path + ": " + fmt2(input.value)
        + " as written; at either end of its range " + input.influence + " cell(s) change"});
    const range = el("input", {type: "range", min: input.min, max: input.max, step: 0.05, value,
        "data-input": input.path,
        oninput: (ev) => {
            const v = Number(ev.target.value);
            if (Math.abs(v - input.value) < 1e-9) delete state.values[input.path]; else state.values[input.path] = v;
            shown.textContent = fmt2(v);
            row.classList.toggle("moved", input.path in state.values);
            runSoon();
        }});
    row.append(el("span", {class: "name"}, label), range, shown,
        el("small", {class: "influence"}, input.influence ? "(" + input.influence + ")" : ""));
    return row;
}

function renderSliders() {
    const box = $("sliders");
    box.replaceChildren();
    const inputs = state.inputs;
    if (!inputs) return;
    // interests: the three states whose interests move most cells, the picked one, and any with a moved slider
    const top = inputs.states.filter((s) => s.influence > 0).slice(0, 3).map((s) => s.id);
    const shown = new Set(top);
    if (state.picked) shown.add(state.picked);
    for (const p of Object.keys(state.values)) if (p.startsWith("states.")) shown.add(p.split(".")[1]);
    const picker = el("select", {id: "state-picker", "aria-label": "show a state's interests",
        onchange: (ev) => { state.picked = ev.target.value || null; renderSliders(); }},
        el("option", {value: ""}, "another state..."),
        inputs.states.map((s) => el("option", {value: s.id}, s.id + " " + s.name + " (" + s.influence + ")")));
    picker.value = state.picked || "";
    const interests = el("div", {class: "slider-groups"});
    for (const s of inputs.states.filter((x) => shown.has(x.id))) {
        interests.append(el("fieldset", {"data-state": s.id},
            el("legend", {}, s.id + " " + s.name, el("small", {}, " moves " + s.influence + " cell(s)")),
            s.interests.map((i) => slider(i, i.interest))));
    }
    const severities = el("fieldset", {class: "severities"}, el("legend", {}, "Severity of each episode"),
        inputs.episodes.map((e) => slider(e, e.id)));
    const orgs = el("div", {class: "slider-groups"});
    for (const o of inputs.organizations) {
        const change = state.mandate[o.id] || "";
        const types = inputs.crisisTypes.map((t) => {
            const written = o.mandate.includes(t);
            const now = change === "add " + t ? true : change === "remove " + t ? false : written;
            return el("label", {class: now !== written ? "moved" : ""},
                el("input", {type: "checkbox", checked: now, "data-mandate": o.id + ":" + t,
                    onchange: (ev) => {
                        // the experiment file's factor ORG.mandate changes one type: a second change replaces it
                        state.mandate[o.id] = ev.target.checked === written ? "" : (ev.target.checked ? "add " : "remove ")
                            + t;
                        renderSliders();
                        run();
                    }}), " " + t);
        });
        const tabled = el("select", {"data-tabled": o.id, onchange: (ev) => {
            state.tabledBy[o.id] = ev.target.value === o.tabledBy ? "" : ev.target.value;
            run();
        }}, state.switches.tabledBy.map((t) => el("option", {value: t}, t + (t === o.tabledBy ? " (as written)" : ""))));
        tabled.value = state.tabledBy[o.id] || o.tabledBy;
        orgs.append(el("fieldset", {"data-org": o.id}, el("legend", {}, o.id + " mandate and agenda"),
            el("div", {class: "switches column"}, types), el("label", {}, "tabled by ", tabled)));
    }
    box.append(el("h3", {}, "Interests ", el("small", {}, "(the states whose interests move most cells first; "
        + "in brackets, the cells that change at either end of a slider)"), " ", picker), interests,
        severities, el("h3", {}, "Mandates and agenda rules ", el("small", {}, "(one mandate change per "
            + "organization, as an experiment file's factor)")), orgs);
}

async function saveWhatIf() {
    const s = $("whatif-status");
    const r = await api("POST", "/api/whatif/save", Object.assign(whatIfBody(), {
        yaml: undefined, name: $("whatif-name").value.trim()}));
    if (r.status === 200) {
        s.textContent = "saved " + r.body.path + " (run it with: mandate ensemble " + r.body.path + ")";
        s.className = "status";
        loadList();
    } else {
        s.textContent = r.body.error;
        s.className = "status bad";
    }
}

// ---- explanation ---------------------------------------------------------------------------------------------

async function explain(episode, organization, variant) {
    state.selected = {episode, organization, variant};
    document.querySelectorAll("table.outcomes td.selected").forEach((td) => td.classList.remove("selected"));
    const table = document.getElementById(variant ? "variant" : "baseline");
    if (table) {
        const td = table.querySelector('td[data-cell="' + episode + "/" + organization + '"]');
        if (td) td.classList.add("selected");
    }
    const body = variant ? whatIfBody() : scenarioBody();
    const r = await api("POST", "/api/explain", Object.assign(body, {episode, organization}));
    const box = $("explain");
    box.hidden = false;
    renderExplanation(box, r, episode + " / " + organization + (variant ? " (what-if)" : ""), "");
}

/** Draws an answer of /api/explain for one cell into a box; chart boxes are named with the prefix. */
function renderExplanation(box, r, heading, prefix) {
    if (r.status !== 200) {
        box.replaceChildren(el("p", {class: "status bad"}, r.body.error));
        return;
    }
    const o = r.body.outcomes[0];
    const episode = o.episode;
    const organization = o.organization;
    const level = (n) => el("b", {class: "l" + n}, n + " " + LEVELS[n]);
    const stages = el("div", {class: "stages"},
        el("span", {class: "stage"}, "wanted before the gates: ", level(o.demand)), "→",
        el("span", {class: "stage"}, "decided ", level(o.decided), " set by ", el("code", {}, o.decidedStage)), "→",
        el("span", {class: "stage"}, "implemented ", level(o.implemented), " set by ",
            el("code", {}, o.implementedStage)));
    const pivotal = o.pivotal.length
        ? o.pivotal.map((p) => el("span", {class: "pivotal"}, p))
        : o.pivotalPairs.length
            ? ["none alone; together: ", o.pivotalPairs.map((p) => el("span", {class: "pivotal"}, p.join(" + ")))]
            : ["none: no single actor's stance, made indifferent, changes the outcome"];
    const reasons = el("table", {},
        el("tr", {}, el("th", {}, "mechanism"), el("th", {}, "actor"), el("th", {}, "reason"), el("th", {}, "memo")),
        o.reasons.map((x) => el("tr", {},
            el("td", {}, el("code", {}, x.mechanism)),
            el("td", {}, x.actor ? el("span", {class: o.pivotal.includes(x.actor) ? "pivotal" : ""}, x.actor) : ""),
            el("td", {}, x.text), el("td", {class: "memo"}, x.memo))));
    const deployment = o.deployment && o.decided > 0
        ? el("p", {}, "deployment: decided on " + o.deployment.decidedOn + "; "
            + (o.deployment.deployed ? "deployed on " + o.deployment.deployedOn : "not deployed")
            + (o.deployment.size > 0 ? "; size " + o.deployment.size + " → " + o.deployment.finalSize : ""))
        : null;
    box.replaceChildren(
        el("h2", {}, heading),
        stages,
        el("p", {}, "pivotal: ", pivotal),
        deployment,
        el("div", {id: prefix + "utility-chart", class: "utility-chart"}),
        el("h3", {}, "Reasons"),
        reasons);
    const a = o.attribution;
    if (a && o.member) {
        box.append(el("h3", {}, "Which mechanisms made it (Shapley values over mechanisms)"),
            el("p", {class: "hint"}, "Each bar is a mechanism's Shapley value over switching mechanisms off: "
                + "positive holds the level down, negative holds it up. They sum to the level with every mechanism "
                + "off (decided " + a.decided.allOff + ", implemented " + a.implemented.allOff + ") less the level "
                + "reached."),
            el("div", {id: prefix + "attribution-chart"}),
            el("table", {id: prefix + "sufficient", class: "figures"},
                ["decided", "implemented"].map((side) => el("tr", {},
                    el("th", {}, side + " " + a[side].level),
                    el("td", {}, sufficientText(a[side]))))));
        if (a.note) box.append(el("p", {}, a.note));
    }
    if (r.body.chart) {
        chart(prefix + "utility-chart", r.body.chart, "utilities-" + episode + "-" + organization)
            .catch((e) => console.error(e));
    }
    if (r.body.attributionChart && a && o.member) {
        chart(prefix + "attribution-chart", r.body.attributionChart, "shapley-" + episode + "-" + organization)
            .catch((e) => console.error(e));
    }
}

/** The minimal sufficient sets of mechanisms as a sentence, with the engine's summary. */
function sufficientText(side) {
    const sets = (side.sufficient || []).map((set) => set.length ? "{" + set.join(", ") + "}" : "{} (none needed)");
    return [el("span", {}, side.summary || ""), el("br"),
        el("small", {}, "minimal sufficient sets: " + (sets.length ? sets.join("; ") : "none"))];
}

// ---- uncertainty jobs ----------------------------------------------------------------------------------------

async function startJob() {
    const s = $("job-status");
    const kind = $("job-kind").value;
    const body = {path: $("experiment").value, kind};
    const outcome = $("job-outcome").value.trim();
    if (kind === "ensemble") body.runs = Number($("runs").value);
    if (kind !== "ensemble" && outcome) body.outcome = outcome;
    if (kind === "sensitivity") {
        body.method = $("job-method").value;
        body.samples = Number($("job-samples").value);
    }
    if (kind === "discover") {
        body.runs = Number($("runs").value);
        body.density = Number($("job-density").value);
    }
    const r = await api("POST", "/api/jobs", body);
    if (r.status !== 202) {
        s.textContent = r.body.error;
        s.className = "status bad";
        return;
    }
    state.job = r.body.id;
    $("cancel-job").disabled = false;
    $("job-chart").replaceChildren();
    $("job-differences").replaceChildren();
    pollJob();
}

async function pollJob() {
    if (!state.job) return;
    const r = await api("GET", "/api/jobs/" + state.job);
    const job = r.body;
    $("job-progress").value = job.progress;
    const s = $("job-status");
    s.className = job.state === "failed" ? "status bad" : "status";
    s.textContent = jobText(job);
    if (job.state === "queued" || job.state === "running") {
        setTimeout(pollJob, 300);
        return;
    }
    $("cancel-job").disabled = true;
    state.job = null;
    listJobs();
    showResult(job);
}

/** The job's state in words: runs for an ensemble, the command for sensitivity and discovery. */
function jobText(job, separator) {
    const sep = separator || ": ";
    const kind = job.kind || "ensemble";
    if (kind === "ensemble") {
        return job.state + sep + job.done + " of " + job.total + " runs" + (job.error ? ": " + job.error : "");
    }
    return kind + " " + job.state + (job.error ? ": " + job.error : "");
}

/**
 * Draws a finished job's chart (for an ensemble with several design points also the paired differences); for a
 * discovery also the chosen box's rule, coverage and density.
 */
function showResult(job) {
    const box = $("job-box");
    box.replaceChildren();
    $("job-differences").replaceChildren();
    delete $("job-differences").dataset.drawn;
    if (!job.result) {
        $("job-chart").replaceChildren();
        return;
    }
    const kind = job.kind || "ensemble";
    if (kind === "discover") {
        const r = job.result;
        box.append(r.box ? el("p", {}, el("b", {}, (r.metTarget ? "box: " : "last box (density target "
            + r.densityTarget + " not reached): ") + r.box.rule), " coverage " + r.box.coverage.toFixed(3)
            + ", density " + r.box.density.toFixed(3) + ", " + r.box.runs + " of " + r.runs + " runs; base rate "
            + r.baseRate.toFixed(3) + " for " + r.outcome) : el("p", {}, r.note));
    } else if (kind === "sensitivity") {
        box.append(el("p", {}, job.result.outcomes.map((o) => o.outcome + (o.probability === undefined ? ""
            : " (probability " + o.probability.toFixed(3) + ")") + (typeof o.sobol === "string" ? ": " + o.sobol
            : "")).join("; ")));
    }
    chart("job-chart", job.result.chart, kind + "-" + job.experiment).catch((e) => console.error(e));
    // An ensemble with more than one design point: each point's paired differences from the first.
    if (job.result.differencesChart) {
        chart("job-differences", job.result.differencesChart, "differences-" + job.experiment)
            .catch((e) => console.error(e));
    }
}

/** Lists the jobs the server keeps (they survive a restart); choosing a finished one draws its result. */
async function listJobs() {
    const r = await api("GET", "/api/jobs");
    if (r.status !== 200) return;
    const select = $("previous-jobs");
    select.replaceChildren(el("option", {value: ""}, r.body.jobs.length + " kept"),
        ...r.body.jobs.map((j) => el("option", {value: j.id}, j.id + " " + j.experiment + ": "
            + jobText(j, ", "))));
}

async function showJob(id) {
    if (!id) return;
    const r = await api("GET", "/api/jobs/" + encodeURIComponent(id));
    const s = $("job-status");
    if (r.status !== 200) {
        s.textContent = r.body.error;
        s.className = "status bad";
        return;
    }
    s.className = "status";
    s.textContent = r.body.id + " " + jobText(r.body);
    showResult(r.body);
}

/** Shows the options of the chosen kind of job. */
function jobKind() {
    const kind = $("job-kind").value;
    document.querySelectorAll("[data-kinds]").forEach((e) => {
        e.hidden = !e.dataset.kinds.split(" ").includes(kind);
    });
}

async function cancelJob() {
    if (!state.job) return;
    await api("DELETE", "/api/jobs/" + state.job);
}


// ---- views ---------------------------------------------------------------------------------------------------

function showView(name) {
    for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.view === name);
    for (const v of document.querySelectorAll("main.view")) v.hidden = v.id !== "view-" + name;
    $("legend").hidden = name !== "scenarios";
    if (name === "history") historyOpen();
    if (name === "backtest") backtestOpen();
    if (name === "bargaining") bargainOpen();
}

// ---- history -------------------------------------------------------------------------------------------------

const hist = {loaded: false, answer: null, selected: null};

async function historyOpen() {
    if (hist.loaded) return;
    hist.loaded = true;
    const files = (await api("GET", "/api/scenarios")).body.scenarios.filter((s) => s.type === "history");
    $("history-file").replaceChildren(...files.map((f) => el("option", {value: f.path}, f.path)));
    const m = (await api("GET", "/api/history/mechanisms")).body;
    $("history-mechanisms").replaceChildren(...m.history.map((id) => el("label", {},
        el("input", {type: "checkbox", checked: true, "data-history-mechanism": id,
            onchange: (ev) => ev.target.parentElement.classList.toggle("off", !ev.target.checked)}), " " + id)));
    if (files.length) historyRun();
}

async function historyRun() {
    const s = $("history-status");
    s.textContent = "running the history...";
    s.className = "status";
    const body = {path: $("history-file").value, backtest: $("history-backtest").checked,
        disable: [...document.querySelectorAll("[data-history-mechanism]")].filter((c) => !c.checked)
            .map((c) => c.dataset.historyMechanism)};
    if ($("history-from").value.trim()) body.from = $("history-from").value.trim();
    if ($("history-to").value.trim()) body.to = $("history-to").value.trim();
    const started = performance.now();
    const r = await api("POST", "/api/history", body);
    const ms = Math.round(performance.now() - started);
    if (r.status !== 200) {
        s.textContent = r.body.error + (r.body.problems || []).map((p) => "\n" + p.message).join("");
        s.className = "status bad";
        return;
    }
    const h = r.body;
    hist.answer = h;
    hist.selected = null;
    s.textContent = h.events.length + " events, " + h.crises.length + " crisis cells, " + h.from + " to " + h.to
        + (h.disabled.length ? "; off: " + h.disabled.join(", ") : "") + "; answered in " + ms + " ms";
    s.dataset.ms = ms;
    $("history-title").textContent = h.title;
    const kinds = [...new Set(h.events.map((e) => e.kind))].sort();
    const kind = $("history-kind");
    const chosen = kind.value;
    kind.replaceChildren(el("option", {value: ""}, "every kind"), ...kinds.map((k) => el("option", {value: k}, k)));
    kind.value = kinds.includes(chosen) ? chosen : "";
    historyEvents();
    $("history-reasons").replaceChildren(el("p", {class: "hint"},
        "Click an event, in the list or on the timeline, to see its reasons."));
    historyBacktest(h.backtest);
    const view = await chart("history-membership", h.charts.membership, "membership-" + h.history);
    if (view) {
        view.addEventListener("click", (ev, item) => {
            if (item && item.datum && item.datum.index !== undefined) historySelect(item.datum.index);
        });
    }
    await chart("history-rents", h.charts.rents, "rents-" + h.history);
    await chart("history-capacity", h.charts.capacity, "capacity-" + h.history);
}

function historyEvents() {
    const h = hist.answer;
    if (!h) return;
    const kind = $("history-kind").value;
    const text = $("history-search").value.toLowerCase();
    const rows = [];
    h.events.forEach((e, i) => {
        if (kind && e.kind !== kind) return;
        const line = [e.date, e.kind, e.subject, e.object, e.text].join(" ").toLowerCase();
        if (text && !line.includes(text)) return;
        rows.push(el("tr", {class: "clickable" + (hist.selected === i ? " selected" : ""), "data-event": i,
            onclick: () => historySelect(i)},
            el("td", {}, e.date), el("td", {}, el("span", {class: "kind"}, e.kind)),
            el("td", {}, e.subject || ""), el("td", {}, e.object || ""), el("td", {}, e.text)));
    });
    $("history-count").textContent = rows.length + " of " + h.events.length;
    $("history-events").replaceChildren(el("tr", {}, ["date", "kind", "subject", "object", "what happened"]
        .map((t) => el("th", {}, t))), ...rows);
}

function historySelect(i) {
    const e = hist.answer.events[i];
    hist.selected = i;
    document.querySelectorAll("#history-events tr.selected").forEach((r) => r.classList.remove("selected"));
    const row = document.querySelector('#history-events tr[data-event="' + i + '"]');
    if (row) {
        row.classList.add("selected");
        row.scrollIntoView({block: "nearest"});
    }
    const fmt = (x) => x === null || x === undefined ? "" : String(x);
    $("history-reasons").replaceChildren(
        el("h3", {id: "history-event-title"}, e.date + " " + e.kind + ": " + e.text),
        el("p", {}, "subject ", el("b", {}, fmt(e.subject)), e.object ? [", object ", el("b", {}, e.object)] : "",
            e.amount !== null ? ", amount " + e.amount : ""),
        e.reasons.length ? el("table", {id: "history-event-reasons"},
            el("tr", {}, ["mechanism", "interest", "amount", "reason", "memo"].map((t) => el("th", {}, t))),
            e.reasons.map((w) => el("tr", {},
                el("td", {}, el("code", {}, w.mechanism)), el("td", {}, fmt(w.interest)), el("td", {}, fmt(w.amount)),
                el("td", {}, w.text), el("td", {class: "memo"}, fmt(w.memo)))))
            : el("p", {class: "hint"}, "no reasons recorded for this event"));
}

function historyBacktest(b) {
    const box = $("history-backtest-box");
    if (!b) {
        box.replaceChildren();
        return;
    }
    const row = (name, hits, falses, score) => el("tr", {}, el("td", {}, name), el("td", {}, hits),
        el("td", {}, falses), el("td", {}, score));
    box.replaceChildren(el("h3", {}, "Backtest " + b.from + " to " + b.until),
        el("p", {}, b.recorded + " recorded events; a hit is within " + b.windowDays + " days."),
        el("table", {id: "history-backtest-table", class: "list"},
            el("tr", {}, el("th", {}, ""), el("th", {}, "hits"), el("th", {}, "false"), el("th", {}, "score")),
            row("model", b.hits, b.falseEvents, b.score),
            row("persistence", b.baselines.persistence.hits, b.baselines.persistence.falseEvents,
                b.baselines.persistence.score),
            row("base rate", b.baselines.baseRate.hits, b.baselines.baseRate.falseEvents, b.baselines.baseRate.score)),
        el("details", {}, el("summary", {}, "recorded events and the model's"),
            el("table", {class: "list"}, b.events.map((x) => el("tr", {},
                el("td", {}, x.date), el("td", {}, x.kind + " " + x.subject + " " + (x.object || "")),
                el("td", {}, x.predicted ? "predicted " + x.predicted + " (" + x.days + " days)" : "missed"))))));
}

// ---- backtest ------------------------------------------------------------------------------------------------

const bt = {loaded: false, answer: null};

async function backtestOpen() {
    if (bt.loaded) return;
    bt.loaded = true;
    backtestRun();
}

async function backtestRun() {
    const s = $("backtest-status");
    s.textContent = "scoring every case...";
    s.className = "status";
    const started = performance.now();
    const r = await api("POST", "/api/backtest", {ensemble: Number($("backtest-ensemble").value)});
    const ms = Math.round(performance.now() - started);
    if (r.status !== 200) {
        s.textContent = r.body.error;
        s.className = "status bad";
        return;
    }
    const b = r.body;
    bt.answer = b;
    const held = b.groups["held-out"];
    s.replaceChildren(el("span", {}, b.cases.length + " cases scored" + (b.skipped.length ? ", "
        + b.skipped.length + " skipped" : "") + "; model accuracy " + b.model.accuracy.toFixed(3) + ", MAE "
        + b.model.mae.toFixed(3) + " over " + b.model.n + " levels; answered in " + ms + " ms"),
        held ? el("p", {id: "backtest-verdict"}, held.verdict) : "");
    s.dataset.ms = ms;
    backtestCases();
    await chart("backtest-scores", b.charts.scores, "backtest-scores");
    await chart("backtest-confusion", b.charts.confusion, "backtest-confusion");
}

function backtestCases() {
    const b = bt.answer;
    if (!b) return;
    const text = $("backtest-search").value.toLowerCase();
    const wrong = $("backtest-wrong").checked;
    const show = (x) => x === "not-member" ? "–" : x === null || x === undefined ? "?" : String(x);
    const rows = [];
    for (const c of b.cases) {
        for (const cell of c.cells) {
            const missed = cell.error && (cell.error.decided > 0 || cell.error.implemented > 0);
            if (wrong && !missed) continue;
            if (text && !(c.id + " " + cell.episode + " " + cell.organization).toLowerCase().includes(text)) continue;
            const key = c.id + "/" + cell.episode + "/" + cell.organization;
            rows.push(el("tr", {class: "clickable", "data-case": key,
                onclick: () => backtestExplain(c, cell, key)},
                el("td", {}, c.id), el("td", {}, c.group), el("td", {}, cell.episode), el("td", {}, cell.organization),
                el("td", {class: "cell"}, show(cell.observed.decided) + "/" + show(cell.observed.implemented)),
                el("td", {class: "cell" + (missed ? " wrong" : "")},
                    (cell.predicted.member ? "" : "not member ") + cell.predicted.decided + "/"
                    + cell.predicted.implemented)));
        }
    }
    $("backtest-cases").replaceChildren(el("tr", {}, ["case", "group", "episode", "organization", "observed",
        "model"].map((t) => el("th", {}, t))), ...rows);
}

async function backtestExplain(c, cell, key) {
    document.querySelectorAll("#backtest-cases tr.selected").forEach((r) => r.classList.remove("selected"));
    const row = document.querySelector('#backtest-cases tr[data-case="' + key + '"]');
    if (row) row.classList.add("selected");
    const box = $("backtest-explain");
    box.replaceChildren(el("p", {class: "status"}, "explaining..."));
    const r = await api("POST", "/api/explain", {path: c.file, episode: cell.episode,
        organization: cell.organization});
    renderExplanation(box, r, c.id + ": " + cell.episode + " / " + cell.organization, "backtest-");
    const show = (x) => x === "not-member" ? "not a member" : String(x);
    box.insertBefore(el("p", {id: "backtest-observed"}, "observed: decided " + show(cell.observed.decided)
        + ", implemented " + show(cell.observed.implemented) + " (" + c.file + ")"), box.children[1] || null);
}

// ---- bargaining ----------------------------------------------------------------------------------------------

let bargainLoaded = false;

async function bargainOpen() {
    if (bargainLoaded) return;
    bargainLoaded = true;
    const files = (await api("GET", "/api/scenarios")).body.scenarios.filter((s) => s.type === "bargaining");
    $("bargain-file").replaceChildren(...files.map((f) => el("option", {value: f.path},
        f.path + (f.title ? " (" + f.title + ")" : ""))));
    if (files.length) bargainRun();
}

async function bargainRun() {
    const s = $("bargain-status");
    s.textContent = "bargaining...";
    s.className = "status";
    const started = performance.now();
    const r = await api("POST", "/api/bargain", {path: $("bargain-file").value, profile: $("bargain-profile").value});
    const ms = Math.round(performance.now() - started);
    if (r.status !== 200) {
        s.textContent = r.body.error;
        s.className = "status bad";
        return;
    }
    const b = r.body;
    s.textContent = b.scenario + ": " + b.actors.length + " actors, " + b.dimensions.length + " dimension(s); "
        + b.turns + " turns, " + (b.converged ? "converged" : "stopped by " + b.stoppedBy) + "; answered in " + ms
        + " ms";
    s.dataset.ms = ms;
    const fmt = (x) => x.toFixed(2);
    $("bargain-table").replaceChildren(
        el("tr", {}, el("th", {}, "actor"), b.dimensions.map((d) => el("th", {}, d)), el("th", {}, "P(win)")),
        ...b.actors.map((a) => el("tr", {"data-actor": a.actor}, el("td", {}, a.actor),
            a.position.map((p) => el("td", {}, fmt(p))), el("td", {}, a.probability.toFixed(4)))),
        el("tr", {}, el("td", {}, "baseline: weighted mean"), b.weightedMean.map((p) => el("td", {}, fmt(p))),
            el("td", {})),
        el("tr", {}, el("td", {}, "baseline: weighted median"), b.weightedMedian.map((p) => el("td", {}, fmt(p))),
            el("td", {})));
    await chart("bargain-positions", b.charts.positions, "bargain-positions-" + b.scenario);
    await chart("bargain-final", b.charts.final, "bargain-final-" + b.scenario);
}

// ---- start ---------------------------------------------------------------------------------------------------

async function init() {
    $("legend").replaceChildren("levels: ",
        ...LEVELS.map((l, i) => el("span", {class: "l" + i}, i + " " + l)));
    state.switches = (await api("GET", "/api/mechanisms")).body;
    $("yaml").addEventListener("input", (ev) => {
        gutter([]);
        validateSoon();
        if (ev.isTrusted || ev.inputType) showCompletion(false);
    });
    $("yaml").addEventListener("keydown", completionKeys);
    $("yaml").addEventListener("blur", () => { $("completion").hidden = true; });
    loadSchema();
    $("yaml").addEventListener("scroll", () => { $("gutter").scrollTop = $("yaml").scrollTop; });
    $("filter").addEventListener("input", loadList);
    $("save").addEventListener("click", save);
    $("run").addEventListener("click", run);
    $("reset-whatif").addEventListener("click", resetWhatIf);
    $("save-whatif").addEventListener("click", saveWhatIf);
    $("start-job").addEventListener("click", startJob);
    $("job-kind").addEventListener("change", jobKind);
    jobKind();
    $("cancel-job").addEventListener("click", cancelJob);
    $("previous-jobs").addEventListener("change", (ev) => showJob(ev.target.value));
    listJobs();
    for (const b of document.querySelectorAll("#tabs button")) {
        b.addEventListener("click", () => showView(b.dataset.view));
    }
    $("history-run").addEventListener("click", historyRun);
    $("backtest-run").addEventListener("click", backtestRun);
    $("bargain-run").addEventListener("click", bargainRun);
    $("backtest-search").addEventListener("input", backtestCases);
    $("backtest-wrong").addEventListener("change", backtestCases);
    $("history-kind").addEventListener("change", historyEvents);
    $("history-search").addEventListener("input", historyEvents);
    await loadList();
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted) await openFile(wanted);
}

init();
