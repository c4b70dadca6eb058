// Which events a feed holds. staff: their lessons, release sessions, study days and facultative days;
// group: the class's lessons and its study/facultative days; goal: only that goal's sessions (for externals
// such as the pedagogical adviser: no lessons); school: study days, facultative days, whole-team sessions.
import { InputError, type Scenario } from "../model/index.js";
import type { PlanSeries } from "../plan/index.js";

export type FeedView =
  { kind: "staff"; id: string } | { kind: "group"; id: string } | { kind: "goal"; id: string } | { kind: "school" };

const USAGE = "gebruik staff:<id>, group:<id>, goal:<id> of school";

/** "staff:<id>" | "group:<id>" | "goal:<id>" | "school"; with a scenario the id must exist. */
export function parseFeedView(text: string, scenario?: Scenario): FeedView {
  const t = String(text ?? "").trim();
  if (t === "school") return { kind: "school" };
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

/** Whole-team session: a 'team' goal, or one that releases every class teacher. */
function wholeTeam(s: Scenario, x: PlanSeries): boolean {
  const goal = s.releaseGoals.find((g) => g.id === x.goal);
  if (goal?.purpose === "team") return true;
  const teachers = new Set(s.groups.flatMap((g) => g.classTeachers));
  return [...teachers].every((t) => x.staff.includes(t));
}

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
        (x) => x.kind === "study-day" || x.kind === "facultative" || (x.kind === "release" && wholeTeam(s, x)),
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
      return `${s.name} — studiedagen en teammomenten`;
  }
}
