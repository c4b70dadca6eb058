// Cross-reference checks: every id a scenario mentions must exist. Reported as zod issues with the
// path of the offending field, so a principal sees exactly which line of the file to fix.
import type { z } from "zod";
import type { ScenarioShape } from "./scenario.js";
import { membersOfSet } from "./resolve.js";
import { checkObservationRefs } from "./observation.js";
import { taughtSchools } from "./schools.js";

type Ctx = z.RefinementCtx;

function uniqueIds(ctx: Ctx, items: { id: string }[], path: string, what: string) {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.id))
      ctx.addIssue({ code: "custom", path: [path, i, "id"], message: `${what} '${it.id}' komt twee keer voor` });
    seen.add(it.id);
  });
}

/** A subject the groups take together (Subject.together): several groups, named teachers. */
function checkTogether(sub: ScenarioShape["subjects"][number], i: number, ctx: Ctx) {
  if (sub.groups.length < 2)
    ctx.addIssue({
      code: "custom",
      path: ["subjects", i, "groups"],
      message: `Vak '${sub.id}' is 'together' (klassen samen) maar heeft maar één klas; noem er minstens twee of laat 'together' weg`,
    });
  if (sub.taughtBy === "class")
    ctx.addIssue({
      code: "custom",
      path: ["subjects", i, "taughtBy"],
      message: `Vak '${sub.id}' is 'together' (klassen samen): noem de leerkrachten van de groepen (taughtBy.staff), niet "class"`,
    });
}

export function checkCrossReferences(s: ScenarioShape, ctx: Ctx): void {
  uniqueIds(ctx, s.groups, "groups", "Klas");
  uniqueIds(ctx, s.staff, "staff", "Personeelslid");
  uniqueIds(ctx, s.externals, "externals", "Externe");
  uniqueIds(ctx, s.interns, "interns", "Stagiair");
  uniqueIds(ctx, s.releaseGoals, "releaseGoals", "Vrijroostering");
  uniqueIds(ctx, s.dayGrids, "dayGrids", "Dagindeling");
  uniqueIds(ctx, s.atelierPlans, "atelierPlans", "Atelierplan");
  uniqueIds(ctx, s.rooms, "rooms", "Lokaal");
  const posts = new Set<string>();
  s.lunchSupervision?.posts.forEach((p, i) => {
    if (posts.has(p.id))
      ctx.addIssue({
        code: "custom",
        path: ["lunchSupervision", "posts", i, "id"],
        message: `Middagtoezichtpost '${p.id}' komt twee keer voor`,
      });
    posts.add(p.id);
  });
  s.staff.forEach((p, i) => {
    if (p.flags.lunchSupervisor && (p.ambt === "ondersteuner" || p.flags.noSupervision))
      ctx.addIssue({
        code: "custom",
        path: ["staff", i, "flags", "lunchSupervisor"],
        message: `${p.name} mag geen toezicht doen (${p.ambt === "ondersteuner" ? "ondersteuner, staff.buo-ondersteuner" : "noSupervision"}): lunchSupervisor kan niet true zijn`,
      });
  });

  const staff = new Set(s.staff.map((x) => x.id));
  const groups = new Set(s.groups.map((x) => x.id));
  const externals = new Set(s.externals.map((x) => x.id));
  const interns = new Set(s.interns.map((x) => x.id));
  const rooms = new Set(s.rooms.map((x) => x.id));

  const need = (set: Set<string>, id: string, path: (string | number)[], what: string) => {
    if (!set.has(id)) ctx.addIssue({ code: "custom", path, message: `Onbekende ${what} '${id}'` });
  };

  s.groups.forEach((g, i) => {
    g.classTeachers.forEach((t, j) => need(staff, t, ["groups", i, "classTeachers", j], "leerkracht (staff id)"));
    g.coTeachers.forEach((t, j) => need(staff, t, ["groups", i, "coTeachers", j], "co-teacher (staff id)"));
  });
  const seenSubjectGroup = new Set<string>();
  s.subjects.forEach((sub, i) => {
    sub.groups.forEach((g, j) => {
      need(groups, g, ["subjects", i, "groups", j], "klas (group id)");
      const key = `${sub.id}@${g}`;
      if (seenSubjectGroup.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["subjects", i, "groups", j],
          message: `Vak '${sub.id}' staat twee keer voor klas '${g}'`,
        });
      seenSubjectGroup.add(key);
    });
    if (sub.taughtBy !== "class")
      sub.taughtBy.staff.forEach((t, j) =>
        need(staff, t, ["subjects", i, "taughtBy", "staff", j], "leerkracht (staff id)"),
      );
    if (sub.room) need(rooms, sub.room, ["subjects", i, "room"], "lokaal (room id)");
    if (sub.together) checkTogether(sub, i, ctx);
  });
  s.interns.forEach((it, i) => {
    need(staff, it.mentor, ["interns", i, "mentor"], "mentor (staff id)");
    need(groups, it.group, ["interns", i, "group"], "klas (group id)");
  });
  s.atelierPlans.forEach((p, i) => {
    p.groups.forEach((g, j) => need(groups, g, ["atelierPlans", i, "groups", j], "klas (group id)"));
    const atelierIds = new Set(p.ateliers.map((a) => a.id));
    p.ateliers.forEach((a, j) =>
      a.leaders.forEach((l, k) => {
        if (!externals.has(l) && !interns.has(l) && !staff.has(l))
          ctx.addIssue({
            code: "custom",
            path: ["atelierPlans", i, "ateliers", j, "leaders", k],
            message: `Onbekende atelierbegeleider '${l}' (geen externe, stagiair of personeelslid)`,
          });
      }),
    );
    p.choices.forEach((c, j) => {
      if (!p.groups.includes(c.group))
        ctx.addIssue({
          code: "custom",
          path: ["atelierPlans", i, "choices", j, "group"],
          message: `Klas '${c.group}' neemt niet deel aan atelierplan '${p.id}'`,
        });
      c.choices.forEach((a, k) => need(atelierIds, a, ["atelierPlans", i, "choices", j, "choices", k], "atelier"));
    });
  });
  s.releaseGoals.forEach((g, i) => {
    g.members.forEach((m, j) => need(staff, m, ["releaseGoals", i, "members", j], "deelnemer (staff id)"));
    g.optionalMembers.forEach((m, j) =>
      need(staff, m, ["releaseGoals", i, "optionalMembers", j], "deelnemer (staff id)"),
    );
    g.externals.forEach((m, j) => need(externals, m, ["releaseGoals", i, "externals", j], "externe (external id)"));
    g.memberSets?.forEach((set, j) => {
      set.except.forEach((m, k) =>
        need(staff, m, ["releaseGoals", i, "memberSets", j, "except", k], "personeelslid (staff id)"),
      );
      if (membersOfSet(s, set).length === 0)
        ctx.addIssue({
          code: "custom",
          path: ["releaseGoals", i, "memberSets", j],
          message: "Niemand van het personeel past in deze groep leden",
        });
    });
  });
  checkObservationRefs(s, ctx);
  // Dated frequencies (issue 10 item 3): a placement-week goal needs an intern with placements.
  s.releaseGoals.forEach((g, i) => {
    const f = g.frequency;
    if (f.kind !== "placement-week") return;
    if (f.intern) need(interns, f.intern, ["releaseGoals", i, "frequency", "intern"], "stagiair (intern id)");
    else if (s.interns.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["releaseGoals", i, "frequency"],
        message: "Een doel in week k van elke stage heeft stagiairs met stageperiodes nodig (interns)",
      });
  });
  s.cover.merges.forEach((m, i) => {
    m.groups.forEach((g, j) => need(groups, g, ["cover", "merges", i, "groups", j], "klas (group id)"));
    if (m.by) need(staff, m.by, ["cover", "merges", i, "by"], "leerkracht (staff id)");
  });
  s.calendar.studyDays.forEach((d, i) =>
    d.groups?.forEach((g, j) => need(groups, g, ["calendar", "studyDays", i, "groups", j], "klas (group id)")),
  );
  checkSchoolRefs(s, ctx, need);
}

type Need = (set: Set<string>, id: string, path: (string | number)[], what: string) => void;

/**
 * A school group (issue 11): schools exist and are named once; in a group every class belongs to a school, a care
 * teacher says where they work, and a merge stays within one school. Without `schools` no class, room or person
 * may name one.
 */
function checkSchoolRefs(s: ScenarioShape, ctx: Ctx, need: Need): void {
  const list = s.schools ?? [];
  uniqueIds(ctx, list, "schools", "School");
  const schools = new Set(list.map((x) => x.id));
  const what = "school (school id uit schools)";
  list.forEach((sc, i) =>
    Object.keys(sc.travelMinutes ?? {}).forEach((other) =>
      need(schools, other, ["schools", i, "travelMinutes", other], what),
    ),
  );
  s.groups.forEach((g, i) => {
    if (g.school) need(schools, g.school, ["groups", i, "school"], what);
    else if (list.length)
      ctx.addIssue({
        code: "custom",
        path: ["groups", i, "school"],
        message: `Zeg tot welke school klas '${g.name ?? g.id}' behoort (school): dit scenario heeft meerdere scholen`,
      });
  });
  s.rooms.forEach((r, i) => r.school && need(schools, r.school, ["rooms", i, "school"], what));
  s.staff.forEach((p, i) => {
    const seen = new Set<string>();
    p.schools?.forEach((x, j) => {
      need(schools, x.school, ["staff", i, "schools", j, "school"], what);
      if (seen.has(x.school))
        ctx.addIssue({
          code: "custom",
          path: ["staff", i, "schools", j, "school"],
          message: `School '${x.school}' staat twee keer bij ${p.name}`,
        });
      seen.add(x.school);
    });
    if (list.length && p.flags.careTeacher && !p.schools && taughtSchools(s, p.id).size === 0)
      ctx.addIssue({
        code: "custom",
        path: ["staff", i, "schools"],
        message: `Zeg in welke school of scholen zorgleerkracht ${p.name} werkt (schools): een zorgleerkracht vangt enkel klassen van de eigen school op`,
      });
  });
  s.releaseGoals.forEach((g, i) =>
    g.memberSets?.forEach(
      (set, j) => set.school && need(schools, set.school, ["releaseGoals", i, "memberSets", j, "school"], what),
    ),
  );
  s.calendar.facultativeDays.forEach((d, i) =>
    d.schools?.forEach((x, j) => need(schools, x, ["calendar", "facultativeDays", i, "schools", j], what)),
  );
  if (!list.length) return;
  // A specialist with their own list of schools must work in every school whose classes their subjects name.
  s.subjects.forEach((sub, i) => {
    if (sub.taughtBy === "class") return;
    sub.taughtBy.staff.forEach((id, j) => {
      const p = s.staff.find((x) => x.id === id);
      if (!p?.schools) return;
      const missing = sub.groups
        .map((g) => s.groups.find((x) => x.id === g)?.school)
        .filter((x): x is string => !!x && !p.schools!.some((y) => y.school === x));
      if (missing.length)
        ctx.addIssue({
          code: "custom",
          path: ["subjects", i, "taughtBy", "staff", j],
          message: `${p.name} geeft ${sub.name} in ${[...new Set(missing)].map((x) => list.find((y) => y.id === x)?.name ?? x).join(", ")}, maar die school staat niet bij de scholen van ${p.name} (schools)`,
        });
    });
  });
  s.cover.merges.forEach((m, i) => {
    const [a, b] = m.groups.map((id) => s.groups.find((g) => g.id === id));
    if (a?.school && b?.school && a.school !== b.school)
      ctx.addIssue({
        code: "custom",
        path: ["cover", "merges", i, "groups"],
        message: `Klassen '${a.name ?? a.id}' en '${b.name ?? b.id}' zitten in verschillende scholen: samenvoegen kan enkel binnen één school`,
      });
  });
}
