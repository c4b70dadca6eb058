// Generated small schools and perturbed weeks for the rule verifier's property test (issue 9).
import fc from "fast-check";
import {
  DAYS,
  lessonSlots,
  parseScenario,
  type Candidate,
  type Day,
  type Lesson,
  type Scenario,
  type ScenarioInput,
} from "../../src/model/index.js";
import { gridOf } from "../../constraints/rule.js";
import { KLEUTER_DAY, KLEUTER_WEDNESDAY, SHORT_DAY, usualGrid } from "./tiny.js";

const day = fc.constantFrom<Day>("mon", "tue", "wed", "thu", "fri");

/**
 * A small school: 2–3 classes, a PE teacher (maybe for all classes together), maybe a co-teacher, care teacher,
 * intern, merge, external.
 */
export const smallSchool: fc.Arbitrary<Scenario> = fc
  .record({
    pupils: fc.array(fc.integer({ min: 10, max: 25 }), { minLength: 2, maxLength: 3 }),
    coTeacher: fc.boolean(),
    care: fc.boolean(),
    careIsParamedic: fc.boolean(),
    intern: fc.option(fc.record({ independent: fc.boolean(), day }), { nil: undefined }),
    merge: fc.option(fc.integer({ min: 20, max: 50 }), { nil: undefined }),
    loPeriods: fc.integer({ min: 1, max: 3 }),
    loMaxPerDay: fc.integer({ min: 1, max: 2 }),
    shortTuesday: fc.boolean(),
    external: fc.option(day, { nil: undefined }),
    goals: fc.array(
      fc.record({
        members: fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }),
        minutes: fc.constantFrom(50, 100, 120),
        withExternal: fc.boolean(),
        patternWeek: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    gym: fc.boolean(),
    loTogether: fc.boolean(),
    minDaysApart: fc.integer({ min: 0, max: 2 }),
    kt1Away: fc.option(day, { nil: undefined }),
    duty: fc.option(fc.record({ who: fc.nat(2), day, inLesson: fc.boolean() }), { nil: undefined }),
    atelier: fc.option(fc.record({ day: fc.constantFrom<Day>("mon", "thu", "fri"), staffLeader: fc.boolean() }), {
      nil: undefined,
    }),
    // The last class a kleuter class with its own breaks and lunch (DayGrid.levels), maybe lunch posts per level.
    kleuter: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 2 },
      { arbitrary: fc.record({ lunchPosts: fc.boolean() }), weight: 1 },
    ),
  })
  .map((generated) => {
    let p = generated;
    const ids = p.pupils.map((_, i) => `L${i + 1}`);
    // Ateliers for two lager classes (a kleuter class's own periods never coincide with the atelier block).
    if (p.kleuter && ids.length < 3) p = { ...p, atelier: undefined };
    const grid = usualGrid();
    if (p.shortTuesday) grid.days.tue = SHORT_DAY;
    if (p.kleuter) {
      const k = { mon: KLEUTER_DAY, tue: KLEUTER_DAY, wed: KLEUTER_WEDNESDAY, thu: KLEUTER_DAY, fri: KLEUTER_DAY };
      if (p.shortTuesday) k.tue = SHORT_DAY;
      Object.assign(grid, { levels: { kleuter: k } });
    }
    const input: ScenarioInput = {
      name: "Generated school",
      schoolYear: "2026-2027",
      dayGrids: [grid],
      groups: ids.map((id, i) => ({
        id,
        level: p.kleuter && i === ids.length - 1 ? ("kleuter" as const) : ("lager" as const),
        grades: [i + 1],
        pupils: p.pupils[i],
        classTeachers: [`kt${i + 1}`],
        coTeachers: i === 0 && p.coTeacher ? ["co1"] : [],
      })),
      staff: [
        ...ids.map((_, i) => ({ id: `kt${i + 1}`, name: `Leerkracht ${i + 1}`, ambt: "onderwijzer" as const })),
        { id: "lo1", name: "Turnleerkracht", ambt: "leermeester-lo" as const, fraction: "12/24" },
        ...(p.coTeacher ? [{ id: "co1", name: "Co-teacher", ambt: "onderwijzer" as const, fraction: "12/24" }] : []),
        ...(p.care
          ? [
              {
                id: "zorg1",
                name: "Zorg",
                ambt: p.careIsParamedic ? ("paramedicus" as const) : ("onderwijzer" as const),
                fraction: "12/24",
                flags: { careTeacher: true },
              },
            ]
          : []),
      ],
      subjects: [
        {
          id: "LO",
          name: "LO",
          groups: ids,
          periods: p.loPeriods,
          taughtBy: { staff: ["lo1"] },
          maxPerDay: p.loMaxPerDay,
          minDaysApart: p.minDaysApart,
          ...(p.gym ? { room: "gym" } : {}),
          // All classes at once, regrouped (Subject.together); in a one-group gym that could never fit.
          ...(p.loTogether && !p.gym ? { together: true } : {}),
        },
      ],
      rooms: p.gym ? [{ id: "gym", name: "Turnzaal", capacity: 1 }] : [],
      atelierPlans: p.atelier
        ? [
            {
              id: "at",
              name: "Ateliers",
              candidateBlocks: [{ day: p.atelier.day, start: "13:20", end: "15:15" }],
              groups: ids.slice(0, 2),
              ateliers: ["v1", "v2", p.atelier.staffLeader ? "zorg1" : "v3"].map((l, i) => ({
                id: `a${i}`,
                name: `Atelier ${i}`,
                leaders: [l],
                capacity: 20,
              })),
            },
          ]
        : [],
      externals: [
        ...(p.external
          ? [
              {
                id: "pb1",
                name: "Adviseur",
                kind: "pedagogical-adviser" as const,
                availability: { [p.external]: [{ from: "08:00", to: "17:00" }] },
              },
            ]
          : []),
        ...(p.atelier
          ? ["v1", "v2", "v3"].map((id) => ({
              id,
              name: `Vrijwilliger ${id}`,
              kind: "volunteer" as const,
              availability: { [p.atelier!.day]: [{ from: "13:00", to: "16:00" }] },
            }))
          : []),
      ],
      interns: p.intern
        ? [
            {
              id: "i1",
              name: "Stagiair",
              college: "Odisee",
              mentor: "kt2",
              group: "L2",
              placements: [{ from: "2026-10-05", to: "2026-10-16" }],
              weekdays: [p.intern.day],
              independent: p.intern.independent,
            },
          ]
        : [],
      cover: { merges: p.merge ? [{ groups: ["L1", "L2"], maxPupils: p.merge }] : [] },
      releaseGoals: p.goals.map((g, i) => ({
        ...(g.patternWeek ? { frequency: { kind: "monthly-pattern" as const, week: g.patternWeek } } : {}),
        id: `g${i}`,
        name: `Doel ${i}`,
        members: [...new Set(g.members.map((m) => `kt${(m % ids.length) + 1}`))],
        mode: "digital" as const,
        minBlockMinutes: g.minutes,
        externals: g.withExternal && p.external ? ["pb1"] : [],
      })),
    };
    if (p.kt1Away)
      input.staff[0].availability = Object.fromEntries(
        DAYS.filter((d) => d !== p.kt1Away).map((d) => [d, [{ from: "08:00", to: "17:00" }]]),
      );
    if (p.duty) {
      const who = input.staff[p.duty.who % ids.length];
      who.supervision = [
        p.duty.inLesson
          ? { day: p.duty.day, start: "09:00", end: "09:30" }
          : { day: p.duty.day, start: "10:10", end: "10:25" },
      ];
    }
    if (p.kleuter?.lunchPosts)
      input.lunchSupervision = {
        posts: [
          { id: "kleuter", name: "Speelplaats kleuters", supervisors: 1, level: "kleuter" },
          { id: "lager", name: "Speelplaats lager", supervisors: 1 },
        ],
      };
    if (p.atelier && p.atelier.staffLeader && !p.care) {
      input.staff.push({ id: "zorg1", name: "Zorg", ambt: "onderwijzer", fraction: "12/24" });
    }
    return parseScenario(input);
  });

export type Perturbation =
  | "move a lesson"
  | "drop a cover"
  | "extend a block"
  | "swap a specialist"
  | "move a block"
  | "hand a class to someone else";
export const PERTURBATIONS: readonly Perturbation[] = [
  "move a lesson",
  "drop a cover",
  "extend a block",
  "swap a specialist",
  "move a block",
  "hand a class to someone else",
];

const at = (c: Candidate, group: string, d: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === d && l.start === start);
const pick = <T>(xs: readonly T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);
const content = (l: Lesson) => ({
  subject: l.subject,
  staff: l.staff,
  interns: l.interns,
  externals: l.externals,
  mergedWith: l.mergedWith,
  atelierPlan: l.atelierPlan,
});

/** One perturbation of a solved week, chosen by `n` (deterministic); undefined when it does not apply. */
export function perturb(s: Scenario, week: Candidate, kind: Perturbation, n: number, m: number): Candidate | undefined {
  const c: Candidate = structuredClone(week);
  const grid = gridOf(s, c);
  const lessonsOf = (g: string) => c.lessons.filter((l) => l.group === g && !l.mergedWith);
  switch (kind) {
    case "move a lesson": {
      const from = pick(
        c.lessons.filter((l) => l.subject !== "KLAS" && l.subject !== "ATELIER"),
        n,
      );
      const to =
        from &&
        pick(
          lessonsOf(from.group).filter((l) => l !== from),
          m,
        );
      if (!from || !to) return undefined;
      const a = content(from);
      Object.assign(from, content(to));
      Object.assign(to, a);
      return c;
    }
    case "drop a cover": {
      const r = pick(c.releases, n);
      const g =
        r &&
        pick(
          s.groups.filter((x) => x.classTeachers.some((p) => r.staff.includes(p))),
          m,
        );
      const l =
        g &&
        pick(
          // Every lesson the block overlaps (a kleuter class's own periods may start before it or end after it).
          c.lessons.filter((x) => x.group === g.id && x.day === r!.day && x.start < r!.end && r!.start < x.end),
          n + m,
        );
      if (!l) return undefined;
      if (l.mergedWith) {
        const o = at(c, l.mergedWith, l.day, l.start);
        if (o) delete o.mergedWith;
      }
      Object.assign(l, {
        subject: "KLAS",
        staff: [...g!.classTeachers],
        interns: undefined,
        mergedWith: undefined,
        atelierPlan: undefined,
        externals: undefined,
      });
      if (m % 2) r!.cover = r!.cover.filter((x) => x.group !== g!.id);
      return c;
    }
    case "extend a block": {
      const r = pick(c.releases, n);
      if (!r) return undefined;
      const slots = grid.days[r.day];
      const i = slots.findIndex((x) => x.end === r.end);
      const j = slots.findIndex((x) => x.start === r.start);
      if (m % 2 === 0 && i >= 0 && i + 1 < slots.length) r.end = slots[i + 1].end;
      else if (j > 0) r.start = slots[j - 1].start;
      else return undefined;
      return c;
    }
    case "swap a specialist": {
      const l = pick(
        c.lessons.filter((x) => x.subject !== "KLAS" && x.subject !== "ATELIER"),
        n,
      );
      const other =
        l &&
        pick(
          s.staff.filter((p) => !l.staff.includes(p.id)),
          m,
        );
      if (!l || !other) return undefined;
      l.staff = [other.id];
      return c;
    }
    case "move a block": {
      const r = pick(c.releases, n);
      const d = DAYS[m % 5];
      const slots = r && lessonSlots(grid, d);
      if (!r || !slots?.length) return undefined;
      const len =
        grid.days[r.day].filter((x) => x.start >= r.start && x.end <= r.end && x.kind === "lesson").length || 1;
      const k = (n + m) % slots.length;
      const end = slots[Math.min(slots.length - 1, k + len - 1)];
      Object.assign(r, { day: d, start: slots[k].start, end: end.end });
      return c;
    }
    case "hand a class to someone else": {
      const l = pick(
        c.lessons.filter((x) => x.subject === "KLAS" && !x.mergedWith),
        n,
      );
      const who = l && pick([...s.staff.map((p) => p.id), ...s.interns.map((i) => `intern:${i.id}`)], m);
      if (!l || !who) return undefined;
      if (who.startsWith("intern:")) Object.assign(l, { staff: [], interns: [who.slice(7)] });
      else Object.assign(l, { staff: [who], interns: undefined });
      return c;
    }
  }
}
