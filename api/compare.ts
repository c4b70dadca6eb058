// Comparing two candidate weeks: metrics side by side, which release blocks differ, which lessons differ.
import type { Candidate, Lesson, Release } from "../src/model/index.js";

const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort().join(",");
const releaseKey = (r: Release) => `${r.goal}|${r.day}|${r.start}|${r.end}|${sorted(r.staff)}|${sorted(r.externals)}`;
const slotKey = (l: Lesson) => `${l.group}|${l.day}|${l.start}`;
/** What a lesson is, apart from where it sits. */
const lessonWhat = (l: Lesson) =>
  `${l.subject}|${l.end}|${sorted(l.staff)}|${sorted(l.externals)}|${sorted(l.interns)}|${l.mergedWith ?? ""}|${l.atelierPlan ?? ""}`;

export interface LessonDiff {
  group: string;
  day: string;
  start: string;
  a: Lesson | null;
  b: Lesson | null;
}

export function compareCandidates(a: Candidate, b: Candidate) {
  const names = new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)]);
  const metrics = [...names]
    .map((name) => {
      const va = a.metrics[name];
      const vb = b.metrics[name];
      return {
        name,
        a: va ?? null,
        b: vb ?? null,
        difference: typeof va === "number" && typeof vb === "number" ? vb - va : null,
      };
    })
    .concat(
      (["objective", "bound"] as const).map((name) => ({
        name,
        a: a[name],
        b: b[name],
        difference: b[name] - a[name],
      })),
      [
        {
          name: "violations",
          a: a.violations.length,
          b: b.violations.length,
          difference: b.violations.length - a.violations.length,
        },
      ],
    );

  const ra = new Map(a.releases.map((r) => [releaseKey(r), r]));
  const rb = new Map(b.releases.map((r) => [releaseKey(r), r]));
  const releases = {
    same: [...ra.keys()].filter((k) => rb.has(k)).length,
    onlyInA: [...ra].filter(([k]) => !rb.has(k)).map(([, r]) => r),
    onlyInB: [...rb].filter(([k]) => !ra.has(k)).map(([, r]) => r),
  };

  // Group by slot (group, day, start): a slot differs when what is taught there differs.
  const bySlot = new Map<string, { a: Lesson[]; b: Lesson[] }>();
  const at = (l: Lesson) => bySlot.get(slotKey(l)) ?? bySlot.set(slotKey(l), { a: [], b: [] }).get(slotKey(l))!;
  for (const l of a.lessons) at(l).a.push(l);
  for (const l of b.lessons) at(l).b.push(l);
  const lessons: LessonDiff[] = [];
  let sameLessons = 0;
  for (const [key, { a: xa, b: xb }] of bySlot) {
    const ka = xa.map(lessonWhat).sort().join(";");
    const kb = xb.map(lessonWhat).sort().join(";");
    if (ka === kb) {
      sameLessons++;
      continue;
    }
    const [group, day, start] = key.split("|");
    lessons.push({ group, day, start, a: xa[0] ?? null, b: xb[0] ?? null });
  }
  const dayOrder = ["mon", "tue", "wed", "thu", "fri"];
  lessons.sort(
    (x, y) =>
      x.group.localeCompare(y.group) ||
      dayOrder.indexOf(x.day) - dayOrder.indexOf(y.day) ||
      x.start.localeCompare(y.start),
  );
  return { metrics, releases, lessons: { same: sameLessons, different: lessons } };
}
