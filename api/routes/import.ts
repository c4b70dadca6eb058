// Import in the web app (issue 13): spreadsheet (the xlsx template or CSV sheets), FET and Untis GPU files sent as
// JSON with base64 content → a scenario and the importer's report, NOT stored (the user accepts first, then
// POST /api/scenarios or PUT /api/scenarios/{id}). Rows in error are a 422 with each problem at its place
// (sheet, row, column); a file that is no spreadsheet/FET/Untis file is a 422 in words, never a 5xx.
// The files go to a private temporary folder for the importer (src/import reads paths) and are removed at once.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { buildTemplate, ImportError, importFiles, type ImportReport } from "../../src/import/index.js";
import { InputError, MAX_PROBLEMS, type ScenarioInput } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound, type FieldError } from "../problem.js";
import { route } from "../route.js";

const KINDS = ["xlsx", "csv", "fet", "untis"] as const;
type Kind = (typeof KINDS)[number];

const ImportFile = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: "The file's name as the user chose it", example: "school.xlsx" }),
  content: z
    .string()
    .min(1)
    .max(8_000_000)
    .regex(/^[A-Za-z0-9+/=\s]*$/, "is geen base64")
    .meta({ description: "The file's bytes, base64" }),
});

const ImportBody = z
  .object({
    files: z.array(ImportFile).min(1).max(20).meta({
      description: "One .xlsx, one .fet/.fet.gz, CSV files (one per sheet) or Untis GPU001-006.TXT files",
    }),
    kind: z.enum(KINDS).optional().meta({ description: "Only when the file names do not tell" }),
    into: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: "A stored scenario: merge into its latest version (as `import --into`)" }),
    name: z.string().trim().min(1).max(200).optional().meta({ description: "The school's name (new school)" }),
    schoolYear: z
      .string()
      .regex(/^20\d\d-20\d\d$/, "schrijf het schooljaar als 2026-2027")
      .optional(),
  })
  .strict()
  .meta({ id: "ImportRequest" });

const Report = z
  .object({
    problems: z.array(z.object({ where: z.string(), message: z.string() })),
    notes: z.array(z.string()),
    counts: z.record(z.string(), z.number()),
    merge: z
      .object({
        added: z.record(z.string(), z.array(z.string())),
        updated: z.record(z.string(), z.array(z.string())),
        kept: z.record(z.string(), z.array(z.string())),
      })
      .optional(),
  })
  .meta({ id: "ImportReport" });

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ACCEPTED =
  "Vrijrooster leest het sjabloon (.xlsx), CSV-bestanden (één per blad), een FET-bestand (.fet) en Untis-bestanden (GPU001-006.TXT)";

/** A name that is safe as a file name and keeps what the importer reads from it (extension, GPU00x, sheet name). */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[^\p{L}\p{N} ._()-]+/gu, "_")
    .replace(/^\.+/, "")
    .slice(-120);
  return clean || "bestand";
}

const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isGzip = (b: Buffer) => b[0] === 0x1f && b[1] === 0x8b;
const looksLikeFet = (b: Buffer) => /<fet[\s>]/i.test(b.subarray(0, 4096).toString("utf8"));

/** The kind a file's name tells, or undefined. */
function kindOfName(name: string): Kind | undefined {
  const n = name.toLowerCase();
  if (n.endsWith(".xlsx")) return "xlsx";
  if (n.endsWith(".fet") || n.endsWith(".fet.gz")) return "fet";
  if (/gpu00[1-6]\.txt$/.test(n)) return "untis";
  if (n.endsWith(".csv")) return "csv";
  return undefined;
}

/** The kind the bytes tell (for a file whose name does not): a zip is a workbook, FET XML is FET. */
function kindOfBytes(b: Buffer): Kind | undefined {
  if (isZip(b)) return "xlsx";
  if (isGzip(b) || looksLikeFet(b)) return "fet";
  return undefined;
}

const refuse = (detail: string, field = "files") =>
  new HttpProblem(422, "invalid-input", detail, [{ field, pointer: `/${field.replace(/\./g, "/")}`, detail }], 1);

interface Upload {
  name: string;
  bytes: Buffer;
}

/** Checks every file and gives it the name the importer needs (its kind's extension). */
function prepare(files: Upload[], given: Kind | undefined): { files: Upload[]; kind: Kind } {
  const kinds = files.map((f, i) => {
    const k = given ?? kindOfName(f.name) ?? kindOfBytes(f.bytes);
    if (!k)
      throw refuse(
        `'${f.name}': onbekend soort bestand. ${ACCEPTED}. Kies het juiste bestand, of zeg welk soort het is (kind).`,
        `files.${i}.name`,
      );
    return k;
  });
  const kind = kinds[0];
  const other = kinds.findIndex((k) => k !== kind);
  if (other >= 0)
    throw refuse(
      `'${files[0].name}' en '${files[other].name}' zijn verschillende soorten bestanden: importeer ze apart`,
      `files.${other}.name`,
    );
  if ((kind === "xlsx" || kind === "fet") && files.length > 1)
    throw refuse(
      kind === "xlsx"
        ? "Kies één Excel-bestand (.xlsx): alle bladen staan erin"
        : "Kies één FET-bestand: de hele school staat erin",
    );
  const out = files.map((f, i) => {
    let name = safeName(f.name);
    if (kind === "xlsx") {
      if (!isZip(f.bytes))
        throw refuse(
          `'${f.name}' is geen Excel-werkmap (.xlsx). Open het in Excel en kies Opslaan als → Excel-werkmap (.xlsx), of gebruik het sjabloon.`,
          `files.${i}.content`,
        );
      if (!name.toLowerCase().endsWith(".xlsx")) name += ".xlsx";
    }
    if (kind === "fet") {
      if (!isGzip(f.bytes) && !looksLikeFet(f.bytes))
        throw refuse(
          `'${f.name}' is geen FET-bestand: er staat geen <fet> in. Bewaar het rooster in FET (Bestand → Opslaan) en kies dat .fet-bestand.`,
          `files.${i}.content`,
        );
      const lower = name.toLowerCase();
      if (!lower.endsWith(".fet") && !lower.endsWith(".fet.gz")) name += isGzip(f.bytes) ? ".fet.gz" : ".fet";
    }
    if (kind === "untis" && !/GPU00[1-6]\.TXT$/i.test(name))
      throw refuse(
        `'${f.name}': Untis-bestanden heten GPU001.TXT tot GPU006.TXT (de DIF-export van Untis); hernoem het bestand zo`,
        `files.${i}.name`,
      );
    if (kind === "csv") {
      if (isZip(f.bytes) || f.bytes.includes(0))
        throw refuse(
          `'${f.name}' is geen CSV-bestand (tekst met ; of ,). Bewaar het blad in Excel als CSV, of kies de .xlsx zelf.`,
          `files.${i}.content`,
        );
      if (!name.toLowerCase().endsWith(".csv")) name += ".csv";
    }
    return { name, bytes: f.bytes };
  });
  const seen = new Set<string>();
  for (const [i, f] of out.entries()) {
    if (seen.has(f.name.toLowerCase()))
      throw refuse(`'${f.name}' is twee keer gekozen: kies elk bestand één keer`, `files.${i}.name`);
    seen.add(f.name.toLowerCase());
  }
  return { files: out, kind };
}

/** The importer speaks to the command line in places; on the web the same thing is done elsewhere. */
const forTheWeb = (s: string) =>
  s
    .replace(/ \(wijzig met --school-year\)/g, " (wijzig het in de editor, tab School)")
    .replace(/ of geef --into met uw eigen scenario/g, " of werk een bestaande school bij vanuit haar editor");

/** Temporary paths never reach the user: the file name alone. */
function clean<T>(value: T, dir: string): T {
  const json = JSON.stringify(value)
    .split(dir + "/")
    .join("")
    .split(dir)
    .join("");
  return JSON.parse(forTheWeb(json)) as T;
}

/** "blad Personeel, rij 7, kolom Ambt" → sheet, row, column; "GPU002.TXT, rij 3, kolom 2 (Wstd)" too. */
export function placeOf(where: string): { sheet?: string; row?: number; column?: string; path?: string } {
  if (/^[a-zA-Z]+(\[\d+\])?(\.|$)/.test(where) && !where.startsWith("blad ")) return { path: where };
  const m = /^(?:blad )?(.+?)(?:, rij (\d+))?(?:, kolom (.+?))?(?: \(([a-zA-Z]+\[\d+\][^)]*)\))?$/.exec(where);
  if (!m) return {};
  return {
    sheet: m[1],
    ...(m[2] ? { row: Number(m[2]) } : {}),
    ...(m[3] ? { column: m[3] } : {}),
    ...(m[4] ? { path: m[4] } : {}),
  };
}

function rowProblems(report: ImportReport, message: string): HttpProblem {
  const all = report.problems;
  const errors = all.slice(0, MAX_PROBLEMS).map((p): FieldError => {
    const place = placeOf(p.where);
    return { field: p.where, pointer: "/files", detail: p.message, ...place } as FieldError;
  });
  const n = all.length;
  const detail =
    n === 0
      ? message
      : `${n} ${n === 1 ? "probleem" : "problemen"} in het bestand — niets ingelezen. Verbeter ${n === 1 ? "het" : "ze"} in het bestand en kies het opnieuw.`;
  return new HttpProblem(422, "invalid-input", detail, errors.length ? errors : undefined, n || undefined);
}

export function importRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "get",
      path: "/api/import/template",
      tag: "import",
      auth: true,
      summary: "The spreadsheet template (xlsx): fill it in and send it to POST /api/import",
      responses: { 200: { description: "The template", contentType: XLSX_TYPE, schema: z.string() } },
      handler: async ({ res }) => {
        const buf = Buffer.from(await buildTemplate().xlsx.writeBuffer());
        res.type(XLSX_TYPE).attachment("vrijrooster-sjabloon.xlsx").send(buf);
      },
    }),
    route({
      method: "post",
      path: "/api/import",
      tag: "import",
      auth: true,
      summary: "Read a school from a spreadsheet, FET or Untis files: the scenario and the report, not stored",
      description:
        "Nothing is stored: show the report, then store the scenario with POST /api/scenarios (a new school) or " +
        "PUT /api/scenarios/{into} (the merged school). Rows in error: 422 with each problem in errors " +
        "(field = the place in words, detail = the problem, and sheet, row, column).",
      body: ImportBody,
      bodyLabel: "De import",
      responses: {
        200: {
          description: "Read: the scenario (validated, defaults filled in) and what was read, assumed or left out",
          schema: z.object({
            format: z.enum(KINDS),
            scenario: z.record(z.string(), z.unknown()),
            report: Report,
            into: z.object({ id: z.string(), version: z.number().int() }).optional(),
          }),
        },
      },
      handler: async ({ body, res }) => {
        const uploads = body.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.content, "base64") }));
        for (const [i, f] of uploads.entries())
          if (f.bytes.length === 0) throw refuse(`'${f.name}' is leeg`, `files.${i}.content`);
        const { files } = prepare(uploads, body.kind);
        let into: { id: string; version: number; body: ScenarioInput } | undefined;
        if (body.into) {
          const s = store.getScenario(body.into);
          if (!s) throw notFound("Scenario", body.into);
          into = { id: s.id, version: s.version, body: s.body as ScenarioInput };
        }
        const dir = mkdtempSync(join(tmpdir(), "vrijrooster-upload-"));
        try {
          const paths = files.map((f) => {
            const p = join(dir, f.name);
            writeFileSync(p, f.bytes, { mode: 0o600 });
            return p;
          });
          let result;
          try {
            // Only the options given: an undefined name would hide the workbook's own name (importFiles spreads them).
            const opts = Object.fromEntries(
              Object.entries({ into: into?.body, name: body.name, schoolYear: body.schoolYear }).filter(
                ([, v]) => v !== undefined,
              ),
            );
            result = await importFiles(paths, opts);
          } catch (e) {
            if (e instanceof ImportError) throw rowProblems(clean(e.report, dir), clean(e.message, dir));
            if (e instanceof InputError) throw refuse(clean(e.message, dir));
            // A parser that trips over a damaged file: still the file's fault, said in words.
            throw refuse(
              `Dit bestand kon niet gelezen worden (${clean(String((e as Error)?.message ?? e), dir).slice(0, 200)}). ${ACCEPTED}.`,
            );
          }
          const report: ImportReport = clean(result.report, dir);
          res.json({
            format: result.format,
            scenario: result.scenario,
            report,
            ...(into ? { into: { id: into.id, version: into.version } } : {}),
          });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    }),
  ];
}
