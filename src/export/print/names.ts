// Names, never ids (the UX guide): every id a scenario or a candidate uses, turned into what a principal
// calls it. "Karen Vandenberghe (L5A)", "LO bij Pieter Willems", "zorgleerkracht Veerle Cools".
import { overlaps, type Candidate, type Release, type Scenario } from "../../model/browser.js";
import { noCoverText, type NoCoverBlock, type NoCoverWeek } from "../../plan/no-cover.js";

type T = (nl: string, en: string) => string;

export interface Names {
  staff(id: string): string;
  /** Name with the class they are class teacher of: "Karen Vandenberghe (L5A)". */
  staffLabel(id: string): string;
  group(id: string): string;
  goal(id: string): string;
  external(id: string): string;
  intern(id: string): string;
  subject(id: string): string;
  /** Anyone: staff, external or intern. */
  person(id: string): string;
  ambt(a: string): string;
}

const AMBT: Record<string, [string, string]> = {
  kleuteronderwijzer: ["kleuteronderwijzer", "nursery teacher"],
  onderwijzer: ["onderwijzer", "primary teacher"],
  "leermeester-lo": ["leermeester LO", "PE teacher"],
  "leermeester-levensbeschouwing": ["leermeester levensbeschouwing", "religion/ethics teacher"],
  zorgcoordinator: ["zorgcoördinator", "care coordinator"],
  "ict-coordinator": ["ICT-coördinator", "ICT coordinator"],
  administratief: ["administratief medewerker", "administrative staff"],
  directeur: ["directeur", "principal"],
  ondersteuner: ["ondersteuner", "support worker"],
  paramedicus: ["paramedicus", "paramedic"],
};

export function ambtName(a: string, t: T): string {
  const n = AMBT[a];
  return n ? t(n[0], n[1]) : a;
}

export function namesOf(s: Scenario, t: T): Names {
  const staff = new Map(s.staff.map((p) => [p.id, p]));
  const groupsOf = new Map<string, string[]>();
  for (const g of s.groups) for (const id of g.classTeachers) groupsOf.set(id, [...(groupsOf.get(id) ?? []), g.id]);
  const externals = new Map(s.externals.map((e) => [e.id, e]));
  const interns = new Map(s.interns.map((i) => [i.id, i]));
  const goals = new Map(s.releaseGoals.map((g) => [g.id, g]));
  const subjects = new Map(s.subjects.map((x) => [x.id, x]));
  const names: Names = {
    staff: (id) => staff.get(id)?.name ?? id,
    staffLabel: (id) => {
      const p = staff.get(id);
      if (!p) return id;
      const gs = groupsOf.get(id);
      return gs?.length ? `${p.name} (${gs.join(", ")})` : p.name;
    },
    group: (id) => id,
    goal: (id) => goals.get(id)?.name ?? id,
    external: (id) => externals.get(id)?.name ?? id,
    intern: (id) => interns.get(id)?.name ?? id,
    subject: (id) =>
      id === "KLAS"
        ? t("klasleerkracht", "class teacher")
        : id === "ATELIER"
          ? t("ateliers", "ateliers")
          : (subjects.get(id)?.name ?? id),
    person: (id) => staff.get(id)?.name ?? externals.get(id)?.name ?? interns.get(id)?.name ?? id,
    ambt: (a) => ambtName(a, t),
  };
  return names;
}

/**
 * Who takes a class while its teacher is released, in words: "LO bij Pieter Willems",
 * "zorgleerkracht Veerle Cools", "samen met L1 (Kim Desmet)", "stagiair Lotte", "ateliers".
 */
export function coverText(
  s: Scenario,
  n: Names,
  c: Pick<Candidate, "lessons">,
  release: Pick<Release, "day" | "start" | "end"> & { staff?: readonly string[] },
  by: string,
  group: string,
  t: T,
): string {
  const [kind, who] = by.includes(":") ? [by.slice(0, by.indexOf(":")), by.slice(by.indexOf(":") + 1)] : [by, ""];
  switch (kind) {
    case "care":
      return t(`zorgleerkracht ${n.staff(who)}`, `care teacher ${n.staff(who)}`);
    case "coteacher":
      return t(`co-teacher ${n.staff(who)}`, `co-teacher ${n.staff(who)}`);
    case "intern":
      return t(`stagiair ${n.intern(who)}`, `student teacher ${n.intern(who)}`);
    case "merge": {
      const host = s.groups.find((g) => g.id === who);
      const teacher = host?.classTeachers[0];
      return t(
        `samen met ${who}${teacher ? ` (${n.staff(teacher)})` : ""}`,
        `merged with ${who}${teacher ? ` (${n.staff(teacher)})` : ""}`,
      );
    }
    case "atelier":
      return t("ateliers", "ateliers");
    case "none":
      // Judged against this class's own lessons: before, after or between them.
      return t(...noCoverBoth({ ...c, lessons: c.lessons.filter((l) => l.group === group) }, release, n.staff));
    default: {
      // A specialist subject: name who teaches it in that block.
      const teachers = new Set<string>();
      for (const l of c.lessons) {
        if (
          l.group === group &&
          l.subject === kind &&
          l.day === release.day &&
          overlaps(l.start, l.end, release.start, release.end)
        ) {
          for (const p of l.staff) teachers.add(p);
        }
      }
      const who = [...teachers].map((p) => n.staff(p)).join(", ");
      return who ? t(`${kind} bij ${who}`, `${kind} with ${who}`) : kind;
    }
  }
}

/** Why a block needs no cover, in both languages (for `t(nl, en)`). */
export function noCoverBoth(week: NoCoverWeek, block: NoCoverBlock, name: (id: string) => string): [string, string] {
  return [noCoverText(week, block, "nl", name), noCoverText(week, block, "en", name)];
}
