// What changed between two versions of a scenario, per part, in words: items added, removed or changed
// (by name), and changed settings. Pure.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;
type T = (nl: string, en: string) => string;

export interface PartChange {
  part: string;
  added: string[];
  removed: string[];
  changed: string[];
}

const LISTS: [string, string, string][] = [
  ["dayGrids", "Dagindeling", "Day grids"],
  ["groups", "Klassen", "Classes"],
  ["staff", "Personeel", "Staff"],
  ["subjects", "Vakken", "Subjects"],
  ["rooms", "Lokalen", "Rooms"],
  ["externals", "Externen", "Externals"],
  ["interns", "Stagiairs", "Student teachers"],
  ["atelierPlans", "Ateliers", "Ateliers"],
  ["releaseGoals", "Overlegmomenten", "Meetings"],
  ["observations", "Hospiteren", "Observations"],
];
const OBJECTS: [string, string, string][] = [
  ["cover", "Opvang", "Cover"],
  ["calendar", "Kalender", "Calendar"],
  ["settings", "Instellingen", "Settings"],
];
const SCALARS: [string, string, string][] = [
  ["name", "naam", "name"],
  ["description", "beschrijving", "description"],
  ["network", "net", "network"],
  ["schoolYear", "schooljaar", "school year"],
  ["lessonsPerWeek", "lestijden per week", "lessons per week"],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const label = (x: Body, key: string) => String(key === "groups" ? x.id : (x.name ?? x.id));

/** Changes from `older` to `newer`. A part with three empty lists changed as a whole (settings, calendar). */
export function diffScenarios(older: Body, newer: Body, t: T): PartChange[] {
  const out: PartChange[] = [];
  const general: string[] = SCALARS.filter(([k]) => !same(older[k], newer[k])).map(([, nl, en]) => t(nl, en));
  if (general.length) out.push({ part: t("Algemeen", "General"), added: [], removed: [], changed: general });
  for (const [key, nl, en] of LISTS) {
    const a: Body[] = Array.isArray(older[key]) ? older[key] : [];
    const b: Body[] = Array.isArray(newer[key]) ? newer[key] : [];
    const byId = (xs: Body[]) => new Map(xs.map((x) => [String(x.id), x]));
    const am = byId(a);
    const bm = byId(b);
    const c: PartChange = { part: t(nl, en), added: [], removed: [], changed: [] };
    for (const [id, x] of bm) if (!am.has(id)) c.added.push(label(x, key));
    for (const [id, x] of am) if (!bm.has(id)) c.removed.push(label(x, key));
    for (const [id, x] of bm) if (am.has(id) && !same(am.get(id), x)) c.changed.push(label(x, key));
    if (c.added.length || c.removed.length || c.changed.length) out.push(c);
  }
  for (const [key, nl, en] of OBJECTS) {
    if (!same(older[key], newer[key])) out.push({ part: t(nl, en), added: [], removed: [], changed: [] });
  }
  return out;
}
