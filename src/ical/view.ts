// Which events a feed holds. staff: their lessons, release sessions, study days and facultative days;
// group: the class's lessons and its study/facultative days; goal: only that goal's sessions (for externals
// such as the pedagogical adviser: no lessons); school: study days, facultative days, whole-team sessions;
// school:<id> (a school group, issue 11): the same for one school of the group — its study days, the group's
// facultative days, and the sessions of its whole team or of a team goal with someone who works there.
import { InputError, schoolName, staffSchools, type Scenario } from "../model/index.js";
import type { PlanSeries } from "../plan/index.js";

export type FeedView =
  | { kind: "staff"; id: string }
  | { kind: "group"; id: string }
  | { kind: "goal"; id: string }
  | { kind: "school"; id?: string };

const USAGE = "gebruik staff:<id>, group:<id>, goal:<id>, school of school:<id>";

/** "staff:<id>" | "group:<id>" | "goal:<id>" | "school" | "school:<id>"; with a scenario the id must exist. */
export function parseFeedView(text: string, scenario?: Scenario): FeedView {
  const t = String(text ?? "").trim();
  if (t === "school") return { kind: "school" };
  const school = /^school:(.+)$/.exec(t);
  if (school) {
    const list = scenario?.schools ?? [];
    if (scenario && !list.some((x) => x.id === school[1]))
      throw new InputError(`Onbekende school '${school[1]}' in scenario '${scenario.name}'`, [
        {
          path: "view",
          message: list.length
            ? `Kies uit: ${list.map((x) => x.id).join(", ")}`
            : "Dit scenario heeft geen scholen (schools): gebruik school",
        },
      ]);
    return { kind: "school", id: school[1] };
  }
  const m = /^(staff|group|goal):(.+)$/.exec(t);
  if (!m) throw new InputError(`Onbekende kalenderweergave '${t}': ${USAGE}`, [{ path: "view", message: USAGE }]);
  const kind = m[1] as "staff" | "group" | "goal";
  const id = m[2];
  if (scenario) {
    const list = kind === "staff" ? scenario.staff : kind === "group" ? scenario.groups : scenario.releaseGoals;
    if (!list.some((x) => x.id === id)) {
      const what = kind === "staff" ? "personeelslid" : kind === "group" ? "klas" : "vrijroostering (release goal)";
      throw new InputError(`Onbekend ${what} '${id}' in scenario '${scenario.name}'`, [
        { path: "view", message: `Kies uit: ${list.map((x) => x.id).join(", ")}` },
      ]);
    }
  }
  return { kind, id };
}

/** Whole-team session: a 'team' goal, or one that releases every class teacher (of the school, in a group). */
function wholeTeam(s: Scenario, x: PlanSeries, school?: string): boolean {
  const goal = s.releaseGoals.find((g) => g.id === x.goal);
  const works = (p: string) => staffSchools(s, s.staff.find((y) => y.id === p) ?? { id: p }).has(school!);
  if (goal?.purpose === "team") return !school || x.staff.some(works);
  const teachers = new Set(s.groups.filter((g) => !school || g.school === school).flatMap((g) => g.classTeachers));
  return teachers.size > 0 && [...teachers].every((t) => x.staff.includes(t));
}

/** A study or facultative day of this school: for all classes, or for some of its classes. */
const forSchool = (s: Scenario, x: PlanSeries, school?: string) =>
  !school || x.groups.length === 0 || x.groups.some((g) => s.groups.find((y) => y.id === g)?.school === school);

export function selectSeries(s: Scenario, series: PlanSeries[], view: FeedView): PlanSeries[] {
  switch (view.kind) {
    case "staff":
      return series.filter((x) => x.staff.includes(view.id));
    case "group":
      return series.filter((x) => x.kind !== "release" && x.groups.includes(view.id));
    case "goal":
      return series.filter((x) => x.kind === "release" && x.goal === view.id);
    case "school":
      return series.filter(
        (x) =>
          ((x.kind === "study-day" || x.kind === "facultative") && forSchool(s, x, view.id)) ||
          (x.kind === "release" && wholeTeam(s, x, view.id)),
      );
  }
}

/** Calendar name as the subscriber sees it. */
export function feedName(s: Scenario, view: FeedView): string {
  switch (view.kind) {
    case "staff":
      return `${s.staff.find((x) => x.id === view.id)?.name ?? view.id} — ${s.name}`;
    case "group": {
      const g = s.groups.find((x) => x.id === view.id);
      return `Klas ${g?.name ?? view.id} — ${s.name}`;
    }
    case "goal":
      return `${s.releaseGoals.find((x) => x.id === view.id)?.name ?? view.id} — ${s.name}`;
    case "school":
      return view.id
        ? `${schoolName(s, view.id)} — studiedagen en teammomenten — ${s.name}`
        : `${s.name} — studiedagen en teammomenten`;
  }
}
