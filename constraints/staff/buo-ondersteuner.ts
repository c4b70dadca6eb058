// staff.buo-ondersteuner — PWB lines 488–492, 5001, 5019: staff sent from special education (ambt
// ondersteuner, co-teacher in the pre-waarborg model) work 22 lestijden on the class floor within 26
// klokuren (the 26 h: staff.schoolopdracht); the rest is professionalisation, consultation, coordination
// and travel. They must not be used for substitution or supervision. So: ≤ 22 lestijden (× fraction),
// no supervision duty, never covering a class alone (release cover, solo class period, merge supervisor).
import { BUO_CLASS_FLOOR_LESTIJDEN, DAYS, scaleLestijden, toMinutes, toClock } from "../../src/model/index.js";
import type { Day, Scenario, Staff, Violation } from "../../src/model/index.js";
import { type Rule, defineRule, report, tag } from "../rule.js";
import { groupLabel, plannedSpecialistPeriods, staffLoads, when } from "./load.js";
import { type ModelBuilder } from "../model-builder.js";
import { lestijdenExpr } from "./load-model.js";

const isOndersteuner = (st: Staff) => st.ambt === "ondersteuner";

/** Where an ondersteuner takes a class without its class teacher: per person, group and day, a time span. */
function substitutions(
  scenario: Scenario,
  ids: Set<string>,
  candidate: NonNullable<Parameters<Rule["check"]>[0]["candidate"]>,
) {
  const spans = new Map<
    string,
    { staff: string; group: string; day: Day; from: number; to: number; goals: Set<string> }
  >();
  const add = (staff: string, group: string, day: Day, start: string, end: string, goal?: string) => {
    const key = `${staff}|${group}|${day}`;
    const s = spans.get(key) ?? {
      staff,
      group,
      day,
      from: toMinutes(start),
      to: toMinutes(end),
      goals: new Set<string>(),
    };
    s.from = Math.min(s.from, toMinutes(start));
    s.to = Math.max(s.to, toMinutes(end));
    if (goal) s.goals.add(goal);
    spans.set(key, s);
  };
  for (const r of candidate.releases) {
    for (const c of r.cover) {
      const m = /^(?:coteacher|care):(.+)$/.exec(c.by);
      if (m && ids.has(m[1])) add(m[1], c.group, r.day, r.start, r.end, r.goal);
    }
  }
  const groups = new Map(scenario.groups.map((g) => [g.id, g]));
  for (const l of candidate.lessons) {
    const g = groups.get(l.group);
    if (!g || l.subject !== "KLAS") continue;
    const alone =
      l.staff.length > 0 && l.staff.every((s) => ids.has(s)) && !l.staff.some((s) => g.classTeachers.includes(s));
    if (alone) for (const s of l.staff) add(s, l.group, l.day, l.start, l.end);
  }
  return [...spans.values()].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.from - b.from);
}

export const staffBuoOndersteuner = defineRule({
  id: "staff.buo-ondersteuner",
  title: {
    nl: "Ondersteuner (buo): 22 lestijden op de klasvloer, geen vervanging of toezicht",
    en: "Support worker (special ed.): 22 periods in class, no substitution or supervision",
  },
  source: "PWB lines 488–492, 5001, 5019",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-class-floor": {
      nl: "{name} (ondersteuner) staat hoogstens {max} lestijden op de klasvloer",
      en: "{name} (support teacher) is on the class floor for at most {max} lesson periods",
    },
    "supervision-duty": {
      nl: "{name} is ondersteuner (buo) en mag geen toezicht doen, maar heeft toezicht op {when}.",
      en: "{name} is a support worker from special education (buo) and may not do supervision, but has a supervision duty on {when}.",
    },
    "leads-merge": {
      nl: "{name} is ondersteuner (buo) en mag niet vervangen, maar staat als leerkracht van de samengevoegde klassen {groups}.",
      en: "{name} is a support worker from special education (buo) and may not substitute, but is down as the teacher of the merged classes {groups}.",
    },
    "over-class-floor": {
      nl: "{name} (ondersteuner, opdracht {fraction}) staat {when} {n} lestijden op de klasvloer; het maximum is {max} ({full} binnen 26 klokuren, naar rato van de opdracht).",
      en: "{name} (support worker, opdracht {fraction}) is on the class floor for {n} lesson periods {when}; the maximum is {max} ({full} within 26 clock hours, pro rata to the opdracht).",
    },
    "takes-class-alone": {
      nl: "{name} is ondersteuner (buo) en mag niet ingezet worden als vervanging, maar neemt klas {group} alleen over op {when}{during}.",
      en: "{name} is a support worker from special education (buo) and may not be used as a substitute, but takes over class {group} alone on {when}{during}.",
    },
  },
  encode: encodeBuo,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    const sup = scenario.staff.filter(isOndersteuner);
    if (sup.length === 0) return out;
    const byId = new Map(sup.map((s) => [s.id, s]));
    const group = (id: string) => groupLabel(scenario, id);
    for (const st of sup) {
      for (const d of st.supervision) {
        out.push(
          report(
            this,
            "supervision-duty",
            { staff: st.id, day: d.day, start: d.start, end: d.end },
            { name: st.name, when: when(d.day, d.start, d.end) },
          ),
        );
      }
    }
    for (const m of scenario.cover.merges) {
      const st = m.by ? byId.get(m.by) : undefined;
      if (st)
        out.push(
          report(this, "leads-merge", { staff: st.id }, { name: st.name, groups: m.groups.map(group).join(" + ") }),
        );
    }
    const planned = plannedSpecialistPeriods(scenario);
    const loads = candidate ? staffLoads(scenario, candidate) : undefined;
    for (const st of sup) {
      const max = scaleLestijden(BUO_CLASS_FLOOR_LESTIJDEN, st);
      const n = loads ? loads.get(st.id)!.lestijden : (planned.get(st.id)?.periods ?? 0);
      if (n > max)
        out.push(
          report(
            this,
            "over-class-floor",
            { staff: st.id },
            {
              name: st.name,
              fraction: st.fraction,
              when: loads
                ? { nl: "in deze week", en: "this week" }
                : { nl: "volgens de lessentabel", en: "according to the subject plan" },
              n,
              max,
              full: BUO_CLASS_FLOOR_LESTIJDEN,
            },
          ),
        );
    }
    if (!candidate) return out;
    for (const s of substitutions(scenario, new Set(byId.keys()), candidate)) {
      const st = byId.get(s.staff)!;
      const goals = [...s.goals].map((id) => `'${scenario.releaseGoals.find((g) => g.id === id)?.name ?? id}'`);
      const during = goals.length
        ? {
            nl: ` tijdens de vrijroostering voor ${goals.join(", ")}`,
            en: ` during the release for ${goals.join(", ")}`,
          }
        : "";
      const [start, end] = [toClock(s.from), toClock(s.to)];
      out.push(
        report(
          this,
          "takes-class-alone",
          { staff: st.id, group: s.group, day: s.day, start, end },
          { name: st.name, group: group(s.group), when: when(s.day, start, end), during },
        ),
      );
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * staff.buo-ondersteuner: at most 22 lestijden (× fraction) on the class floor. Never covering is structural:
 * the model has no cover variable for an ondersteuner (mayCover); a supervision duty is a scenario fact.
 */
function encodeBuo(m: ModelBuilder): void {
  for (const st of m.scenario.staff.filter(isOndersteuner)) {
    const max = scaleLestijden(BUO_CLASS_FLOOR_LESTIJDEN, st);
    const e = lestijdenExpr(m, st.id);
    if (e.size <= max) continue;
    m.addConstraint(
      e,
      "<=",
      max,
      tag(staffBuoOndersteuner, "encode-class-floor", `person:${st.id}`, { name: st.name, max }),
    );
  }
}
