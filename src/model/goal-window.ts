// When a release goal may meet and how long a meeting lasts (issue 10): one reading shared by the rules'
// check(), their encode() and the solver's candidate blocks, so that the model and the checker agree.
import type { DayGrid, GoalWindow, PartOfDay, ReleaseGoal, Scenario, Wish } from "./scenario.js";
import { type Day, DAYS, toMinutes } from "./time.js";

/** Morning: until the start of the day's lunch break; afternoon: from its end. No lunch: the Wednesday cut-off. */
export function partInterval(s: Scenario, grid: DayGrid, day: Day, part: PartOfDay): [number, number] {
  const lunch = grid.days[day].find((x) => x.kind === "lunch");
  const cut = toMinutes(s.settings.wednesdayCutoff);
  const [am, pm] = lunch ? [toMinutes(lunch.start), toMinutes(lunch.end)] : [cut, cut];
  return part === "morning" ? [0, am] : [pm, 24 * 60];
}

/** The clock interval a window covers on a day (undefined when the window is not on that day). */
export function windowInterval(s: Scenario, grid: DayGrid, day: Day, w: GoalWindow): [number, number] | undefined {
  if (w.days && !w.days.includes(day)) return undefined;
  let [from, to] = w.part ? partInterval(s, grid, day, w.part) : [0, 24 * 60];
  if (w.from) from = Math.max(from, toMinutes(w.from));
  if (w.to) to = Math.min(to, toMinutes(w.to));
  return from < to ? [from, to] : undefined;
}

/** Why a block of this goal may not be held then: "outside" its allowed windows, "forbidden", or undefined. */
export function windowProblem(
  s: Scenario,
  grid: DayGrid,
  goal: ReleaseGoal,
  day: Day,
  start: string,
  end: string,
): "outside" | "forbidden" | undefined {
  const a = toMinutes(start);
  const b = toMinutes(end);
  if (goal.when) {
    const inside = goal.when.some((w) => {
      const iv = windowInterval(s, grid, day, w);
      return !!iv && iv[0] <= a && b <= iv[1];
    });
    if (!inside) return "outside";
  }
  for (const w of goal.notWhen ?? []) {
    const iv = windowInterval(s, grid, day, w);
    if (iv && a < iv[1] && iv[0] < b) return "forbidden";
  }
  return undefined;
}

/** Minimum block of a goal: its own, else the mode's default, but never above its maxBlockMinutes. */
export function goalMinBlock(s: Scenario, goal: ReleaseGoal): number {
  if (goal.minBlockMinutes !== undefined) return goal.minBlockMinutes;
  const def = goal.mode === "digital" ? s.settings.digitalMinMinutes : s.settings.physicalMinMinutes;
  return goal.maxBlockMinutes !== undefined ? Math.min(def, goal.maxBlockMinutes) : def;
}

/** Minutes of a block that count for the goal (release.block-length): nothing beyond maxBlockMinutes. */
export const countedMinutes = (goal: ReleaseGoal, minutes: number): number =>
  goal.maxBlockMinutes !== undefined ? Math.min(minutes, goal.maxBlockMinutes) : minutes;

/** A slot of a week as wishes read it. */
export interface WishSlot {
  day: Day;
  start: string;
  end: string;
  kind: "lesson" | "staff";
}

/** The slots (lesson and staff slots of the grid) in which a wish asks the person to be free. */
export function wishSlots<T extends WishSlot>(s: Scenario, grid: DayGrid, slots: readonly T[], wish: Wish): T[] {
  const days = wish.kind === "days" ? DAYS.filter((d) => !wish.days.includes(d)) : (wish.days ?? DAYS);
  return slots.filter((t) => {
    if (!days.includes(t.day)) return false;
    if (wish.kind === "days") return true;
    if (wish.part) {
      const [a, b] = partInterval(s, grid, t.day, wish.part);
      if (!(a <= toMinutes(t.start) && toMinutes(t.end) <= b)) return false;
    }
    if (wish.period) {
      const lessons = slots.filter((x) => x.day === t.day && x.kind === "lesson");
      const pick = wish.period === "first" ? lessons[0] : lessons[lessons.length - 1];
      return t.kind === "lesson" && pick?.start === t.start;
    }
    return true;
  });
}

/** A wish in words: "vrij op woensdag namiddag", "not in the last lestijd". */
export function wishText(wish: Wish): { nl: string; en: string } {
  if (wish.label) return { nl: wish.label, en: wish.label };
  const NL: Record<Day, string> = { mon: "maandag", tue: "dinsdag", wed: "woensdag", thu: "donderdag", fri: "vrijdag" };
  const EN: Record<Day, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday" };
  const list = (ds: readonly Day[], names: Record<Day, string>, and: string) =>
    ds.length === 1
      ? names[ds[0]]
      : `${ds
          .slice(0, -1)
          .map((d) => names[d])
          .join(", ")} ${and} ${names[ds.at(-1)!]}`;
  if (wish.kind === "days")
    return { nl: `enkel op ${list(wish.days, NL, "en")}`, en: `only on ${list(wish.days, EN, "and")}` };
  const daysNl = wish.days ? ` op ${list(wish.days, NL, "en")}` : "";
  const daysEn = wish.days ? ` on ${list(wish.days, EN, "and")}` : "";
  const partNl = wish.part ? (wish.part === "morning" ? " voormiddag" : " namiddag") : "";
  const partEn = wish.part ? (wish.part === "morning" ? " morning" : " afternoon") : "";
  if (wish.period)
    return {
      nl: `niet in de ${wish.period === "first" ? "eerste" : "laatste"} lestijd${daysNl}`,
      en: `not in the ${wish.period} period${daysEn}`,
    };
  return { nl: `vrij${daysNl}${partNl}`, en: `free${daysEn}${partEn}` };
}
