// The editor's shared state: the raw draft (what the user typed, even when it is not valid yet), a setter
// by path, the field errors of the whole draft and the item to focus (?focus=<id>).
import { createContext, useContext } from "react";
import type { Path } from "./paths.js";

/** The draft as typed: the scenario's shape, but any value may still be wrong. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Draft = Record<string, any>;

export interface EditorCtx {
  draft: Draft;
  set(path: Path, value: unknown): void;
  update(fn: (d: Draft) => Draft): void;
  errors: Map<string, string>;
  readOnly: boolean;
  focus: string | null;
  scenarioId: string;
}

export const EditorContext = createContext<EditorCtx | null>(null);

export function useEditor(): EditorCtx {
  const c = useContext(EditorContext);
  if (!c) throw new Error("useEditor outside the editor");
  return c;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Item = Record<string, any>;

/** A list of the draft (empty when missing or not a list). */
export const listOf = (d: Draft, key: string): Item[] => (Array.isArray(d[key]) ? d[key] : []);

/** Everyone who can be picked by name, with a readable label. */
export function peopleOf(d: Draft) {
  const staff = listOf(d, "staff").map((p) => ({
    id: String(p.id),
    name: String(p.name || p.id),
    kind: "staff" as const,
    ambt: p.ambt,
  }));
  const externals = listOf(d, "externals").map((p) => ({
    id: String(p.id),
    name: String(p.name || p.id),
    kind: "external" as const,
  }));
  const interns = listOf(d, "interns").map((p) => ({
    id: String(p.id),
    name: String(p.name || p.id),
    kind: "intern" as const,
  }));
  return { staff, externals, interns, all: [...staff, ...externals, ...interns] };
}

/** "Karen Vandenberghe (L5A)" for a class teacher; the name otherwise. */
export function staffLabel(d: Draft, id: string): string {
  const p = listOf(d, "staff").find((x) => x.id === id);
  const name = p?.name || id;
  const classes = listOf(d, "groups")
    .filter((g) => Array.isArray(g.classTeachers) && g.classTeachers.includes(id))
    .map((g) => g.id);
  return classes.length ? `${name} (${classes.join(", ")})` : name;
}
