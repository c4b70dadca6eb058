// Issue 10's fields in words, for the editor and the results: a goal's time windows ("woensdag voormiddag"),
// a member set ("de klasleerkrachten van leerjaar 5 en 6, behalve An Peeters") and who it resolves to in the
// draft as typed, teacher wishes (which kind, their weight, "An Peeters: 2 van 2 vervuld"). Pure: no React.
import { DAY_NAMES_EN, DAY_NAMES_NL, DAYS, type Day } from "../../../src/model/days.js";
import { membersOfSet } from "../../../src/model/resolve.js";
import { namesList } from "../../../src/model/words.js";
import type { MemberSet, ScenarioShape, WishOutcome } from "../../../src/model/browser.js";
import type { Draft, Item } from "./context.js";

type T = (nl: string, en: string) => string;

const arr = <X>(v: unknown): X[] => (Array.isArray(v) ? (v as X[]) : []);

/** "maandag, dinsdag en vrijdag" / "Monday, Tuesday and Friday" */
export function dayList(days: readonly Day[], t: T): string {
  const names = t("nl", "en") === "en" ? DAY_NAMES_EN : DAY_NAMES_NL;
  const ds = DAYS.filter((d) => days.includes(d)).map((d) => names[d]);
  return namesList(ds, t("nl", "en") === "en" ? "en" : "nl");
}

/** A goal window in words: "woensdag voormiddag", "donderdag", "elke dag 13:00–15:00". */
export function windowText(w: Item | undefined, t: T): string {
  const days = arr<Day>(w?.days).filter((d) => DAYS.includes(d));
  const dayPart = days.length && days.length < 5 ? dayList(days, t) : t("elke dag", "every day");
  const part =
    w?.part === "morning" ? t("voormiddag", "morning") : w?.part === "afternoon" ? t("namiddag", "afternoon") : "";
  const clock =
    w?.from && w?.to
      ? `${w.from}–${w.to}`
      : w?.from
        ? t(`vanaf ${w.from}`, `from ${w.from}`)
        : w?.to
          ? t(`tot ${w.to}`, `until ${w.to}`)
          : "";
  return [dayPart, part, clock].filter(Boolean).join(" ");
}

/** "Mag enkel: woensdag voormiddag of donderdag. Nooit op vrijdag namiddag." ("" when nothing is set) */
export function windowsSummary(goal: Item, t: T): string {
  const when = arr<Item>(goal.when);
  const not = arr<Item>(goal.notWhen);
  const out: string[] = [];
  if (when.length)
    out.push(`${t("Mag enkel", "Only")}: ${when.map((w) => windowText(w, t)).join(` ${t("of", "or")} `)}.`);
  if (not.length) out.push(`${t("Nooit op", "Never on")} ${not.map((w) => windowText(w, t)).join(", ")}.`);
  return out.join(" ");
}

/** "een vaste lengte van 60 min", "minstens 120 min, hoogstens 180 min" ("" when neither is set). */
export function lengthText(goal: Item, t: T): string {
  const min = typeof goal.minBlockMinutes === "number" ? goal.minBlockMinutes : undefined;
  const max = typeof goal.maxBlockMinutes === "number" ? goal.maxBlockMinutes : undefined;
  if (min !== undefined && max !== undefined && min === max)
    return t(`precies ${min} minuten`, `exactly ${min} minutes`);
  const parts: string[] = [];
  if (min !== undefined) parts.push(t(`minstens ${min} min`, `at least ${min} min`));
  if (max !== undefined) parts.push(t(`hoogstens ${max} min`, `at most ${max} min`));
  return parts.join(", ");
}

// ---------- who: member sets ----------

export const ROLES = ["class-teacher", "co-teacher", "care-teacher", "specialist"] as const;

export function roleName(role: string | undefined, t: T, plural = true): string {
  switch (role) {
    case "class-teacher":
      return plural ? t("klasleerkrachten", "class teachers") : t("klasleerkracht", "class teacher");
    case "co-teacher":
      return plural ? t("co-teachers", "co-teachers") : t("co-teacher", "co-teacher");
    case "care-teacher":
      return plural ? t("zorgleerkrachten", "care teachers") : t("zorgleerkracht", "care teacher");
    case "specialist":
      return plural ? t("vakleerkrachten", "subject teachers") : t("vakleerkracht", "subject teacher");
    default:
      return plural ? t("personeelsleden", "staff members") : t("personeelslid", "staff member");
  }
}

/** "1, 2 en 3" */
const numberList = (ns: number[], t: T) => namesList(ns.map(String), t("nl", "en") === "en" ? "en" : "nl");

/**
 * A member set in words: "heel het team", "de klasleerkrachten van de kleuterklassen", "de klasleerkrachten
 * van leerjaar 5 en 6, behalve An Peeters".
 */
export function memberSetText(
  set: Item,
  nameOf: (id: string) => string,
  ambtName: (a: string) => string,
  t: T,
  schoolOf: (id: string) => string = (id) => id,
) {
  const grades = arr<number>(set.grades)
    .filter((g) => typeof g === "number")
    .sort((a, b) => a - b);
  const ambt = arr<string>(set.ambt);
  const except = arr<string>(set.except);
  const whole = !set.role && !set.level && grades.length === 0 && ambt.length === 0;
  let text: string;
  if (whole) text = t("heel het team", "the whole staff");
  else {
    text = `${t("de", "the")} ${roleName(set.role, t)}`;
    if (ambt.length) text += ` ${t("met ambt", "with post")} ${ambt.map(ambtName).join(` ${t("of", "or")} `)}`;
    if (set.level === "kleuter")
      text += grades.length
        ? ` ${t(`van kleuterklas ${numberList(grades, t)}`, `of nursery year ${numberList(grades, t)}`)}`
        : ` ${t("van de kleuterklassen", "of the nursery classes")}`;
    else if (set.level === "lager" || grades.length)
      text += grades.length
        ? ` ${t(`van leerjaar ${numberList(grades, t)}`, `of year ${numberList(grades, t)}`)}`
        : ` ${t("van de lagere school", "of the primary classes")}`;
  }
  if (typeof set.school === "string" && set.school) text += ` ${t("in", "at")} ${schoolOf(set.school)}`;
  if (except.length) text += `, ${t("behalve", "except")} ${except.map(nameOf).join(` ${t("en", "and")} `)}`;
  return text;
}

/** Quick choices for "Wie?" (a member set each). */
export function memberSetPresets(t: T): { key: string; label: string; set: MemberSetInput }[] {
  return [
    { key: "team", label: t("heel het team", "the whole staff"), set: {} },
    {
      key: "kleuter",
      label: t("alle kleuterleerkrachten", "all nursery teachers"),
      set: { role: "class-teacher", level: "kleuter" },
    },
    {
      key: "lager",
      label: t("alle klasleerkrachten van de lagere school", "all primary class teachers"),
      set: { role: "class-teacher", level: "lager" },
    },
    {
      key: "grades",
      label: t("de klasleerkrachten van leerjaar 5 en 6", "the class teachers of year 5 and 6"),
      set: { role: "class-teacher", grades: [5, 6] },
    },
  ];
}

export type MemberSetInput = Partial<MemberSet>;

/**
 * The staff ids a member set names in the draft as typed: the same reading as the scenario's (membersOfSet),
 * with the defaults a draft may still lack filled in, so it answers even while other fields are invalid.
 */
export function resolveMemberSet(draft: Draft, set: Item): string[] {
  const shape = {
    staff: arr<Item>(draft.staff).map((p) => ({
      ...p,
      id: String(p.id),
      flags: { careTeacher: false, ...(p.flags ?? {}) },
    })),
    groups: arr<Item>(draft.groups).map((g) => ({
      ...g,
      classTeachers: arr<string>(g.classTeachers),
      coTeachers: arr<string>(g.coTeachers),
      grades: arr<number>(g.grades),
    })),
    subjects: arr<Item>(draft.subjects).map((s) => ({
      ...s,
      groups: arr<string>(s.groups),
      taughtBy: s.taughtBy && typeof s.taughtBy === "object" ? { staff: arr<string>(s.taughtBy.staff) } : "class",
    })),
    // A school group: "in VBS Zuiderlicht" = who works there (their schools, or the schools of what they teach).
    schools: arr<Item>(draft.schools),
  } as unknown as Pick<ScenarioShape, "staff" | "groups" | "subjects" | "schools">;
  const clean: MemberSet = {
    ...(ROLES.includes(set.role) ? { role: set.role } : {}),
    ...(arr(set.ambt).length ? { ambt: arr(set.ambt) } : {}),
    ...(set.level === "kleuter" || set.level === "lager" ? { level: set.level } : {}),
    ...(arr(set.grades).length ? { grades: arr<number>(set.grades).filter((g) => typeof g === "number") } : {}),
    ...(typeof set.school === "string" && set.school ? { school: set.school } : {}),
    except: arr<string>(set.except),
  } as MemberSet;
  return membersOfSet(shape, clean);
}

/** Everyone a goal's member sets name (in staff order), without the optional members — as the scenario reads it. */
export function goalSetMembers(draft: Draft, goal: Item): string[] {
  const optional = arr<string>(goal.optionalMembers);
  const ids = new Set(arr<Item>(goal.memberSets).flatMap((s) => resolveMemberSet(draft, s ?? {})));
  return arr<Item>(draft.staff)
    .map((p) => String(p.id))
    .filter((id) => ids.has(id) && !optional.includes(id));
}

// ---------- teacher wishes ----------

/** The kinds the editor offers (each maps onto the scenario's Wish). */
export type WishChoice = "free" | "not-first" | "not-last" | "days";

export function wishChoiceOf(w: Item): WishChoice {
  if (w?.kind === "days") return "days";
  if (w?.period === "first") return "not-first";
  if (w?.period === "last") return "not-last";
  return "free";
}

/** A new wish of a kind, keeping the days and weight of the one it replaces. */
export function makeWish(choice: WishChoice, from: Item = {}): Item {
  const days = arr<Day>(from.days).length ? arr<Day>(from.days) : ["wed" as Day];
  const keep = {
    ...(from.weight !== undefined ? { weight: from.weight } : {}),
    ...(from.label ? { label: from.label } : {}),
  };
  switch (choice) {
    case "days":
      return { kind: "days", days, ...keep };
    case "not-first":
      return { kind: "free", days, period: "first", ...keep };
    case "not-last":
      return { kind: "free", days, period: "last", ...keep };
    default:
      return { kind: "free", days, ...(from.part ? { part: from.part } : {}), ...keep };
  }
}

/** Weight 1 = gewoon, 2 (or more) = belangrijk. */
export const isImportant = (w: Item) => typeof w?.weight === "number" && w.weight >= 2;

/** A wish in words (the draft's, before it is valid): "vrij op woensdag namiddag", "werkt liefst enkel op …". */
export function wishWords(w: Item, t: T): string {
  if (w?.label) return String(w.label);
  const days = arr<Day>(w?.days).filter((d) => DAYS.includes(d));
  const on = days.length ? ` ${t("op", "on")} ${dayList(days, t)}` : ` ${t("elke dag", "every day")}`;
  if (w?.kind === "days")
    return days.length
      ? t(`werkt liefst enkel op ${dayList(days, t)}`, `prefers to work only on ${dayList(days, t)}`)
      : t("werkt liefst enkel op … (kies dagen)", "prefers to work only on … (choose days)");
  if (w?.period === "first") return t(`geen eerste lesuur${on}`, `no first period${on}`);
  if (w?.period === "last") return t(`geen laatste lesuur${on}`, `no last period${on}`);
  const part =
    w?.part === "morning" ? t(" voormiddag", " morning") : w?.part === "afternoon" ? t(" namiddag", " afternoon") : "";
  return t(`vrij${on}${part}`, `free${on}${part}`);
}

export type { WishOutcome } from "../../../src/model/browser.js";

/** The wish outcomes of a candidate's metrics (empty when nobody has wishes or the shape is unknown). */
export function wishOutcomesOf(metrics: Record<string, unknown> | undefined): WishOutcome[] {
  const w = metrics?.wishes;
  if (!Array.isArray(w)) return [];
  return w.filter(
    (x): x is WishOutcome =>
      !!x &&
      typeof x === "object" &&
      typeof x.name === "string" &&
      typeof x.met === "number" &&
      Array.isArray(x.wishes),
  );
}

/** "An Peeters: 2 van 2 vervuld" and the unmet wishes in words ("niet: vrij op vrijdag namiddag"). */
export function wishLine(o: WishOutcome, t: T): { head: string; unmet: string[] } {
  const lang = t("nl", "en") as "nl" | "en";
  return {
    head: t(`${o.name}: ${o.met} van ${o.total} vervuld`, `${o.name}: ${o.met} of ${o.total} met`),
    unmet: o.wishes.filter((w) => !w.met).map((w) => w.text[lang] ?? w.text.nl),
  };
}
