// Ids a principal never types: made from the name ("Karen Vandenberghe" → "karen-vandenberghe"),
// unique within the list they join. Pure.

/** Lowercase, accents dropped, anything else than letters and digits becomes "-". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** slugify(name), or `fallback` when nothing is left, made unique against `taken` with -2, -3, … */
export function uniqueId(name: string, taken: Iterable<string>, fallback = "item"): string {
  const used = new Set(taken);
  const base = slugify(name) || fallback;
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Every id in use among the things people pick by name (staff, externals, interns share one namespace). */
export function personIds(s: {
  staff?: { id: string }[];
  externals?: { id: string }[];
  interns?: { id: string }[];
}): string[] {
  return [...(s.staff ?? []), ...(s.externals ?? []), ...(s.interns ?? [])].map((p) => p.id);
}
