// The staff-load table (opdrachtenverdeling): lestijden per person against the legal and the school's maximum,
// schoolopdracht minutes against settings.schoolopdrachtMaxMinutes. One computation for the web app's candidate
// and print pages (web/src/lib/results.ts re-exports it) and the xlsx/csv export: the same numbers everywhere.
// Pure: only src/model, no node:fs, so the browser can import it.
import { legalMaxLestijden, localPlageMaxLestijden } from "../model/derived.js";
import type { Scenario } from "../model/scenario.js";
import type { Candidate } from "../model/timetable.js";

export interface LoadRow {
  staff: string;
  /** Minutes a week this person is released together with others (candidate.metrics.perTeacher). */
  releaseMinutes: number;
  name: string;
  ambt: string;
  fraction: string;
  lestijden: number;
  legalMax?: number;
  plageMax?: number;
  schoolopdrachtMinutes?: number;
  schoolopdrachtMax: number;
  /** The lower of the legal and the school's maximum (Infinity when neither applies). */
  limit: number;
  /** More lestijden than `limit`. */
  lestijdenOver: boolean;
  /** More schoolopdracht minutes than the maximum. */
  schoolopdrachtOver: boolean;
  over: boolean;
}

interface MetricLoad {
  staff: string;
  lestijden: number;
  schoolopdrachtMinutes: number;
}

/** The opdrachtenverdeling check: lestijden against the legal and the school's maximum, schoolopdracht against 1560. */
export function staffLoadRows(s: Scenario, c: Candidate): LoadRow[] {
  const fromMetrics = new Map(((c.metrics.staffLoad as MetricLoad[] | undefined) ?? []).map((x) => [x.staff, x]));
  // Older candidates have no staffLoad metric: count lesson periods ourselves (schoolopdracht unknown then).
  const counted = new Map<string, number>();
  if (fromMetrics.size === 0) {
    for (const l of c.lessons) for (const p of new Set(l.staff)) counted.set(p, (counted.get(p) ?? 0) + 1);
  }
  const max = s.settings.schoolopdrachtMaxMinutes;
  const released = new Map(
    ((c.metrics.perTeacher as { staff: string; releaseMinutes: number }[] | undefined) ?? []).map((x) => [
      x.staff,
      x.releaseMinutes,
    ]),
  );
  return s.staff.map((p) => {
    const m = fromMetrics.get(p.id);
    const lestijden = m?.lestijden ?? counted.get(p.id) ?? 0;
    const legalMax = legalMaxLestijden(p);
    const plageMax = localPlageMaxLestijden(s, p);
    const so = m?.schoolopdrachtMinutes;
    const limit = Math.min(legalMax ?? Infinity, plageMax ?? Infinity);
    const lestijdenOver = lestijden > limit;
    const schoolopdrachtOver = so !== undefined && so > max;
    const over = lestijdenOver || schoolopdrachtOver;
    return {
      staff: p.id,
      releaseMinutes: released.get(p.id) ?? 0,
      name: p.name,
      ambt: p.ambt,
      fraction: p.fraction,
      lestijden,
      legalMax,
      plageMax,
      schoolopdrachtMinutes: so,
      schoolopdrachtMax: max,
      limit,
      lestijdenOver,
      schoolopdrachtOver,
      over,
    };
  });
}
