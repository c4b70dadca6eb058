// timetable.atelier — an atelier plan runs in one of its candidate blocks, for all its groups at once,
// with its leaders there (externals available, interns on their weekdays) and enough leaders and places
// for the pupils (practice lever 3; settings pupilsPerLeader).
import { DAY_NAMES_NL, isAvailable } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { sum, type LinExpr, type ModelBuilder } from "../model-builder.js";

export const timetableAtelier: Rule = {
  id: "timetable.atelier",
  title: {
    nl: "Ateliers: één blok, alle klassen samen, genoeg begeleiders",
    en: "Ateliers: one block, all groups together, enough leaders",
  },
  source: "PRACTICES.md lever 3 (Flexio lines 1101–1190)",
  severity: "hard",
  scope: "both",
  encode: encodeAteliers,
  check({ scenario, candidate }) {
    const out = [];
    for (const plan of scenario.atelierPlans) {
      const pupils = plan.groups.reduce((n, g) => n + (scenario.groups.find((x) => x.id === g)?.pupils ?? 0), 0);
      const places = plan.ateliers.reduce((n, a) => n + a.capacity, 0);
      const leaders = new Set(plan.ateliers.flatMap((a) => a.leaders));
      if (places < pupils)
        out.push(
          violation(
            this,
            {},
            `Atelierwerking '${plan.name}': ${pupils} leerlingen maar slechts ${places} plaatsen in de ateliers.`,
            `Atelier plan '${plan.name}': ${pupils} pupils but only ${places} places.`,
          ),
        );
      if (leaders.size * plan.pupilsPerLeader < pupils)
        out.push(
          violation(
            this,
            {},
            `Atelierwerking '${plan.name}': ${leaders.size} begeleiders voor ${pupils} leerlingen; bij ${plan.pupilsPerLeader} leerlingen per begeleider zijn er ${Math.ceil(pupils / plan.pupilsPerLeader)} nodig.`,
            `Atelier plan '${plan.name}': ${leaders.size} leaders for ${pupils} pupils.`,
          ),
        );
      if (!candidate) continue;
      const lessons = candidate.lessons.filter((l) => l.subject === "ATELIER" && l.atelierPlan === plan.id);
      if (lessons.length === 0) {
        out.push(
          violation(
            this,
            {},
            `Atelierwerking '${plan.name}' staat niet in het rooster.`,
            `Atelier plan '${plan.name}' is not in the timetable.`,
          ),
        );
        continue;
      }
      const times = [...new Set(lessons.map((l) => `${l.day}|${l.start}|${l.end}`))];
      for (const t of times) {
        const [day, start, end] = t.split("|") as [(typeof lessons)[number]["day"], string, string];
        const inBlock = plan.candidateBlocks.some((b) => b.day === day && b.start <= start && end <= b.end);
        if (!inBlock)
          out.push(
            violation(
              this,
              { day, start, end },
              `Atelierwerking '${plan.name}' staat op ${DAY_NAMES_NL[day]} ${start}–${end}, buiten haar mogelijke blokken.`,
              `Atelier plan '${plan.name}' runs outside its candidate blocks.`,
            ),
          );
        const at = lessons.filter((l) => l.day === day && l.start === start);
        // Leaders are counted from the week: those the atelier lessons name, not those the plan lists.
        const present = new Set(
          at.flatMap((l) => [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])]).filter((p) => leaders.has(p)),
        );
        const pupilsHere = at.reduce((n, l) => n + (scenario.groups.find((x) => x.id === l.group)?.pupils ?? 0), 0);
        if (present.size * plan.pupilsPerLeader < pupilsHere) {
          out.push(
            violation(
              this,
              { day, start, end },
              `Op ${DAY_NAMES_NL[day]} ${start} begeleiden ${present.size} begeleiders de ateliers '${plan.name}' voor ${pupilsHere} leerlingen; bij ${plan.pupilsPerLeader} leerlingen per begeleider zijn er ${Math.ceil(pupilsHere / plan.pupilsPerLeader)} nodig.`,
              `Atelier plan '${plan.name}': ${present.size} leaders in the week for ${pupilsHere} pupils.`,
            ),
          );
        }
        const here = at.map((l) => l.group);
        const missing = plan.groups.filter((g) => !here.includes(g));
        if (missing.length)
          out.push(
            violation(
              this,
              { day, start, end },
              `Op ${DAY_NAMES_NL[day]} ${start} doen ${missing.join(", ")} niet mee aan de ateliers '${plan.name}'; alle deelnemende klassen moeten samen.`,
              `Groups ${missing.join(", ")} miss the atelier period.`,
            ),
          );
        for (const e of scenario.externals.filter((x) => leaders.has(x.id))) {
          if (!isAvailable(e.availability, day, start, end))
            out.push(
              violation(
                this,
                { staff: e.id, day, start, end },
                `Atelierbegeleider ${e.name} is niet beschikbaar op ${DAY_NAMES_NL[day]} ${start}–${end}.`,
                `Atelier leader ${e.name} is not available then.`,
              ),
            );
        }
        for (const i of scenario.interns.filter((x) => leaders.has(x.id))) {
          if (!i.weekdays.includes(day))
            out.push(
              violation(
                this,
                { staff: i.id, day },
                `Stagiair ${i.name} komt niet op ${DAY_NAMES_NL[day]} en kan dan geen atelier begeleiden.`,
                `Intern ${i.name} is not there on that day.`,
              ),
            );
        }
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----

/** Ateliers: each plan runs in exactly one of its candidate blocks, for all its groups at once. */
function encodeAteliers(m: ModelBuilder): void {
  for (const plan of m.scenario.atelierPlans) {
    const vars = m.atelierVars.filter((v) => v.plan.id === plan.id);
    const tag = {
      rule: "timetable.atelier",
      instance: `atelier:${plan.id}`,
      message: `Atelierwerking '${plan.name}' loopt in één van haar mogelijke blokken`,
    };
    if (!m.scenario.cover.ateliers) continue;
    m.addConstraint(sum(vars.map((v) => v.name)), "=", 1, tag);
    const coverBySlot = new Map(
      m.coverVars
        .filter((c) => c.lever === "atelier" && c.who === plan.id)
        .map((c) => [`${c.group}|${c.slot.key}`, c.name]),
    );
    for (const g of plan.groups) {
      const slotKeys = new Set(vars.flatMap((v) => v.block.slots.map((t) => t.key)));
      for (const t of slotKeys) {
        const e: LinExpr = new Map([[coverBySlot.get(`${g}|${t}`)!, 1]]);
        for (const v of vars) if (v.block.slots.some((x) => x.key === t)) e.set(v.name, -1);
        m.addConstraint(e, "=", 0, tag);
      }
    }
    // Enough leaders for the pupils (pupilsPerLeader) and enough atelier places.
    const pupils = plan.groups.reduce((n, g) => n + (m.scenario.groups.find((x) => x.id === g)?.pupils ?? 0), 0);
    const places = plan.ateliers.reduce((n, a) => n + a.capacity, 0);
    const leaders = new Set(plan.ateliers.flatMap((a) => a.leaders));
    if (places < pupils || leaders.size * plan.pupilsPerLeader < pupils) {
      m.addConstraint(sum(vars.map((v) => v.name)), "=", 0, {
        rule: "timetable.atelier",
        instance: `atelier:${plan.id}`,
        message: `Atelierwerking '${plan.name}': ${pupils} leerlingen maar ${places} plaatsen en ${leaders.size} begeleiders (${plan.pupilsPerLeader} leerlingen per begeleider)`,
      });
    }
  }
}
