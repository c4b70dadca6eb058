// Readable terminal output of a solve: a summary table per candidate and week grids per group and per
// teacher, release blocks marked.
import type { Candidate, Day, DayGrid, Scenario, Timetable } from "../model/index.js";
import { DAY_NAMES_NL, DAYS, gridOf, staffSchools } from "../model/index.js";
import { classDays, gridOfLevels, levelsOfPeople } from "../model/level-days.js";
import { frequencyNl, person, yearPlan } from "../plan/index.js";
import { noCoverText } from "../plan/no-cover.js";
import { coverText, namesOf } from "../export/print/names.js";

/** The terminal speaks Dutch: the nl half of a (nl, en) text. */
const nl = (text: string) => text;

const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s.padEnd(n));

/** One line per candidate, in words a principal reads: proven or not, goals, minutes, and the day grid by name. */
export function summaryTable(t: Timetable, s: Scenario): string {
  const rows = t.candidates.map((c, i) => {
    const m = c.metrics as { releaseMinutes: number; goalsMet: number; goalsTotal: number };
    const hard = c.violations.filter((v) => v.severity === "hard").length;
    const days = [...new Set(c.releases.map((r) => DAY_NAMES_NL[r.day]))].join(", ") || "—";
    const grid = s.dayGrids.find((g) => g.id === c.dayGrid)?.name ?? c.dayGrid ?? "";
    const status = c.status === "optimal" ? "bewezen" : "haalbaar";
    return `${String(i + 1).padStart(3)}  ${pad(status, 8)} ${String(m.goalsMet).padStart(2)}/${m.goalsTotal}   ${String(m.releaseMinutes).padStart(6)}  ${String(hard).padStart(4)}   ${pad(days, 22)} ${grid}`;
  });
  return ["  #  status   doelen  min vrij  hard   vrijroosterdagen       dagindeling", ...rows].join("\n");
}

/**
 * The rows of a week grid: every lesson slot of a day grid (and, for teachers, its child-free staff slots, where
 * meetings after the lessons happen, and its lunch breaks when someone supervises or meets then), by clock time.
 * A day without that slot shows "·". The grid is a class's own days, or a person's days of every level they work
 * in merged by clock time (src/model/level-days.ts).
 */
function slotRows(s: Scenario, c: Candidate, grid: DayGrid, withStaff: boolean) {
  const has = new Map<string, Set<Day>>();
  const lunchUsed = withStaff && (!!c.lunchDuties?.length || s.releaseGoals.some((g) => g.allowLunch));
  for (const day of DAYS)
    for (const slot of grid.days[day])
      if (slot.kind === "lesson" || (withStaff && slot.kind === "staff") || (lunchUsed && slot.kind === "lunch")) {
        const key = `${slot.start}-${slot.end}`;
        has.set(key, (has.get(key) ?? new Set<Day>()).add(day));
      }
  const times = [...has.keys()].sort();
  return { times, inDay: (day: Day, time: string) => has.get(time)?.has(day) ?? false };
}

function renderGrid(
  title: string,
  rows: ReturnType<typeof slotRows>,
  cell: (day: Day, time: string) => string,
): string {
  const w = 13;
  const lines = [title, "  " + pad("", 12) + DAYS.map((d) => pad(DAY_NAMES_NL[d], w)).join("")];
  for (const t of rows.times)
    lines.push("  " + pad(t, 12) + DAYS.map((d) => pad(rows.inDay(d, t) ? cell(d, t) : "·", w)).join(""));
  return lines.join("\n");
}

function releaseAt(
  c: Candidate,
  day: string,
  time: string,
  who: (r: Candidate["releases"][number]) => boolean,
): string | undefined {
  // Overlap, not containment: a kleuter class is covered in each of its own slots a block overlaps.
  const [s, e] = time.split("-");
  return c.releases.find((r) => r.day === day && r.start < e && s < r.end && who(r))?.goal;
}

/** In a school group, only this school's classes and the people who work there (`--school`). */
export interface GridFilter {
  school?: string;
}

export function groupGrids(s: Scenario, c: Candidate, filter: GridFilter = {}): string {
  const grid = gridOf(s, c);
  const days = classDays(grid, s.groups, c.lessons);
  return s.groups
    .filter((g) => !filter.school || g.school === filter.school)
    .map((g) => {
      const label = (l: Candidate["lessons"][number]) =>
        l.subject === "KLAS"
          ? l.mergedWith
            ? `+${l.mergedWith}`
            : l.interns?.length
              ? "stagiair"
              : l.staff.join("+") || "?"
          : l.subject;
      const rows = slotRows(s, c, gridOfLevels(grid, [days.get(g.id)]), false);
      return renderGrid(`Klas ${g.name ?? g.id}`, rows, (d, t) => {
        const l = c.lessons.find((x) => x.group === g.id && x.day === d && `${x.start}-${x.end}` === t);
        const v = l ? label(l) : "";
        const coveredFor = releaseAt(c, d, t, (r) => r.cover.some((x) => x.group === g.id));
        return coveredFor ? `*${v}` : v;
      });
    })
    .join("\n\n");
}

export function teacherGrids(s: Scenario, c: Candidate, filter: GridFilter = {}): string {
  const grid = gridOf(s, c);
  const levels = levelsOfPeople(s, c, classDays(grid, s.groups, c.lessons));
  return s.staff
    .filter((p) => !filter.school || staffSchools(s, p).has(filter.school))
    .map((p) => {
      const cell = (d: string, t: string) => {
        const rel = releaseAt(c, d, t, (r) => r.staff.includes(p.id));
        if (rel) return `[${rel}]`;
        // Exactly this row: a person in both levels has rows that start together (09:20–10:00 and 09:20–10:10).
        const at = (x: { day: string; start: string; end: string }) => x.day === d && `${x.start}-${x.end}` === t;
        const duty = c.lunchDuties?.find((x) => at(x) && x.staff.includes(p.id));
        if (duty) return `toezicht ${s.lunchSupervision?.posts.find((x) => x.id === duty.post)?.name ?? duty.post}`;
        const l = c.lessons.find((x) => at(x) && x.staff.includes(p.id));
        return l ? `${l.group}${l.subject === "KLAS" ? "" : " " + l.subject}` : "";
      };
      return renderGrid(`${p.name} (${p.id})`, slotRows(s, c, gridOfLevels(grid, levels.get(p.id) ?? []), true), cell);
    })
    .join("\n\n");
}

export function renderSolve(
  s: Scenario,
  t: Timetable,
  detail: "summary" | "groups" | "teachers" | "all",
  filter: GridFilter = {},
): string {
  const out: string[] = [];
  out.push(`Scenario '${s.name}': ${statusText(t.status)}`);
  if (t.conflicts.length) {
    const sets = [...new Set(t.conflicts.flatMap((c) => (c.set ? [c.set] : [])))];
    if (t.status === "infeasible" && sets.length > 1) {
      // Independent conflicts: each one must be resolved; none of them alone is the whole story.
      out.push("", `${sets.length} botsingen die los van elkaar een week onmogelijk maken (los ze allemaal op):`);
      for (const k of sets) {
        out.push(`  Botsing ${k} (deze regels kunnen niet samen):`);
        for (const c of t.conflicts.filter((x) => x.set === k)) out.push(`    - [${c.rule}] ${c.message}`);
      }
      for (const c of t.conflicts.filter((x) => !x.set)) out.push(`  - [${c.rule}] ${c.message}`);
    } else {
      out.push(
        "",
        t.status === "invalid"
          ? "Het scenario breekt deze regels:"
          : t.status === "infeasible"
            ? "Deze regels kunnen niet samen (elk hoort bij de botsing):"
            : "Opmerkingen:",
      );
      for (const c of t.conflicts) out.push(`  - [${c.rule}] ${c.message}`);
    }
  }
  if (t.candidates.length === 0) return out.join("\n");
  out.push("", summaryTable(t, s));
  // What was proven about each candidate, and why there are fewer than asked (issue 10).
  for (const [i, c] of t.candidates.entries()) if (c.label) out.push(`  ${i + 1}: ${c.label.nl}`);
  if (t.candidatesNote) out.push(`  ${t.candidatesNote.nl}`);
  const best = t.candidates[0];
  out.push("", "Vrijroosteringen van kandidaat 1:");
  // How often each goal meets and how many sessions that is over the school year (the year plan's count).
  const sessions = new Map(yearPlan(s, best).goals.map((g) => [g.goal, g.sessions]));
  for (const g of s.releaseGoals.filter((x) => best.releases.some((r) => r.goal === x.id)))
    out.push(`  ${g.name}: ${frequencyNl(s, g)} — ${sessions.get(g.id) ?? 0} keer dit schooljaar`);
  const words = namesOf(s, nl);
  for (const r of best.releases) {
    const goal = s.releaseGoals.find((g) => g.id === r.goal);
    const names = r.staff.map((id) => s.staff.find((x) => x.id === id)?.name ?? id).join(", ");
    const ext = r.externals.map((id) => s.externals.find((x) => x.id === id)?.name ?? id).join(", ");
    // Per class, who takes it (a class taken by two people in turn names both once).
    const byClass = new Map<string, Set<string>>();
    for (const x of r.cover)
      byClass.set(x.group, (byClass.get(x.group) ?? new Set()).add(coverText(s, words, best, r, x.by, x.group, nl)));
    const cover =
      [...byClass].map(([g, who]) => `${words.group(g)}: ${[...who].join(", ")}`).join("; ") ||
      noCoverText(best, r, "nl", (id) => person(s, id).name);
    out.push(
      `  ${goal?.name ?? r.goal}: ${DAY_NAMES_NL[r.day]} ${r.start}–${r.end} — ${names}${ext ? ` met ${ext}` : ""}\n      opvang: ${cover}`,
    );
  }
  out.push(...lunchLines(s, best));
  const missing = s.releaseGoals.filter((g) => !best.releases.some((r) => r.goal === g.id));
  const why = (id: string) =>
    ((best.metrics.perGoal ?? []) as { goal: string; why?: { message: string }[] }[]).find((x) => x.goal === id)?.why ??
    [];
  for (const g of missing) {
    const reasons = why(g.id).map((x) => x.message);
    out.push(`  ${g.name}: geen gemeenschappelijk blok in deze week${reasons.length ? `: ${reasons.join("; ")}` : ""}`);
  }
  const wishes = (best.metrics.wishes ?? []) as {
    name: string;
    met: number;
    total: number;
    wishes: { text: { nl: string }; met: boolean }[];
  }[];
  if (wishes.length) {
    out.push("", "Wensen van leerkrachten (kandidaat 1):");
    for (const w of wishes) {
      const unmet = w.wishes.filter((x) => !x.met).map((x) => x.text.nl);
      out.push(`  ${w.name}: ${w.met} van ${w.total} vervuld${unmet.length ? ` (niet: ${unmet.join("; ")})` : ""}`);
    }
  }
  // Presence days (release.presence-day): met, or who is not there.
  for (const pd of (best.metrics.presenceDays ?? []) as PresenceOutcome[]) {
    const who = pd.missing.map(
      (x) => `${x.name} (${x.why === "unavailable" ? "niet beschikbaar" : "werkt die dag niet"})`,
    );
    out.push(
      "",
      `Vaste dag '${pd.name}' (${DAY_NAMES_NL[pd.day]}): ${pd.met ? "iedereen op school" : `niet iedereen: ${who.join(", ")}`}`,
    );
  }
  for (const a of t.ateliers ?? []) {
    const plan = s.atelierPlans.find((p) => p.id === a.plan);
    out.push(
      "",
      `Ateliers '${plan?.name ?? a.plan}': ${a.pupils} leerlingen, ${a.rounds.length} rondes zonder herhaling`,
    );
    for (const r of a.rounds) {
      const c = r.choice;
      out.push(
        `  ronde ${r.round}: ${c.first} 1ste keuze, ${c.second} 2de, ${c.third} 3de, ${c.later ? `${c.later} latere keuze, ` : ""}${c.other} geen keuze — bezetting ${Object.entries(
          r.load,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}`,
      );
    }
    for (const w of a.warnings ?? []) out.push(`  Let op: ${w.message}`);
  }
  const hard = best.violations.filter((v) => v.severity === "hard");
  if (hard.length)
    out.push(
      "",
      `Let op: ${hard.length} harde overtredingen bij controle:`,
      ...hard.map((v) => `  - [${v.rule}] ${v.message}`),
    );
  if (detail === "groups" || detail === "all")
    out.push(
      "",
      "Weekrooster per klas (* = klas opgevangen tijdens een vrijroostering):",
      "",
      groupGrids(s, best, filter),
    );
  if (detail === "teachers" || detail === "all")
    out.push(
      "",
      "Weekrooster per leerkracht ([doel] = vrijgeroosterd, toezicht = middagtoezicht):",
      "",
      teacherGrids(s, best, filter),
    );
  return out.join("\n");
}

/** Who supervises which lunch post per day (lunchSupervision), and how often each person over the school year. */
function lunchLines(s: Scenario, c: Candidate): string[] {
  if (!c.lunchDuties?.length) return [];
  const name = (id: string) => s.staff.find((x) => x.id === id)?.name ?? id;
  const post = (id: string) => s.lunchSupervision?.posts.find((x) => x.id === id)?.name ?? id;
  const out = ["", "Middagtoezicht van kandidaat 1:"];
  for (const day of DAYS) {
    const here = c.lunchDuties.filter((d) => d.day === day);
    if (here.length === 0) continue;
    // Posts can follow different lunches (a kleuter post the kleuters' own): the time goes with each post.
    const times = new Set(here.map((d) => `${d.start}–${d.end}`));
    const posts = here.map(
      (d) =>
        `${post(d.post)}${times.size > 1 ? ` (${d.start}–${d.end})` : ""}: ${d.staff.map(name).join(", ") || "niemand"}`,
    );
    out.push(`  ${DAY_NAMES_NL[day]}${times.size > 1 ? "" : ` ${here[0].start}–${here[0].end}`} — ${posts.join("; ")}`);
  }
  const times = new Map<string, number>();
  for (const x of yearPlan(s, c).series)
    if (x.kind === "supervision") for (const p of x.staff) times.set(p, (times.get(p) ?? 0) + x.dates.length);
  const counts = [...times].map(([p, n]) => `${name(p)} ${n}`);
  if (counts.length) out.push(`  Keer dit schooljaar: ${counts.join(", ")}`);
  return out;
}

export function statusText(status: Timetable["status"]): string {
  return {
    optimal: "optimaal (bewezen: beter kan niet)",
    feasible: "haalbaar (niet bewezen optimaal binnen de tijdslimiet)",
    infeasible: "onmogelijk: geen enkel weekrooster voldoet aan alle harde regels",
    timeout: "tijdslimiet bereikt zonder rooster",
    invalid: "het scenario zelf breekt harde regels; pas het eerst aan",
  }[status];
}

type PresenceOutcome = { name: string; day: Day; met: boolean; missing: { name: string; why: string }[] };
