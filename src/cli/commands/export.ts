// `vrijrooster export`: one week of a timetable as a workbook (xlsx), a folder of csv tables, a FET file with
// every lesson locked, or the printed week (html, pdf: the web app's print pages, see src/export/print).
// --out is checked before any work; a timetable made for another school is refused.
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildFet, csvTables, writeXlsx } from "../../export/index.js";
import { htmlToPdf, NoChromiumError } from "../../export/print/pdf.js";
import type { PrintSelection } from "../../export/print/PrintPages.js";
import {
  InputError,
  loadScenario,
  loadTimetable,
  type Candidate,
  type InputProblem,
  type Scenario,
  type Timetable,
} from "../../model/index.js";
import { checkOutFile, parseOptions, UsageError, writeOutFile, type Command } from "../command.js";

const FORMATS = ["xlsx", "csv", "fet", "html", "pdf"] as const;
type Format = (typeof FORMATS)[number];

/** --pages: which printed pages (html, pdf); Dutch names too. Default: all four. */
const PAGE_KINDS: Record<string, keyof PrintSelection> = {
  classes: "classes",
  klassen: "classes",
  teachers: "teachers",
  leerkrachten: "teachers",
  goals: "goals",
  overleg: "goals",
  load: "load",
  opdrachten: "load",
};

function pageSelection(list: string | undefined): PrintSelection {
  if (list === undefined) return { load: true };
  const kinds = list.split(",").map((x) => x.trim().toLowerCase());
  const wrong = kinds.filter((k) => !PAGE_KINDS[k]);
  if (wrong.length || kinds.length === 0)
    throw new UsageError(
      `--pages ${list}: '${wrong[0] ?? ""}' bestaat niet. Kies een of meer van classes, teachers, goals, load (met komma's, bv. --pages classes,load)`,
    );
  const on = new Set(kinds.map((k) => PAGE_KINDS[k]));
  const none: string[] = [];
  return {
    classes: on.has("classes") ? undefined : none,
    teachers: on.has("teachers") ? undefined : none,
    goals: on.has("goals") ? undefined : none,
    load: on.has("load"),
  };
}

/** Reads a file with the file's name in the message (the problems keep their field paths). */
function named<T>(file: string, read: (f: string) => T): T {
  try {
    return read(file);
  } catch (e) {
    if (e instanceof InputError && !e.message.includes(file)) throw new InputError(`${file}: ${e.message}`, e.problems);
    throw e;
  }
}

/** A csv folder: it exists and is a writable folder, or its parent does (it is made only when there is something to write). */
function checkOutFolder(folder: string): void {
  const target = existsSync(folder) ? folder : dirname(resolve(folder));
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new InputError(`--out ${folder} is een bestand. Geef voor csv een map, bv. --out export-csv`);
  if (!existsSync(target) || !statSync(target).isDirectory())
    throw new InputError(`--out ${folder}: de map ${target} bestaat niet. Maak ze eerst of kies een andere plaats.`);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new InputError(`--out ${folder}: u mag in ${target} niet schrijven. Kies een andere plaats.`);
  }
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new InputError(`--out ${folder}: kan de map niet maken (${(e as NodeJS.ErrnoException).code ?? "fout"}).`);
  }
}

/** Every class, person, goal and subject the week names must exist in the scenario (else: another school). */
function checkMatches(s: Scenario, c: Candidate, n: number, file: string): void {
  const groups = new Set(s.groups.map((g) => g.id));
  const people = new Set([...s.staff, ...s.externals, ...s.interns].map((p) => p.id));
  const goals = new Set(s.releaseGoals.map((g) => g.id));
  const at = `candidates[${n - 1}]`;
  const problems: InputProblem[] = [];
  c.lessons.forEach((l, i) => {
    for (const g of [l.group, ...(l.mergedWith ? [l.mergedWith] : [])])
      if (!groups.has(g)) problems.push({ path: `${at}.lessons[${i}].group`, message: `klas '${g}' bestaat niet` });
    [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])].forEach((p) => {
      if (!people.has(p)) problems.push({ path: `${at}.lessons[${i}].staff`, message: `persoon '${p}' bestaat niet` });
    });
  });
  c.releases.forEach((r, i) => {
    if (!goals.has(r.goal))
      problems.push({ path: `${at}.releases[${i}].goal`, message: `doel '${r.goal}' bestaat niet` });
  });
  if (problems.length)
    throw new InputError(
      `${file} past niet bij dit scenario (${problems.length} ${problems.length === 1 ? "verwijzing" : "verwijzingen"} naar iets dat er niet in staat): was het lesrooster voor een andere school?`,
      problems,
    );
}

export const exportCommand: Command = {
  name: "export",
  summary:
    "Export a week as a spreadsheet (xlsx/csv), a FET file with every lesson locked, or printable pages (html/pdf)",
  usage:
    "vrijrooster export <scenario.json> --timetable <result.json> --format xlsx|csv|fet|html|pdf [--candidate N]\n" +
    "                   [--pages classes,teachers,goals,load] --out <file of map>\n" +
    "  xlsx: één werkboek (Klassen, Leerkrachten, Overleg, Opdrachten); csv: vier .csv-bestanden in de map --out;\n" +
    "  fet: een FET-bestand (6.x) met elke les vastgezet;\n" +
    "  html: de afdrukpagina's in één HTML-bestand (A4 liggend: per klas, per leerkracht, per overlegmoment, de\n" +
    "  opdrachten); pdf: dezelfde pagina's als PDF, gemaakt met Chromium (/usr/bin/chromium of VRIJROOSTER_CHROMIUM)",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      timetable: { type: "string" },
      format: { type: "string" },
      candidate: { type: "string", default: "1" },
      out: { type: "string" },
      pages: { type: "string" },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        "Geef precies één scenariobestand: vrijrooster export <scenario.json> --timetable … --out …",
      );
    if (!values.timetable) throw new UsageError("Geef het lesrooster met --timetable <result.json>");
    const format = values.format as Format | undefined;
    if (!format || !FORMATS.includes(format))
      throw new UsageError(
        values.format
          ? `--format ${values.format} bestaat niet: kies xlsx, csv, fet, html of pdf`
          : "Kies een formaat met --format xlsx, csv, fet, html of pdf",
      );
    const printed = format === "html" || format === "pdf";
    if (values.pages !== undefined && !printed)
      throw new UsageError(`--pages hoort bij --format html of pdf, niet bij --format ${format}`);
    const selection = printed ? pageSelection(values.pages) : {};
    if (!values.out)
      throw new UsageError(
        format === "csv" ? "Geef de doelmap met --out <map>" : `Geef het doelbestand met --out <bestand.${format}>`,
      );
    const n = Number(values.candidate);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--candidate moet een geheel getal ≥ 1 zijn, niet '${values.candidate}'`);
    if (format === "csv") checkOutFolder(values.out);
    else checkOutFile(values.out);

    const scenario = named(positionals[0], loadScenario);
    const timetable: Timetable = named(values.timetable, loadTimetable);
    const candidate = timetable.candidates[n - 1];
    if (!candidate)
      throw new InputError(
        timetable.candidates.length
          ? `${values.timetable}: het lesrooster heeft maar ${timetable.candidates.length} kandidaat/kandidaten, geen nummer ${n} (--candidate)`
          : `${values.timetable}: het lesrooster bevat geen kandidaten (status: ${timetable.status}); er is niets te exporteren`,
      );
    checkMatches(scenario, candidate, n, values.timetable);

    if (format === "xlsx") {
      try {
        await writeXlsx(scenario, candidate, values.out);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (!code) throw e;
        throw new InputError(`Kan --out ${values.out} niet schrijven (${code}).`);
      }
      process.stderr.write(`Werkboek (Klassen, Leerkrachten, Overleg, Opdrachten) geschreven naar ${values.out}\n`);
    } else if (format === "csv") {
      const files = csvTables(scenario, candidate);
      makeFolder(values.out);
      for (const [name, text] of Object.entries(files)) writeOutFile(resolve(values.out, name), text);
      process.stderr.write(`${Object.keys(files).join(", ")} geschreven in ${values.out}\n`);
    } else if (printed) {
      // React's server renderer is loaded only for the printed formats (not for xlsx, csv or fet).
      const { printHtml } = await import("../../export/print/html.js");
      const { html, pages } = printHtml(scenario, candidate, { ...selection, rank: n });
      if (pages === 0) throw new InputError(`--pages ${values.pages}: dit rooster heeft geen zulke bladzijden`);
      if (format === "html") writeOutFile(values.out, html);
      else {
        try {
          writeOutFile(values.out, await htmlToPdf(html));
        } catch (e) {
          if (e instanceof NoChromiumError) throw new InputError(e.message);
          throw e;
        }
      }
      process.stderr.write(
        `${format === "pdf" ? "PDF" : "HTML"} met ${pages} ${pages === 1 ? "bladzijde" : "bladzijden"} (A4 liggend) geschreven naar ${values.out}\n`,
      );
    } else {
      const fet = buildFet(scenario, candidate, `kandidaat ${n}`);
      writeOutFile(values.out, fet.xml);
      process.stderr.write(
        `FET-bestand met ${fet.activities.length} vastgezette activiteiten geschreven naar ${values.out} (open het in FET of controleer met fet-cl --inputfile=${values.out})\n`,
      );
    }
    return 0;
  },
};
