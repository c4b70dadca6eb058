// Shared pieces of every importer: the report (problems at their place, notes on what was assumed or left out),
// the default day grid, id making, closest-match suggestions and the merge into an existing scenario.
// src/import sits beside src/model: it imports src/model only.
import { InputError, parseScenario, type InputProblem, type Scenario, type ScenarioInput } from "../model/index.js";

/** One problem at its place: "blad Personeel, rij 7, kolom Ambt: …". */
export interface RowProblem {
  where: string;
  message: string;
}

export interface ImportReport {
  /** Rows or items that could not be imported; any problem means: nothing is written (exit 2). */
  problems: RowProblem[];
  /** What was assumed, left out or has no counterpart in Vrijrooster, in words. */
  notes: string[];
  /** Counts per part, e.g. { groups: 4, staff: 6 }. */
  counts: Record<string, number>;
  /** Filled by --into: ids added / updated / kept as they were. */
  merge?: MergeSummary;
}

export const emptyReport = (): ImportReport => ({ problems: [], notes: [], counts: {} });

/** A refused file or a file with rows in error: the CLI prints the report and exits 2. */
export class ImportError extends InputError {
  constructor(
    message: string,
    readonly report: ImportReport,
  ) {
    super(
      message,
      report.problems.map((p): InputProblem => ({ path: p.where, message: p.message })),
    );
    this.name = "ImportError";
  }
}

/** The usual Flemish week 6/6/4/6/6 (the 'gewoon' grid of fixtures/city-school.json): 28 lestijden. */
export function defaultDayGrid(): Scenario["dayGrids"][number] {
  type K = "lesson" | "break" | "lunch";
  const S = (start: string, end: string, kind: K = "lesson") => ({ start, end, kind });
  const morning = [
    S("08:30", "09:20"),
    S("09:20", "10:10"),
    S("10:10", "10:25", "break"),
    S("10:25", "11:15"),
    S("11:15", "12:05"),
  ];
  const full = [
    ...morning,
    S("12:05", "13:20", "lunch"),
    S("13:20", "14:10"),
    S("14:10", "14:25", "break"),
    S("14:25", "15:15"),
  ];
  return {
    id: "gewoon",
    name: "Gewone week 6/6/4/6/6 (les tot 15:15)",
    days: { mon: full, tue: full, wed: morning, thu: full, fri: full },
  };
}

export const DEFAULT_GRID_NOTE =
  "Dagindeling: de gewone week 6/6/4/6/6 (08:30-15:15, woensdag tot 12:05) is gebruikt — pas ze aan in de editor of geef --into met uw eigen scenario. / Day grid: the usual 6/6/4/6/6 week was used.";

/** The school year that starts next September (or this one, before August). */
export function defaultSchoolYear(now = new Date()): string {
  const y = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${y}-${y + 1}`;
}

/** "Sofie Claes" → "sofie-claes"; accents dropped; only characters an id allows. */
export function slug(text: string): string {
  const s = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .replace(/[^A-Za-z0-9_.:-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return s || "x";
}

/** Keeps ids unique: the second "an" becomes "an-2". */
export class IdMaker {
  private used = new Set<string>();
  constructor(existing: Iterable<string> = []) {
    for (const id of existing) this.used.add(id);
  }
  make(text: string): string {
    const base = slug(text);
    let id = base;
    for (let i = 2; this.used.has(id); i++) id = `${base}-${i}`;
    this.used.add(id);
    return id;
  }
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The closest allowed value (after trimming and ignoring case), when it is close enough to be a likely typo. */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const v = value.trim().toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const a of allowed) {
    const d = levenshtein(v, a.toLowerCase());
    if (d < bestD) [best, bestD] = [a, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** "'onderwijzer ' bestaat niet — bedoelde je 'onderwijzer'?" */
export function unknownValue(value: string, allowed: readonly string[], what = "bestaat niet"): string {
  const c = closest(value, allowed);
  return c ? `'${value}' ${what} — bedoelde je '${c}'?` : `'${value}' ${what}; kies uit: ${allowed.join(", ")}`;
}

// ---------- merge ----------

export type Part = "groups" | "staff" | "subjects" | "externals" | "interns" | "releaseGoals";
export const PARTS: Part[] = ["groups", "staff", "subjects", "externals", "interns", "releaseGoals"];
const PART_NL: Record<Part, string> = {
  groups: "klassen",
  staff: "personeel",
  subjects: "vakken",
  externals: "externen",
  interns: "stagiairs",
  releaseGoals: "doelen",
};

export interface MergeSummary {
  added: Record<string, string[]>;
  updated: Record<string, string[]>;
  kept: Record<string, string[]>;
}

/**
 * Merges the imported parts into an existing scenario: an id that exists is updated (the imported fields
 * replace the old ones, fields the import does not know are kept), a new id is added, nothing is deleted.
 */
export function mergeInto(
  existing: ScenarioInput,
  incoming: Partial<Record<Part, { id: string }[]>>,
): { merged: ScenarioInput; summary: MergeSummary } {
  const merged = structuredClone(existing) as Record<string, unknown>;
  const summary: MergeSummary = { added: {}, updated: {}, kept: {} };
  for (const part of PARTS) {
    const items = incoming[part];
    const old = ((merged[part] as { id: string }[] | undefined) ?? []).slice();
    if (!items || items.length === 0) {
      if (old.length) summary.kept[PART_NL[part]] = old.map((o) => o.id);
      continue;
    }
    const byId = new Map(old.map((o, i) => [o.id, i]));
    for (const item of items) {
      const i = byId.get(item.id);
      if (i === undefined) {
        old.push(item);
        (summary.added[PART_NL[part]] ??= []).push(item.id);
      } else {
        old[i] = { ...old[i], ...item };
        (summary.updated[PART_NL[part]] ??= []).push(item.id);
      }
    }
    const touched = new Set(items.map((x) => x.id));
    const kept = old.filter((o) => !touched.has(o.id)).map((o) => o.id);
    if (kept.length) summary.kept[PART_NL[part]] = kept;
    merged[part] = old;
  }
  return { merged: merged as ScenarioInput, summary };
}

export function formatMerge(s: MergeSummary): string[] {
  const line = (label: string, r: Record<string, string[]>) =>
    Object.entries(r).map(([part, ids]) => `${label} ${part} (${ids.length}): ${ids.join(", ")}`);
  return [
    ...line("Toegevoegd / added", s.added),
    ...line("Bijgewerkt / updated", s.updated),
    ...line("Ongemoeid gelaten (niet in het bestand, niet verwijderd) / kept", s.kept),
  ];
}

/**
 * The real zod schema over the result. Its problems are mapped back to the import's places with `placeOf`
 * (e.g. "groups[2]" → "blad Klassen, rij 4").
 */
export function validateResult(
  input: ScenarioInput,
  report: ImportReport,
  placeOf: (path: string) => string | undefined = () => undefined,
): Scenario {
  try {
    return parseScenario(input);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    for (const p of e.problems) {
      const m = /^([a-zA-Z]+\[\d+\])/.exec(p.path);
      const place = m ? placeOf(m[1]) : undefined;
      report.problems.push({ where: place ? `${place} (${p.path})` : p.path, message: p.message });
    }
    throw new ImportError("Het ingelezen scenario is ongeldig / the imported scenario is invalid", report);
  }
}

/** The report in words, for the CLI. */
export function formatReport(r: ImportReport): string {
  const lines: string[] = [];
  const counts = Object.entries(r.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  if (counts) lines.push(`Ingelezen / read: ${counts}`);
  if (r.merge) lines.push(...formatMerge(r.merge));
  if (r.notes.length) lines.push("", "Opmerkingen / notes:", ...r.notes.map((n) => `  - ${n}`));
  if (r.problems.length)
    lines.push(
      "",
      `Problemen / problems (${r.problems.length}) — niets geschreven / nothing written:`,
      ...r.problems.map((p) => `  - ${p.where}: ${p.message}`),
    );
  return lines.join("\n");
}
