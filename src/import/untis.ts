// Untis GPU exports → a scenario: classes (GPU003), teachers (GPU004), rooms (GPU005), subjects (GPU006) and the
// lessons per class and teacher (GPU002, or GPU001 — the lessons placed in the timetable — counted per week).
// Comma or semicolon separated, UTF-8 or Windows-1252. Untis exports no time grid: it comes from --into or the
// usual 6/6/4/6/6 week.
//
// Columns used (Untis "DIF" export, 1-based):
//   GPU001 timetable: 1 lesson no., 2 class, 3 teacher, 4 subject, 5 room, 6 day (1 = Monday), 7 period
//   GPU002 lessons:   1 lesson no., 2 periods per week, 3 per class, 4 per teacher, 5 class, 6 teacher, 7 subject, 8 room
//   GPU003 classes:   1 short name, 2 long name
//   GPU004 teachers:  1 short name, 2 surname (long name)
//   GPU005 rooms:     1 short name, 2 long name
//   GPU006 subjects:  1 short name, 2 long name
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { InputError, type ScenarioInput } from "../model/index.js";
import {
  DEFAULT_GRID_NOTE,
  IdMaker,
  defaultDayGrid,
  defaultSchoolYear,
  emptyReport,
  ImportError,
  mergeInto,
  validateResult,
  type Part,
} from "./common.js";
import type { SpreadsheetOptions } from "./spreadsheet.js";
import { decodeText, parseCsv } from "./tables.js";

export const isUntisFile = (f: string) => /GPU00[1-6]\.TXT$/i.test(basename(f));

const LO = /^(lo|gym|turnen|sport|bewegingsopvoeding|bo)$/i;
const RELIGION = /^(rk|isl|ncz|prot|ort|lbv|godsdienst|levensbeschouwing|zedenleer)$/i;

export function importUntis(files: string[], opts: SpreadsheetOptions = {}) {
  const report = emptyReport();
  const byKind = new Map<string, { rows: string[][]; file: string }>();
  for (const f of files) {
    const kind = /GPU00([1-6])/i.exec(basename(f))![1];
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch (e) {
      throw new InputError(`Kan ${f} niet lezen (${(e as NodeJS.ErrnoException).code ?? "onbekende fout"})`);
    }
    const { text, encoding } = decodeText(bytes);
    if (encoding !== "utf-8") report.notes.push(`${basename(f)} gelezen als Windows-1252`);
    byKind.set(kind, { rows: parseCsv(text, f).filter((r) => r.some((c) => c.trim() !== "")), file: basename(f) });
  }
  const lessonsFrom = byKind.get("2") ?? byKind.get("1");
  if (!lessonsFrom)
    throw new ImportError(
      "Geef ook de lessen: GPU002.TXT (Unterricht) of GPU001.TXT (Stundenplan) / the lessons file is missing",
      report,
    );
  const cell = (r: string[], i: number) => (r[i - 1] ?? "").trim();

  // Lessons: (class, teacher, subject) → periods per week.
  const perWeek = new Map<string, number>();
  const add = (cls: string, teacher: string, subject: string, n: number) => {
    const k = `${cls}\u0000${teacher}\u0000${subject}`;
    perWeek.set(k, (perWeek.get(k) ?? 0) + n);
  };
  lessonsFrom.rows.forEach((r, i) => {
    const where = `${lessonsFrom.file}, rij ${i + 1}`;
    const [cls, teacher, subject] = byKind.has("2")
      ? [cell(r, 5), cell(r, 6), cell(r, 7)]
      : [cell(r, 2), cell(r, 3), cell(r, 4)];
    const n = byKind.has("2") ? Number(cell(r, 2).replace(",", ".")) : 1;
    if (!cls || !teacher) {
      report.notes.push(`${where}: les zonder klas of leerkracht overgeslagen`);
      return;
    }
    if (!(n > 0)) {
      report.problems.push({
        where: `${where}, kolom 2 (Wstd)`,
        message: `'${cell(r, 2)}' is geen aantal lestijden per week`,
      });
      return;
    }
    // Untis writes a coupled lesson's several classes as "1A~1B" in some exports: each class gets the lesson.
    for (const c of cls.split("~")) add(c.trim(), teacher, subject, Math.round(n));
  });
  if (report.problems.length) throw new ImportError("Fouten in de Untis-bestanden / errors in the Untis files", report);

  const longName = (kind: string) =>
    new Map((byKind.get(kind)?.rows ?? []).map((r) => [cell(r, 1), cell(r, 2) || cell(r, 1)]));
  const classNames = longName("3");
  const teacherNames = longName("4");
  const subjectNames = longName("6");
  if (byKind.has("5")) report.notes.push(`${byKind.get("5")!.rows.length} lokalen (GPU005) niet ingelezen`);

  const classes = [...new Set([...classNames.keys(), ...[...perWeek.keys()].map((k) => k.split("\u0000")[0])])];
  const teachers = [...new Set([...teacherNames.keys(), ...[...perWeek.keys()].map((k) => k.split("\u0000")[1])])];
  const staffIds = new IdMaker(opts.into?.staff?.map((s) => s.id));
  const sid = new Map(teachers.map((t) => [t, opts.into?.staff?.find((s) => s.id === t)?.id ?? staffIds.make(t)]));
  const groupIds = new IdMaker();
  const gid = new Map(classes.map((c) => [c, opts.into?.groups?.find((g) => g.id === c)?.id ?? groupIds.make(c)]));

  const load = new Map<string, number>();
  const classTeacher = new Map<string, string>();
  for (const c of classes) {
    const m = new Map<string, number>();
    for (const [k, n] of perWeek) {
      const [kc, t] = k.split("\u0000");
      if (kc === c) m.set(t, (m.get(t) ?? 0) + n);
    }
    const best = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) classTeacher.set(c, best[0]);
  }
  const noLessons = classes.filter((c) => !classTeacher.has(c));
  if (noLessons.length) report.notes.push(`klas(sen) zonder lessen niet ingelezen: ${noLessons.join(", ")}`);
  const subjectIds = new IdMaker();
  const subjMap = new Map<
    string,
    { id: string; subject: string; teacher: string; periods: number; groups: string[] }
  >();
  let ownPeriods = 0;
  for (const [k, n] of perWeek) {
    const [c, t, subject] = k.split("\u0000");
    load.set(t, (load.get(t) ?? 0) + n);
    if (classTeacher.get(c) === t) {
      ownPeriods += n;
      continue;
    }
    const key = `${subject}\u0000${t}\u0000${Math.min(10, n)}`;
    const s = subjMap.get(key) ?? {
      id: subjectIds.make(subject || "vak"),
      subject,
      teacher: t,
      periods: Math.min(10, n),
      groups: [],
    };
    s.groups.push(gid.get(c)!);
    subjMap.set(key, s);
    if (n > 10) report.notes.push(`${subject} in ${c} bij ${t}: ${n} lestijden, op 10 gezet`);
  }
  const classTeachers = new Set(classTeacher.values());
  const subjectsOf = (t: string) =>
    [...perWeek.keys()].filter((k) => k.split("\u0000")[1] === t).map((k) => k.split("\u0000")[2]);
  const staff = teachers
    .filter((t) => load.has(t))
    .map((t) => {
      const subs = subjectsOf(t);
      const ambt = classTeachers.has(t)
        ? "onderwijzer"
        : subs.every((s) => LO.test(s))
          ? "leermeester-lo"
          : subs.every((s) => RELIGION.test(s))
            ? "leermeester-levensbeschouwing"
            : "onderwijzer";
      return {
        id: sid.get(t)!,
        name: teacherNames.get(t) ?? t,
        ambt,
        fraction: `${classTeachers.has(t) ? 24 : Math.min(24, Math.max(1, load.get(t)!))}/24`,
      };
    });
  const groups = classes
    .filter((c) => classTeacher.has(c))
    .map((c) => {
      const kleuter = /^k/i.test(c);
      const digit = /(\d)/.exec(c);
      return {
        id: gid.get(c)!,
        name: classNames.get(c) ?? c,
        level: kleuter ? "kleuter" : "lager",
        grades: [Math.min(kleuter ? 3 : 6, Math.max(1, digit ? Number(digit[1]) : 1))],
        pupils: 20,
        classTeachers: [sid.get(classTeacher.get(c)!)!],
      };
    });
  const subjects = [...subjMap.values()].map((s) => ({
    id: s.id,
    name: subjectNames.get(s.subject) ?? s.subject,
    groups: s.groups,
    periods: s.periods,
    taughtBy: { staff: [sid.get(s.teacher)!] },
    maxPerDay: 1,
    minDaysApart: 0,
  }));
  report.notes.push(
    "De klasleerkracht is wie de meeste lestijden in de klas geeft; de andere lessen zijn vakken (LO, levensbeschouwing, ...)",
    `${ownPeriods} lestijden van klasleerkrachten zelf: die vult Vrijrooster vanzelf in`,
    "Untis exporteert geen leerlingenaantallen: 20 per klas aangenomen; niveau en leerjaar uit de klasnaam (K… = kleuter)",
  );
  report.counts = { klassen: groups.length, personeelsleden: staff.length, vakken: subjects.length };
  const parts = { groups, staff, subjects } as unknown as Pick<ScenarioInput, Part>;
  let input: ScenarioInput;
  if (opts.into) {
    const { merged, summary } = mergeInto(opts.into, parts as never);
    report.merge = summary;
    input = merged;
  } else {
    report.notes.push(DEFAULT_GRID_NOTE);
    input = {
      name: opts.name ?? "Untis-school",
      schoolYear: opts.schoolYear ?? defaultSchoolYear(),
      dayGrids: [defaultDayGrid()],
      ...parts,
    };
  }
  const scenario = validateResult(input, report);
  return { scenario, input, report };
}
