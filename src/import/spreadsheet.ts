// The template's sheets (xlsx or CSV) → a scenario. Every cell is checked; a problem is reported at its place
// ("blad Personeel, rij 7, kolom Ambt: …") and the row it is in is left out whole, never half-imported.
import type { Day, ScenarioInput } from "../model/index.js";
import {
  DEFAULT_GRID_NOTE,
  IdMaker,
  closest,
  defaultDayGrid,
  defaultSchoolYear,
  emptyReport,
  ImportError,
  mergeInto,
  unknownValue,
  validateResult,
  type ImportReport,
  type Part,
} from "./common.js";
import {
  AMBT_VALUES,
  DAY_ALIASES,
  DAY_CODES,
  DAY_VALUES,
  EXTERNAL_KINDS,
  MODES,
  PREFER,
  PURPOSES,
  SHEETS,
  YES_NO,
  sheetByName,
  type SheetDef,
} from "./sheets.js";
import type { CellValue, Table } from "./tables.js";

type Obj = Record<string, unknown>;

/** One row being read: each getter checks its cell and records a problem at its place. */
class RowReader {
  ok = true;
  constructor(
    private def: SheetDef,
    private table: Table,
    readonly rowNumber: number,
    private cells: Map<string, CellValue>,
    private report: ImportReport,
  ) {}
  rowPlace(): string {
    return `blad ${this.table.sheet}, rij ${this.rowNumber}`;
  }
  place(key: string): string {
    const col = this.def.columns.find((c) => c.key === key);
    return `blad ${this.table.sheet}, rij ${this.rowNumber}, kolom ${col?.header ?? key}`;
  }
  fail(key: string, message: string): undefined {
    this.ok = false;
    this.report.problems.push({ where: this.place(key), message });
    return undefined;
  }
  raw(key: string): CellValue {
    const v = this.cells.get(key);
    return typeof v === "string" && v.trim() === "" ? undefined : v;
  }
  str(key: string, required = false): string | undefined {
    const v = this.raw(key);
    if (v === undefined)
      return required ? this.fail(key, "dit veld is verplicht en is leeg / required, but empty") : undefined;
    return String(v instanceof Date ? v.toISOString() : v).trim();
  }
  int(key: string, min: number, max: number, required = false): number | undefined {
    const v = this.raw(key);
    if (v === undefined)
      return required ? this.fail(key, "dit veld is verplicht en is leeg / required, but empty") : undefined;
    const n = typeof v === "number" ? v : Number(String(v).trim().replace(",", "."));
    if (!Number.isInteger(n)) return this.fail(key, `'${String(v)}' is geen geheel getal / not a whole number`);
    if (n < min || n > max) return this.fail(key, `${n} ligt niet tussen ${min} en ${max}`);
    return n;
  }
  num(key: string, min: number): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const n = typeof v === "number" ? v : Number(String(v).trim().replace(",", "."));
    if (!Number.isFinite(n) || n < min) return this.fail(key, `'${String(v)}' is geen getal ≥ ${min}`);
    return n;
  }
  /** A value from a list; a near miss gets "bedoelde je …?". */
  oneOf<T extends string>(key: string, allowed: readonly T[], required = false): T | undefined {
    const v = this.raw(key);
    if (v === undefined)
      return required ? this.fail(key, "dit veld is verplicht en is leeg / required, but empty") : undefined;
    const s = String(v);
    if ((allowed as readonly string[]).includes(s)) return s as T;
    return this.fail(key, unknownValue(s, allowed));
  }
  yesNo(key: string): boolean | undefined {
    const v = this.raw(key);
    if (typeof v === "boolean") return v;
    const s = v === undefined ? undefined : String(v).trim().toLowerCase();
    if (s === undefined) return undefined;
    if (["ja", "j", "yes", "y", "x", "1", "waar", "true"].includes(s)) return true;
    if (["nee", "n", "no", "0", "onwaar", "false"].includes(s)) return false;
    return this.fail(key, unknownValue(String(v), YES_NO));
  }
  list(key: string, required = false): string[] {
    const s = this.str(key, required);
    return s === undefined
      ? []
      : s
          .split(/[,;/]| en /)
          .map((x) => x.trim())
          .filter(Boolean);
  }
  day(key: string, text: string): Day | undefined {
    const t = text.trim().toLowerCase();
    const nl = (DAY_VALUES as readonly string[]).includes(t) ? (t as keyof typeof DAY_CODES) : DAY_ALIASES[t];
    if (nl) return DAY_CODES[nl];
    return this.fail(key, unknownValue(text, DAY_VALUES));
  }
  time(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return this.fail(key, "dit veld is verplicht en is leeg / required, but empty");
    if (v instanceof Date)
      return `${String(v.getUTCHours()).padStart(2, "0")}:${String(v.getUTCMinutes()).padStart(2, "0")}`;
    if (typeof v === "number" && v >= 0 && v < 1) {
      const m = Math.round(v * 24 * 60);
      return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    }
    const m = /^(\d{1,2})\s*[:.hu]\s*(\d{2})$/.exec(String(v).trim());
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59)
      return this.fail(key, `'${String(v)}' is geen uur; schrijf UU:MM, bv. 08:30`);
    return `${m[1].padStart(2, "0")}:${m[2]}`;
  }
  date(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return this.fail(key, "dit veld is verplicht en is leeg / required, but empty");
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    const s = String(v).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
    return this.fail(key, `'${s}' is geen datum; schrijf JJJJ-MM-DD of DD/MM/JJJJ`);
  }
}

/** Looks a person or class up by id or by name (trimmed, any case); a near miss gets "bedoelde je …?". */
class Lookup {
  private byKey = new Map<string, string>();
  private labels: string[] = [];
  constructor(readonly what: string) {}
  add(id: string, name?: string) {
    this.byKey.set(id.toLowerCase(), id);
    this.labels.push(name ?? id);
    if (name) this.byKey.set(name.trim().toLowerCase().replace(/\s+/g, " "), id);
  }
  has(id: string) {
    return this.byKey.has(id.toLowerCase());
  }
  find(text: string): string | undefined {
    return this.byKey.get(text.trim().toLowerCase().replace(/\s+/g, " "));
  }
  resolve(r: RowReader, key: string, text: string): string | undefined {
    const id = this.find(text);
    if (id) return id;
    const c = closest(text, this.labels);
    return r.fail(
      key,
      c
        ? `${this.what} '${text}' bestaat niet — bedoelde je '${c}'?`
        : `${this.what} '${text}' staat nergens in het bestand`,
    );
  }
}

function columnMap(def: SheetDef, table: Table, report: ImportReport): Map<string, number> {
  const map = new Map<string, number>();
  const norm = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/\s*\*$/, "");
  table.headers.forEach((h, i) => {
    if (!h) return;
    const col = def.columns.find((c) => norm(c.header) === norm(h) || c.key.toLowerCase() === norm(h));
    if (col) map.set(col.key, i);
    else {
      const c = closest(
        h,
        def.columns.map((x) => x.header),
      );
      report.notes.push(
        `blad ${table.sheet}, kolom '${h}' is onbekend en genegeerd${c ? ` — bedoelde je '${c}'?` : ""} / unknown column ignored`,
      );
    }
  });
  for (const c of def.columns)
    if (c.required && !map.has(c.key))
      report.problems.push({
        where: `blad ${table.sheet}, rij 1`,
        message: `de kolom '${c.header}' ontbreekt / the column is missing`,
      });
  return map;
}

function rowsOf(def: SheetDef, table: Table, report: ImportReport): RowReader[] {
  const cols = columnMap(def, table, report);
  const example = def.columns.map((c) => String(c.example));
  const readers: RowReader[] = [];
  for (const row of table.rows) {
    const cells = new Map<string, CellValue>();
    for (const [key, i] of cols) cells.set(key, row.cells[i]);
    if (def.columns.every((c) => String(cells.get(c.key) ?? "") === example[def.columns.indexOf(c)])) {
      report.notes.push(
        `blad ${table.sheet}, rij ${row.rowNumber} is het voorbeeld uit het sjabloon en is overgeslagen`,
      );
      continue;
    }
    readers.push(new RowReader(def, table, row.rowNumber, cells, report));
  }
  return readers;
}

export interface SpreadsheetOptions {
  into?: ScenarioInput;
  name?: string;
  schoolYear?: string;
}

/** The tables of a workbook (or of CSV files, one per sheet) → a validated scenario and the report. */
export function importTables(tables: Table[], opts: SpreadsheetOptions = {}) {
  const report = emptyReport();
  const bySheet = new Map<string, Table>();
  for (const t of tables) {
    const def = sheetByName(t.sheet);
    if (def) bySheet.set(def.name, t);
    else if (t.sheet.toLowerCase() !== "uitleg") {
      const c = closest(
        t.sheet,
        SHEETS.map((s) => s.name),
      );
      report.problems.push({
        where: `blad ${t.sheet}`,
        message: `dit blad is onbekend${c ? ` — bedoelde je '${c}'?` : ""}; bladen: ${SHEETS.map((s) => s.name).join(", ")}`,
      });
    }
  }
  if (bySheet.size === 0)
    throw new ImportError(
      `Geen enkel blad van het sjabloon gevonden / no sheet of the template found (${SHEETS.map((s) => s.name).join(", ")})`,
      report,
    );

  const into = opts.into;
  const rows = (name: string) => {
    const t = bySheet.get(name);
    return t ? rowsOf(sheetByName(name)!, t, report) : [];
  };
  const staffIds = new IdMaker(into?.staff?.map((s) => s.id));
  const extIds = new IdMaker(into?.externals?.map((s) => s.id));
  const staffL = new Lookup("personeelslid");
  const extL = new Lookup("externe");
  const groupL = new Lookup("klas");
  for (const s of into?.staff ?? []) staffL.add(s.id, s.name);
  for (const x of into?.externals ?? []) extL.add(x.id, x.name);
  for (const g of into?.groups ?? []) groupL.add(g.id, g.name);
  const out: Record<Part, Obj[]> = {
    groups: [],
    staff: [],
    subjects: [],
    externals: [],
    interns: [],
    releaseGoals: [],
  };
  const places = new Map<string, string>();
  const keep = (part: Part, obj: Obj, r: RowReader) => {
    if (!r.ok) return;
    places.set(`${part}[${out[part].length}]`, r.rowPlace());
    out[part].push(obj);
  };

  // People first: the other sheets refer to them by name.
  const staffRows = rows("Personeel");
  for (const r of staffRows) {
    const name = r.str("name", true);
    const code = r.str("id");
    const existing = code ? undefined : name ? staffL.find(name) : undefined;
    const id = code ?? existing ?? (name ? staffIds.make(name) : undefined);
    if (id && !/^[A-Za-z0-9_.:-]+$/.test(id))
      r.fail("id", `'${id}' mag enkel letters, cijfers, '-', '_', '.' of ':' bevatten`);
    const ambt = r.oneOf("ambt", AMBT_VALUES, true);
    const fraction = r.str("fraction");
    if (fraction && !/^\d{1,2}\/(24|36)$/.test(fraction.replace(/\s/g, "")))
      r.fail("fraction", `'${fraction}' is geen opdracht; schrijf x/24 of x/36, bv. 20/24`);
    const email = r.str("email");
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) r.fail("email", `'${email}' is geen e-mailadres`);
    const meeting = r.int("meetingMinutesPerWeek", 0, 1560);
    const care = r.yesNo("careTeacher");
    const noSub = r.yesNo("noSubstitution");
    const plage = r.int("plageMax", 1, 28);
    if (name && id) staffL.add(id, name);
    keep(
      "staff",
      {
        id,
        name,
        ambt,
        ...(fraction ? { fraction: fraction.replace(/\s/g, "") } : {}),
        ...(email ? { email } : {}),
        ...(meeting !== undefined ? { meetingMinutesPerWeek: meeting } : {}),
        ...(plage !== undefined ? { plageMax: plage } : {}),
        flags: {
          keepsCareHoursInClass: false,
          noSubstitution: noSub ?? false,
          noSupervision: false,
          careTeacher: care ?? false,
        },
      },
      r,
    );
  }
  for (const r of rows("Externen")) {
    const name = r.str("name", true);
    const id = r.str("id") ?? (name ? (extL.find(name) ?? extIds.make(name)) : undefined);
    const kind = r.oneOf("kind", Object.keys(EXTERNAL_KINDS), true);
    const email = r.str("email");
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) r.fail("email", `'${email}' is geen e-mailadres`);
    if (name && id) extL.add(id, name);
    keep("externals", { id, name, kind: kind && EXTERNAL_KINDS[kind], ...(email ? { email } : {}) }, r);
  }
  const groupRows = rows("Klassen");
  for (const r of groupRows) {
    const id = r.str("id", true);
    const name = r.str("name");
    if (id) groupL.add(id, name);
  }
  for (const r of groupRows) {
    const id = r.str("id", true);
    if (id && !/^[A-Za-z0-9_.:-]+$/.test(id))
      r.fail("id", `'${id}' mag enkel letters, cijfers, '-', '_', '.' of ':' bevatten`);
    const name = r.str("name");
    const level = r.oneOf("level", ["kleuter", "lager"] as const, true);
    const grades = r.list("grades", true).map((g) => {
      const n = Number(g.replace(/^[KkLl]/, ""));
      return Number.isInteger(n) && n >= 1 && n <= (level === "kleuter" ? 3 : 6)
        ? n
        : (r.fail("grades", `'${g}' is geen leerjaar (${level === "kleuter" ? "1-3" : "1-6"})`) ?? 0);
    });
    const pupils = r.int("pupils", 1, 60, true);
    const classTeachers = r.list("classTeachers", true).map((t) => staffL.resolve(r, "classTeachers", t));
    const coTeachers = r.list("coTeachers").map((t) => staffL.resolve(r, "coTeachers", t));
    keep("groups", { id, ...(name ? { name } : {}), level, grades, pupils, classTeachers, coTeachers }, r);
  }

  // Availability: per person, the windows of the rows that name them.
  const avail = new Map<
    string,
    { part: "staff" | "externals"; days: Partial<Record<Day, { from: string; to: string }[]>> }
  >();
  for (const r of rows("Beschikbaarheid")) {
    const who = r.str("who", true);
    const dayText = r.str("day", true);
    const day = dayText === undefined ? undefined : r.day("day", dayText);
    const from = r.time("from");
    const to = r.time("to");
    if (from && to && from >= to) r.fail("to", `het einde (${to}) moet na het begin (${from}) liggen`);
    let part: "staff" | "externals" | undefined;
    let id: string | undefined;
    if (who) {
      id = staffL.find(who);
      part = id ? "staff" : undefined;
      if (!id && (id = extL.find(who))) part = "externals";
      if (!id) staffL.resolve(r, "who", who);
    }
    if (!r.ok || !id || !part || !day || !from || !to) continue;
    const a = avail.get(id) ?? { part, days: {} };
    (a.days[day] ??= []).push({ from, to });
    avail.set(id, a);
  }
  for (const [id, a] of avail) {
    const target =
      out[a.part].find((o) => o.id === id) ??
      (() => {
        const old = (into?.[a.part] as Obj[] | undefined)?.find((o) => o.id === id);
        if (!old) return undefined;
        const copy = { ...old };
        out[a.part].push(copy);
        return copy;
      })();
    if (target) target.availability = a.days;
  }

  const allGroups = () => [
    ...new Set([...(into?.groups ?? []).map((g) => g.id), ...out.groups.map((g) => String(g.id))]),
  ];
  const levelOf = (gid: string) =>
    (out.groups.find((g) => g.id === gid) ?? into?.groups?.find((g) => g.id === gid))?.level;
  for (const r of rows("Vakken")) {
    const id = r.str("id", true);
    if (id && !/^[A-Za-z0-9_.:-]+$/.test(id))
      r.fail("id", `'${id}' mag enkel letters, cijfers, '-', '_', '.' of ':' bevatten`);
    const name = r.str("name") ?? id;
    const groups = r.list("groups", true).flatMap((g) => {
      const k = g.toLowerCase();
      if (k === "alle") return allGroups();
      if (k === "lager" || k === "kleuter") return allGroups().filter((x) => levelOf(x) === k);
      return [groupL.resolve(r, "groups", g)];
    });
    const periods = r.int("periods", 1, 10, true);
    const who = r.list("staff", true);
    const taughtBy =
      who.length === 1 && who[0].toLowerCase() === "klasleerkracht"
        ? "class"
        : { staff: who.map((t) => staffL.resolve(r, "staff", t)) };
    const maxPerDay = r.int("maxPerDay", 1, 10);
    const minDaysApart = r.int("minDaysApart", 0, 4);
    const prefer = r.oneOf("prefer", Object.keys(PREFER));
    const together = r.yesNo("together");
    keep(
      "subjects",
      {
        id,
        name,
        groups,
        periods,
        taughtBy,
        ...(maxPerDay !== undefined ? { maxPerDay } : {}),
        ...(minDaysApart !== undefined ? { minDaysApart } : {}),
        ...(prefer ? { prefer: PREFER[prefer as keyof typeof PREFER] } : {}),
        ...(together ? { together } : {}),
      },
      r,
    );
  }
  const internIds = new IdMaker(into?.interns?.map((s) => s.id));
  for (const r of rows("Stagiairs")) {
    const name = r.str("name", true);
    const id = r.str("id") ?? (name ? internIds.make(name) : undefined);
    const college = r.str("college", true);
    const mentorText = r.str("mentor", true);
    const mentor = mentorText && staffL.resolve(r, "mentor", mentorText);
    const groupText = r.str("group", true);
    const group = groupText && groupL.resolve(r, "group", groupText);
    const from = r.date("from");
    const to = r.date("to");
    if (from && to && to < from) r.fail("to", `de stage eindigt (${to}) vóór ze begint (${from})`);
    const weekdays = r.list("weekdays", true).map((d) => r.day("weekdays", d));
    const independent = r.yesNo("independent");
    keep(
      "interns",
      { id, name, college, mentor, group, placements: [{ from, to }], weekdays, independent: independent ?? false },
      r,
    );
  }
  const goalIds = new IdMaker(into?.releaseGoals?.map((s) => s.id));
  for (const r of rows("Doelen")) {
    const name = r.str("name", true);
    const id = r.str("id") ?? (name ? goalIds.make(name) : undefined);
    const purpose = r.oneOf("purpose", Object.keys(PURPOSES));
    const members = r.list("members", true).map((t) => staffL.resolve(r, "members", t));
    const optionalMembers = r.list("optionalMembers").map((t) => staffL.resolve(r, "optionalMembers", t));
    const externals = r.list("externals").map((t) => extL.resolve(r, "externals", t));
    const mode = r.oneOf("mode", Object.keys(MODES));
    const minBlockMinutes = r.int("minBlockMinutes", 30, 600);
    const every = r.int("everyWeeks", 1, 12);
    const weight = r.num("weight", 0);
    const required = r.yesNo("required");
    keep(
      "releaseGoals",
      {
        id,
        name,
        purpose: purpose ? PURPOSES[purpose as keyof typeof PURPOSES] : "plg",
        members,
        optionalMembers,
        externals,
        mode: mode ? MODES[mode as keyof typeof MODES] : "physical",
        ...(minBlockMinutes !== undefined ? { minBlockMinutes } : {}),
        frequency: every && every > 1 ? { kind: "every-n-weeks", n: every } : { kind: "weekly" },
        ...(weight !== undefined ? { weight } : {}),
        required: required ?? false,
      },
      r,
    );
  }

  const labels: Record<Part, string> = {
    groups: "klassen",
    staff: "personeelsleden",
    subjects: "vakken",
    externals: "externen",
    interns: "stagiairs",
    releaseGoals: "doelen",
  };
  for (const p of Object.keys(out) as Part[]) if (out[p].length) report.counts[labels[p]] = out[p].length;
  if (report.problems.length) throw new ImportError(problemsTitle(report), report);

  let input: ScenarioInput;
  if (into) {
    const { merged, summary } = mergeInto(into, out as never);
    report.merge = summary;
    input = merged;
  } else {
    report.notes.push(DEFAULT_GRID_NOTE);
    const schoolYear = opts.schoolYear ?? defaultSchoolYear();
    if (!opts.schoolYear) report.notes.push(`Schooljaar / school year: ${schoolYear} (wijzig met --school-year)`);
    input = {
      name: opts.name ?? "Mijn school",
      schoolYear,
      dayGrids: [defaultDayGrid()],
      ...(out as unknown as Pick<ScenarioInput, Part>),
    };
  }
  const scenario = validateResult(input, report, (p) => (into ? undefined : places.get(p)));
  return { scenario, input, report };
}

export function problemsTitle(r: ImportReport): string {
  return `${r.problems.length} ${r.problems.length === 1 ? "probleem" : "problemen"} in het bestand — niets ingelezen / nothing imported`;
}
