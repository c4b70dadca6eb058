// Path ↔ field id: every input of the editor is addressed by its path in the scenario, and its DOM id is
// `field-<path joined by dots>` (e.g. field-groups.2.pupils), so a zod issue or a server field error
// ("groups[2].pupils") finds its input. Pure: no DOM, no React.

export type Path = readonly (string | number)[];

/** ["groups", 2, "pupils"] → "field-groups.2.pupils" */
export const fieldId = (path: Path): string => `field-${path.join(".")}`;

/** ["groups", 2, "pupils"] → "groups.2.pupils" (the key of the error map) */
export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join(".");

/** "groups[2].classTeachers[0]" (API / problemsOf format) → ["groups", 2, "classTeachers", 0] */
export function parsePath(formatted: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of formatted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
  }
  return out;
}

/** The value at a path, or undefined when any step is missing. */
export function getAt(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/**
 * A copy of obj with the value at path replaced (undefined deletes an object key or a list item);
 * creates missing steps.
 */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base: unknown = obj ?? (typeof head === "number" ? [] : {});
  const child = setAt((base as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(base)) {
    const copy = [...base];
    if (child === undefined) copy.splice(head as number, 1);
    else copy[head as number] = child;
    return copy as T;
  }
  const copy = { ...(base as Record<string, unknown>) };
  if (child === undefined) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}

/** Which editor tab shows a path. "school" is the general settings tab. */
export function tabOfPath(path: Path): string {
  switch (path[0]) {
    case "dayGrids":
      return "grids";
    case "groups":
      return "classes";
    case "staff":
      return "staff";
    case "subjects":
    case "rooms":
      return "subjects";
    case "externals":
    case "interns":
      return "externals";
    case "atelierPlans":
      return "ateliers";
    case "releaseGoals":
    case "observations":
    case "presenceDays":
      return "goals";
    case "cover":
    case "lunchSupervision":
      return "cover";
    case "calendar":
      return "calendar";
    default:
      return "school";
  }
}

/** Items shown in a detail panel must be opened before their field can be focused: the item's index path. */
export function itemOfPath(path: Path): { list: string; index: number } | null {
  if (typeof path[0] === "string" && typeof path[1] === "number") return { list: path[0], index: path[1] };
  return null;
}

export interface FieldProblem {
  key: string;
  message: string;
}

/** Errors keyed by path key; several messages for one field are joined. */
export function errorMap(problems: { path: string; message: string }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of problems) {
    const key = pathKey(parsePath(p.path));
    m.set(key, m.has(key) ? `${m.get(key)} ${p.message}` : p.message);
  }
  return m;
}

/** The messages at a path and (for composite controls such as checkbox lists) below it. */
export function errorsUnder(errors: Map<string, string>, path: Path, deep: boolean): string | undefined {
  const key = pathKey(path);
  const out: string[] = [];
  for (const [k, v] of errors) if (k === key || (deep && k.startsWith(key + "."))) out.push(v);
  return out.length ? [...new Set(out)].join(" ") : undefined;
}

/** A number when the text is one, else the text itself (so a bad value stays visible and zod reports it). */
export function numberOrText(text: string): number | string | undefined {
  const s = text.trim().replace(",", ".");
  if (s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : text;
}
