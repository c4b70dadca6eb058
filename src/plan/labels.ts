// Dutch labels for people and sessions, as principals and teachers read them in calendars and plans.
import { frequencyPhrase, parseCoverBy, type Release, type ReleaseGoal, type Scenario } from "../model/index.js";
import { noCoverText, type NoCoverWeek } from "./no-cover.js";

const AMBT_NL: Record<string, string> = {
  kleuteronderwijzer: "kleuteronderwijzer",
  onderwijzer: "onderwijzer",
  "leermeester-lo": "leermeester LO",
  "leermeester-levensbeschouwing": "leermeester levensbeschouwing",
  zorgcoordinator: "zorgcoördinator",
  "ict-coordinator": "ICT-coördinator",
  administratief: "administratief medewerker",
  directeur: "directeur",
  ondersteuner: "ondersteuner",
  paramedicus: "paramedicus",
};

const EXTERNAL_NL: Record<string, string> = {
  "pedagogical-adviser": "pedagogisch begeleider",
  "teacher-educator": "lerarenopleider",
  volunteer: "vrijwilliger",
  "atelier-partner": "atelierpartner",
  "support-worker": "ondersteuner",
  clb: "CLB",
  trainer: "nascholer",
  parent: "ouder",
};

/** "klasleerkracht L5A", "co-teacher L5A", "zorgleerkracht", "leermeester LO". */
export function staffRole(s: Scenario, id: string): string {
  const classes = s.groups.filter((g) => g.classTeachers.includes(id)).map((g) => g.id);
  if (classes.length) return `klasleerkracht ${classes.join("/")}`;
  const co = s.groups.filter((g) => g.coTeachers.includes(id)).map((g) => g.id);
  if (co.length) return `co-teacher ${co.join("/")}`;
  const st = s.staff.find((x) => x.id === id);
  if (!st) return "";
  if (st.flags.careTeacher) return "zorgleerkracht";
  return AMBT_NL[st.ambt] ?? st.ambt;
}

export type Person = { id: string; name: string; role: string; kind: "staff" | "external" | "intern" };

/** Name and role of a staff member, external or intern id. */
export function person(s: Scenario, id: string): Person {
  const st = s.staff.find((x) => x.id === id);
  if (st) return { id, name: st.name, role: staffRole(s, id), kind: "staff" };
  const ex = s.externals.find((x) => x.id === id);
  if (ex) return { id, name: ex.name, role: EXTERNAL_NL[ex.kind] ?? ex.kind, kind: "external" };
  const it = s.interns.find((x) => x.id === id);
  if (it) return { id, name: it.name, role: `stagiair ${it.group}, ${it.college}`, kind: "intern" };
  return { id, name: id, role: "", kind: "staff" };
}

/** "An Peeters (klasleerkracht L5A), Piet De Wit (pedagogisch begeleider)" */
export const peopleNl = (s: Scenario, ids: string[]) =>
  ids
    .map((id) => person(s, id))
    .map((p) => (p.role ? `${p.name} (${p.role})` : p.name))
    .join(", ");

/** "Bewegingsopvoeding" for a subject id; "Klasuren" for KLAS; "Ateliers" for ATELIER. */
export function subjectName(s: Scenario, subject: string): string {
  if (subject === "KLAS") return "Klasuren";
  if (subject === "ATELIER") return "Ateliers";
  return s.subjects.find((x) => x.id === subject)?.name ?? subject;
}

export const ambtNl = (ambt: string) => AMBT_NL[ambt] ?? ambt;

/**
 * Who takes a class while its teacher is released, in words (calendars, exports). With the week's lessons and the
 * block, "none" says why no cover is needed (before / after / during the lessons).
 */
export function coverNl(s: Scenario, by: string, ctx?: { week: NoCoverWeek; release: Release }): string {
  const c = parseCoverBy(by);
  const who = (id: string) => {
    const p = person(s, id);
    return p.role ? `${p.name} (${p.role})` : p.name;
  };
  switch (c.kind) {
    case "intern":
      return who(c.intern);
    case "care":
    case "coteacher":
      return who(c.staff);
    case "merge":
      return `samen met klas ${c.group}`;
    case "atelier":
      return "ateliers";
    case "none":
      return ctx ? noCoverText(ctx.week, ctx.release, "nl", (id) => person(s, id).name) : "geen opvang nodig";
    case "subject": {
      const sub = s.subjects.find((x) => x.id === c.subject);
      const staff =
        sub && sub.taughtBy !== "class" ? ` (${sub.taughtBy.staff.map((t) => person(s, t).name).join(", ")})` : "";
      return `${subjectName(s, c.subject)}${staff}`;
    }
  }
}

/** How often a goal meets, in Dutch, with intern names ("in week 3 van elke stage van Lotte Maes"). */
export const frequencyNl = (s: Scenario, g: ReleaseGoal) => frequencyPhrase(g, "nl", (id) => person(s, id).name);
