// timetable.atelier — an atelier plan runs in one of its candidate blocks, for all its groups at once,
// with its leaders there (externals available, interns on their weekdays) and enough leaders and places
// for the pupils (practice lever 3; settings pupilsPerLeader).
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  gridOf,
  groupGrid,
  isAvailable,
  lessonSlots,
  type Candidate,
  type Day,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { sum, type BlockRef, type LinExpr, type ModelBuilder, type SlotRef } from "../model-builder.js";
import { dayName, groupLabel } from "./names.js";
import { agree, count, type Forms } from "../count.js";

const LEADER: Forms = { nl: ["begeleider", "begeleiders"], en: ["leader", "leaders"] };

export const timetableAtelier = defineRule({
  id: "timetable.atelier",
  title: {
    nl: "Ateliers: één blok, alle klassen samen, genoeg begeleiders",
    en: "Ateliers: one block, all groups together, enough leaders",
  },
  source: "PRACTICES.md lever 3 (Flexio lines 1101–1190)",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-one-block": {
      nl: `Atelierwerking '{plan}' loopt in één van haar mogelijke blokken`,
      en: `Atelier plan '{plan}' runs in one of its possible blocks`,
    },
    "encode-too-few-places": {
      nl: `Atelierwerking '{plan}': {pupils} leerlingen maar {places} plaatsen en {leaders} ({perLeader} leerlingen per begeleider)`,
      en: `Atelier plan '{plan}': {pupils} pupils but {places} places and {leaders} ({perLeader} pupils per leader)`,
    },
    "too-few-places": {
      nl: "Atelierwerking '{plan}': {pupils} leerlingen maar slechts {places} plaatsen in de ateliers.",
      en: "Atelier plan '{plan}': {pupils} pupils but only {places} places in the ateliers.",
    },
    "too-few-leaders": {
      nl: "Atelierwerking '{plan}': {leaders} voor {pupils} leerlingen; bij {perLeader} leerlingen per begeleider zijn er {needed} nodig.",
      en: "Atelier plan '{plan}': {leaders} for {pupils} pupils; at {perLeader} pupils per leader, {needed} are needed.",
    },
    "not-scheduled": {
      nl: "Atelierwerking '{plan}' staat niet in het rooster.",
      en: "Atelier plan '{plan}' is not in the timetable.",
    },
    "outside-blocks": {
      nl: "Atelierwerking '{plan}' staat op {day} {start}–{end}, buiten haar mogelijke blokken.",
      en: "Atelier plan '{plan}' is on {day} {start}–{end}, outside its candidate blocks.",
    },
    "too-few-leaders-present": {
      nl: "Op {day} {start} {lead} {leaders} de ateliers '{plan}' voor {pupils} leerlingen; bij {perLeader} leerlingen per begeleider zijn er {needed} nodig.",
      en: "On {day} at {start}, {leaders} {lead} the ateliers '{plan}' for {pupils} pupils; at {perLeader} pupils per leader, {needed} are needed.",
    },
    "groups-missing": {
      nl: "Op {day} {start} {take} {groups} niet mee aan de ateliers '{plan}'; alle deelnemende klassen moeten samen.",
      en: "On {day} at {start}, {groups} {take} not take part in the ateliers '{plan}'; all participating classes must be there together.",
    },
    "not-whole-block": {
      nl: "Atelierwerking '{plan}' vult niet één volledig blok: de ateliers staan op {when}, maar ze vullen elke lestijd van één van haar mogelijke blokken, voor alle deelnemende klassen.",
      en: "Atelier plan '{plan}' does not fill one whole block: the ateliers are on {when}, but they fill every lesson period of one of its candidate blocks, for every participating class.",
    },
    "leader-unavailable": {
      nl: "Atelierbegeleider {name} is niet beschikbaar op {day} {start}–{end}.",
      en: "Atelier leader {name} is not available on {day} {start}–{end}.",
    },
    "intern-not-on-day": {
      nl: "Stagiair {name} komt niet op {day} en kan dan geen atelier begeleiden.",
      en: "Intern {name} does not come on {day} and cannot lead an atelier then.",
    },
  },
  encode: encodeAteliers,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    for (const plan of scenario.atelierPlans) {
      const pupils = plan.groups.reduce((n, g) => n + (scenario.groups.find((x) => x.id === g)?.pupils ?? 0), 0);
      const places = plan.ateliers.reduce((n, a) => n + a.capacity, 0);
      const leaders = new Set(plan.ateliers.flatMap((a) => a.leaders));
      const perLeader = plan.pupilsPerLeader;
      if (places < pupils) out.push(report(this, "too-few-places", {}, { plan: plan.name, pupils, places }));
      if (leaders.size * perLeader < pupils)
        out.push(
          report(
            this,
            "too-few-leaders",
            {},
            {
              plan: plan.name,
              leaders: count(leaders.size, LEADER),
              pupils,
              perLeader,
              needed: Math.ceil(pupils / perLeader),
            },
          ),
        );
      if (!candidate) continue;
      const lessons = candidate.lessons.filter((l) => l.subject === "ATELIER" && l.atelierPlan === plan.id);
      if (lessons.length === 0) {
        out.push(report(this, "not-scheduled", {}, { plan: plan.name }));
        continue;
      }
      const times = [...new Set(lessons.map((l) => `${l.day}|${l.start}|${l.end}`))];
      const timed = out.length;
      for (const t of times) {
        const [day, start, end] = t.split("|") as [(typeof lessons)[number]["day"], string, string];
        const at = { day: dayName(day), start, end };
        const inBlock = plan.candidateBlocks.some((b) => b.day === day && b.start <= start && end <= b.end);
        if (!inBlock) out.push(report(this, "outside-blocks", { day, start, end }, { plan: plan.name, ...at }));
        const here = lessons.filter((l) => l.day === day && l.start === start);
        // Leaders are counted from the week: those the atelier lessons name, not those the plan lists.
        const present = new Set(
          here.flatMap((l) => [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])]).filter((p) => leaders.has(p)),
        );
        const pupilsHere = here.reduce((n, l) => n + (scenario.groups.find((x) => x.id === l.group)?.pupils ?? 0), 0);
        if (present.size * perLeader < pupilsHere) {
          out.push(
            report(
              this,
              "too-few-leaders-present",
              { day, start, end },
              {
                ...at,
                plan: plan.name,
                leaders: count(present.size, LEADER),
                lead: agree(present.size, { nl: ["begeleidt", "begeleiden"], en: ["runs", "run"] }),
                pupils: pupilsHere,
                perLeader,
                needed: Math.ceil(pupilsHere / perLeader),
              },
            ),
          );
        }
        const groupsHere = here.map((l) => l.group);
        const missing = plan.groups.filter((g) => !groupsHere.includes(g));
        if (missing.length)
          out.push(
            report(
              this,
              "groups-missing",
              { day, start, end },
              {
                ...at,
                plan: plan.name,
                groups: missing.map((g) => groupLabel(scenario, g)).join(", "),
                take: agree(missing.length, { nl: ["doet", "doen"], en: ["does", "do"] }),
              },
            ),
          );
        for (const e of scenario.externals.filter((x) => leaders.has(x.id))) {
          if (!isAvailable(e.availability, day, start, end))
            out.push(report(this, "leader-unavailable", { staff: e.id, day, start, end }, { name: e.name, ...at }));
        }
        for (const i of scenario.interns.filter((x) => leaders.has(x.id))) {
          if (!i.weekdays.includes(day))
            out.push(report(this, "intern-not-on-day", { staff: i.id, day }, { name: i.name, day: at.day }));
        }
      }
      // The solver runs a plan in one whole block: every class's own lesson periods inside it, nothing else. Said
      // when no finding at a time of this plan (outside its blocks, a class missing) explains it already.
      const explained = out
        .slice(timed)
        .some((v) => v.messageId === "outside-blocks" || v.messageId === "groups-missing");
      if (!explained && !fillsOneBlock(scenario, candidate, plan))
        out.push(
          report(
            this,
            "not-whole-block",
            {},
            {
              plan: plan.name,
              when: timesPhrase(times),
            },
          ),
        );
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** "vrijdag 13:20–14:10, vrijdag 14:25–15:15" from "fri|13:20|14:10" keys. */
function timesPhrase(times: string[]): { nl: string; en: string } {
  const parts = times.map((t) => t.split("|") as [Day, string, string]);
  const say = (names: Record<Day, string>) => parts.map(([d, a, b]) => `${names[d]} ${a}–${b}`).join(", ");
  return { nl: say(DAY_NAMES_NL), en: say(DAY_NAMES_EN) };
}

/**
 * Does the plan fill exactly one of its candidate blocks: for every class, its atelier periods are its own lesson
 * periods inside that block (a kleuter class with days of its own: its own periods)?
 */
function fillsOneBlock(s: Scenario, candidate: Candidate, plan: Scenario["atelierPlans"][number]): boolean {
  const grid = gridOf(s, candidate);
  const key = (day: string, start: string, end: string) => `${day}|${start}|${end}`;
  const atelier = new Map(
    plan.groups.map((g) => [
      g,
      new Set(
        candidate.lessons
          .filter((l) => l.group === g && l.subject === "ATELIER" && l.atelierPlan === plan.id)
          .map((l) => key(l.day, l.start, l.end)),
      ),
    ]),
  );
  return plan.candidateBlocks.some((b) =>
    plan.groups.every((g) => {
      const group = s.groups.find((x) => x.id === g);
      if (!group) return false;
      const own = lessonSlots(groupGrid(grid, group), b.day)
        .filter((t) => b.start <= t.start && t.end <= b.end)
        .map((t) => key(b.day, t.start, t.end));
      const got = atelier.get(g)!;
      return own.length === got.size && own.every((k) => got.has(k));
    }),
  );
}

/** Ateliers: each plan runs in exactly one of its candidate blocks, for all its groups at once. */
function encodeAteliers(m: ModelBuilder): void {
  for (const plan of m.scenario.atelierPlans) {
    const vars = m.atelierVars.filter((v) => v.plan.id === plan.id);
    const oneBlock = tag(timetableAtelier, "encode-one-block", `atelier:${plan.id}`, { plan: plan.name });
    if (!m.scenario.cover.ateliers) continue;
    m.addConstraint(sum(vars.map((v) => v.name)), "=", 1, oneBlock);
    const coverBySlot = new Map(
      m.coverVars
        .filter((c) => c.lever === "atelier" && c.who === plan.id)
        .map((c) => [`${c.group}|${c.slot.key}`, c.name]),
    );
    // Each class's own lesson slots inside a block (DayGrid.levels: a kleuter class has its own times).
    const within = (t: SlotRef, b: BlockRef) => t.day === b.day && b.start <= t.start && t.end <= b.end;
    for (const g of plan.groups) {
      for (const t of m.slotsOf(g)) {
        if (t.kind !== "lesson" || !vars.some((v) => within(t, v.block))) continue;
        const e: LinExpr = new Map([[coverBySlot.get(`${g}|${t.key}`)!, 1]]);
        for (const v of vars) if (within(t, v.block)) e.set(v.name, -1);
        m.addConstraint(e, "=", 0, oneBlock);
      }
    }
    // Enough leaders for the pupils (pupilsPerLeader) and enough atelier places.
    const pupils = plan.groups.reduce((n, g) => n + (m.scenario.groups.find((x) => x.id === g)?.pupils ?? 0), 0);
    const places = plan.ateliers.reduce((n, a) => n + a.capacity, 0);
    const leaders = new Set(plan.ateliers.flatMap((a) => a.leaders));
    if (places < pupils || leaders.size * plan.pupilsPerLeader < pupils) {
      // A capacity fact of its own (explanations keep such compact facts; see solver/explain.ts).
      m.addConstraint(
        sum(vars.map((v) => v.name)),
        "=",
        0,
        tag(timetableAtelier, "encode-too-few-places", `capacity:atelier:${plan.id}`, {
          plan: plan.name,
          pupils,
          places,
          leaders: count(leaders.size, LEADER),
          perLeader: plan.pupilsPerLeader,
        }),
      );
    }
  }
}
