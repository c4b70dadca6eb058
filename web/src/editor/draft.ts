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
