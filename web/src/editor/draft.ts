// The unsaved draft of a scenario, kept in the browser so nothing typed is lost (a reload, a crash, a
// closed tab). Key and shape are shared with the solve page: vrijrooster.draft.<scenarioId> = { baseVersion, body }.

export interface StoredDraft {
  baseVersion: number;
  body: unknown;
  savedAt?: string;
}

interface KV {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

export const draftKey = (scenarioId: string) => `vrijrooster.draft.${scenarioId}`;

export function readDraft(store: KV, scenarioId: string): StoredDraft | null {
  try {
    const raw = store.getItem(draftKey(scenarioId));
    if (!raw) return null;
    const d = JSON.parse(raw) as StoredDraft;
    return typeof d?.baseVersion === "number" && d.body && typeof d.body === "object" ? d : null;
  } catch {
    return null; // a damaged entry counts as no draft
  }
}

export function writeDraft(store: KV, scenarioId: string, d: StoredDraft): void {
  try {
    store.setItem(draftKey(scenarioId), JSON.stringify({ ...d, savedAt: d.savedAt ?? new Date().toISOString() }));
  } catch {
    /* storage full or blocked: the draft still lives in memory */
  }
}

export const clearDraft = (store: KV, scenarioId: string) => store.removeItem(draftKey(scenarioId));

/** Deep equality after a JSON round trip: key order and `undefined` fields do not count as a change. */
export function sameBody(a: unknown, b: unknown): boolean {
  return deepEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(ob, k) && deepEqual((a as Record<string, unknown>)[k], ob[k]));
}

/**
 * What to do with the draft the browser kept, on opening the editor: "none" (there is none), "discard" (it
 * says nothing the saved version does not — e.g. left behind by a save, or made on an older version and
 * equal to the latest), or "offer" (it really differs: show it, with Keep / Discard).
 */
export function keptDraftDecision(
  kept: StoredDraft | null,
  saved: { version: number; body: unknown },
): "none" | "discard" | "offer" {
  if (!kept) return "none";
  return sameBody(kept.body, saved.body) ? "discard" : "offer";
}
