// Import (issue 13): a school from the spreadsheet template (Excel), CSV sheets, a FET file or Untis GPU files.
// The server reads the file(s) and answers what it read — nothing is stored until the user accepts. Rows in
// error come back with sheet, row and column and are shown as a table. With ?into=<scenario> the same page
// updates a stored school (staff, classes, … from a spreadsheet) as a new version.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { ScenarioInput } from "../../../src/model/browser.js";
import { Button, Card, ErrorBox, Loading } from "../components/ui.js";
import { api, ApiError, type FieldError } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { importFiles, keys, useScenario, type ImportResult } from "../lib/queries.js";
import "../styles/import.css";

/** The JSON body limit is 5 MB; base64 makes files a third larger. */
const MAX_BYTES = 3_500_000;

type RowProblem = FieldError & { sheet?: string; row?: number; column?: string };

const PART_EN: Record<string, string> = {
  klassen: "classes",
  personeelsleden: "staff members",
  personeel: "staff",
  vakken: "subjects",
  externen: "externals",
  stagiairs: "interns",
  doelen: "goals",
  "FET-activiteiten": "FET activities",
};
const ONE_NL: Record<string, string> = {
  klassen: "klas",
  personeelsleden: "personeelslid",
  vakken: "vak",
  externen: "externe",
  stagiairs: "stagiair",
  doelen: "doel",
  "FET-activiteiten": "FET-activiteit",
};
const ONE_EN: Record<string, string> = {
  klassen: "class",
  personeelsleden: "staff member",
  vakken: "subject",
  externen: "external",
  stagiairs: "intern",
  doelen: "goal",
  "FET-activiteiten": "FET activity",
};
/** The report's Dutch part names → the scenario's lists, to show names instead of ids. */
const PART_KEY: Record<string, keyof ScenarioInput> = {
  klassen: "groups",
  personeel: "staff",
  vakken: "subjects",
  externen: "externals",
  stagiairs: "interns",
  doelen: "releaseGoals",
};
const FORMAT: Record<ImportResult["format"], [string, string]> = {
  xlsx: ["Excel-sjabloon", "Excel template"],
  csv: ["CSV-bladen", "CSV sheets"],
  fet: ["FET-bestand", "FET file"],
  untis: ["Untis-bestanden", "Untis files"],
};

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(new Error(r.error?.message ?? "read error"));
    r.readAsDataURL(file);
  });
}

export function ImportPage() {
  const { t } = useLang();
  const [params] = useSearchParams();
  const into = params.get("into") ?? undefined;
  const target = useScenario(into);
  const targetName = target.data?.name ?? into ?? "";
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState("");
  const qc = useQueryClient();
  const navigate = useNavigate();

  const read = useMutation({
    mutationFn: async (files: File[]) =>
      importFiles({
        files: await Promise.all(files.map(async (f) => ({ name: f.name, content: await readBase64(f) }))),
        ...(into ? { into } : {}),
      }),
    onSuccess: (r) => setName(r.scenario.name ?? ""),
  });
  const accept = useMutation({
    mutationFn: async (r: ImportResult) => {
      if (r.into)
        return api<{ id: string; version: number }>(`/api/scenarios/${r.into.id}`, { method: "PUT", json: r.scenario });
      const body = { ...r.scenario, name: name.trim() || r.scenario.name };
      return api<{ id: string; version: number }>("/api/scenarios", { method: "POST", json: body });
    },
    onSuccess: async (saved) => {
      await qc.invalidateQueries({ queryKey: keys.scenarios });
      await qc.invalidateQueries({ queryKey: keys.scenario(saved.id) });
      await qc.invalidateQueries({ queryKey: keys.versions(saved.id) });
      navigate(`/s/${saved.id}/edit`);
    },
  });

  useEffect(() => {
    if (read.isSuccess) heading.current?.focus();
  }, [read.isSuccess]);

  const onFiles = (list: FileList | null) => {
    const files = [...(list ?? [])];
    setFileError(null);
    read.reset();
    accept.reset();
    setChosen(files.map((f) => f.name));
    if (files.length === 0) return;
    const size = files.reduce((n, f) => n + f.size, 0);
    if (size > MAX_BYTES) {
      setFileError(
        t(
          `Te groot: ${(size / 1e6).toFixed(1)} MB. Vrijrooster leest bestanden tot 3,5 MB samen — een schoolbestand is meestal veel kleiner; kies het juiste bestand.`,
          `Too large: ${(size / 1e6).toFixed(1)} MB. Vrijrooster reads files up to 3.5 MB together — a school file is usually much smaller; choose the right file.`,
        ),
      );
      return;
    }
    read.mutate(files);
  };

  const problem = read.error instanceof ApiError ? read.error.problem : null;
  const rows = ((problem?.errors ?? []) as RowProblem[]).filter((e) => e.sheet || e.row);
  const total = problem?.errorCount ?? rows.length;
  const result = read.data;

  return (
    <div className="page import-page">
      <h1>{into ? t("Bijwerken uit een rekenblad", "Update from a spreadsheet") : t("Importeren", "Import")}</h1>
      <p className="lead">
        {into
          ? t(
              `Personeel, klassen, vakken, … van ${targetName} bijwerken uit het sjabloon (Excel) of een ander bestand. Wie of wat in het bestand staat, wordt toegevoegd of bijgewerkt; niets wordt verwijderd. U ziet eerst wat er ingelezen is.`,
              `Update the staff, classes, subjects, … of ${targetName} from the template (Excel) or another file. Whoever or whatever is in the file is added or updated; nothing is deleted. You see what was read first.`,
            )
          : t(
              "Een school uit het sjabloon (Excel), CSV-bestanden, een FET-bestand of Untis-bestanden (GPU001-006.TXT). U ziet eerst wat er ingelezen is; pas als u het overneemt, wordt het een school in Vrijrooster.",
              "A school from the template (Excel), CSV files, a FET file or Untis files (GPU001-006.TXT). You see what was read first; only when you accept it does it become a school in Vrijrooster.",
            )}
      </p>
      {into && target.error && <ErrorBox error={target.error} />}

      <div className="import-steps">
        <Card title={t("1. Het sjabloon", "1. The template")}>
          <p>
            {t(
              "Een Excel-bestand met een blad per onderdeel (Klassen, Personeel, Beschikbaarheid, Vakken, Externen, Stagiairs, Doelen), keuzelijsten en een blad Uitleg. Vul het in met namen, zoals u ze kent.",
              "An Excel file with a sheet per part (classes, staff, availability, subjects, externals, interns, goals), drop-down lists and an explanation sheet. Fill it in with names, as you know them.",
            )}
          </p>
          <a className="btn btn-secondary" href="/api/import/template" download="vrijrooster-sjabloon.xlsx">
            {t("Sjabloon downloaden (Excel)", "Download the template (Excel)")}
          </a>
        </Card>

        <Card title={t("2. Het bestand kiezen", "2. Choose the file")}>
          <div className={`field ${fileError || (problem && rows.length === 0) ? "field-invalid" : ""}`}>
            <label htmlFor={inputId}>{t("Bestand of bestanden", "File or files")}</label>
            <p className="hint" id={`${inputId}-hint`}>
              {t(
                "Het ingevulde sjabloon (.xlsx), één CSV-bestand per blad, een FET-bestand (.fet) of de Untis-bestanden GPU001-006.TXT samen.",
                "The filled-in template (.xlsx), one CSV file per sheet, a FET file (.fet) or the Untis files GPU001-006.TXT together.",
              )}
            </p>
            {fileError && (
              <p className="field-error" id={`${inputId}-error`} role="alert">
                {fileError}
              </p>
            )}
            {problem && rows.length === 0 && (
              <p className="field-error" id={`${inputId}-error`} role="alert">
                {problem.errorCount
                  ? t(
                      problem.detail,
                      `${total === 1 ? "1 problem" : `${total} problems`} in the file — nothing imported. Fix ` +
                        `${total === 1 ? "it" : "them"} in the file and choose it again.`,
                    )
                  : problem.detail}
              </p>
            )}
            <input
              ref={input}
              id={inputId}
              type="file"
              multiple
              accept=".xlsx,.csv,.fet,.gz,.txt,.TXT"
              aria-describedby={`${inputId}-hint${fileError || (problem && rows.length === 0) ? ` ${inputId}-error` : ""}`}
              aria-invalid={fileError || (problem && rows.length === 0) ? true : undefined}
              onChange={(e) => {
                onFiles(e.target.files);
                e.target.value = ""; // the same file, fixed and chosen again, is read again
              }}
            />
          </div>
          {read.isPending && <Loading what={t("Het bestand wordt gelezen…", "Reading the file…")} />}
          {read.error && !problem && <ErrorBox error={read.error} />}
        </Card>
      </div>

      {rows.length > 0 && problem && (
        <section className="card import-problems" role="alert" aria-labelledby="import-problems-title">
          <h2 id="import-problems-title">
            {t(
              `${total === 1 ? "1 probleem" : `${total} problemen`} in ${chosen.join(", ")} — niets ingelezen`,
              `${total === 1 ? "1 problem" : `${total} problems`} in ${chosen.join(", ")} — nothing imported`,
            )}
          </h2>
          <p>
            {t(
              "Verbeter deze cellen in het bestand, bewaar het en kies het hierboven opnieuw.",
              "Fix these cells in the file, save it and choose it again above.",
            )}
          </p>
          <table className="table import-problem-table">
            <caption className="visually-hidden">{t("Problemen per cel", "Problems per cell")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("Blad", "Sheet")}</th>
                <th scope="col" className="num">
                  {t("Rij", "Row")}
                </th>
                <th scope="col">{t("Kolom", "Column")}</th>
                <th scope="col">{t("Probleem", "Problem")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => (
                <tr key={i}>
                  <td>{p.sheet ?? ""}</td>
                  <td className="num">{p.row ?? ""}</td>
                  <td>{p.column ?? ""}</td>
                  <td>{p.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > rows.length && (
            <p className="muted">
              {t(
                `De eerste ${rows.length} staan hier; verbeter ze en kies het bestand opnieuw om de rest te zien.`,
                `The first ${rows.length} are shown; fix them and choose the file again to see the rest.`,
              )}
            </p>
          )}
        </section>
      )}

      {result && (
        <section className="card import-result" aria-labelledby="import-result-title">
          <h2 id="import-result-title" ref={heading} tabIndex={-1}>
            {t("Ingelezen", "Read")}: {chosen.join(", ")} <span className="muted">({t(...FORMAT[result.format])})</span>
          </h2>
          <ReadSummary result={result} />
          {result.report.merge && <MergeSummary result={result} />}
          {result.report.notes.length > 0 && (
            <>
              <h3>{t("Aangenomen of zonder tegenhanger in Vrijrooster", "Assumed, or without a counterpart")}</h3>
              <ul className="import-notes">
                {result.report.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
          <div className="import-accept">
            {!result.into && (
              <div className="field">
                <label htmlFor="import-name">{t("Naam van de school", "Name of the school")}</label>
                <input id="import-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
              </div>
            )}
            <div className="button-row">
              <Button
                variant="primary"
                disabled={accept.isPending || (!result.into && !name.trim())}
                onClick={() => accept.mutate(result)}
              >
                {result.into
                  ? t(`Overnemen in ${targetName} (nieuwe versie)`, `Accept into ${targetName} (new version)`)
                  : t("Overnemen als nieuwe school", "Accept as a new school")}
              </Button>
              <Button
                onClick={() => {
                  read.reset();
                  setChosen([]);
                  if (input.current) {
                    input.current.value = "";
                    input.current.focus();
                  }
                }}
              >
                {t("Ander bestand kiezen", "Choose another file")}
              </Button>
            </div>
            <ErrorBox error={accept.error} />
          </div>
        </section>
      )}

      <p>
        {into ? (
          <Link to={`/s/${into}/edit`}>{t(`Terug naar ${targetName}`, `Back to ${targetName}`)}</Link>
        ) : (
          <Link to="/">{t("Terug naar het begin", "Back to the start")}</Link>
        )}
      </p>
    </div>
  );
}

/** A person or a goal by name; a class as "Eerste leerjaar (L1)" when it has a code of its own. */
const label = (x: { id: string; name?: string }) => x.name || x.id;
const classLabel = (x: { id: string; name?: string }) =>
  x.name && x.name !== x.id && !/^[a-z]+-/.test(x.id) ? `${x.name} (${x.id})` : label(x);

const namesOf = (list: unknown, max = 12, show = label): string => {
  const items = Array.isArray(list) ? (list as { id: string; name?: string }[]) : [];
  const names = items.map(show);
  return names.slice(0, max).join(", ") + (names.length > max ? `, … (+${names.length - max})` : "");
};

/** "2 klassen: L1 Eerste leerjaar, …" — what the file held, by name. */
function ReadSummary({ result }: { result: ImportResult }) {
  const { t } = useLang();
  const s = result.scenario;
  const counts = Object.entries(result.report.counts);
  return (
    <>
      {counts.length > 0 && (
        <p className="import-counts">
          {counts
            .map(([k, n]) => `${n} ${n === 1 ? t(ONE_NL[k] ?? k, ONE_EN[k] ?? k) : t(k, PART_EN[k] ?? k)}`)
            .join(" · ")}
        </p>
      )}
      {result.into && <h3>{t("De school na het bijwerken", "The school after the update")}</h3>}
      <dl className="import-names">
        {(
          [
            ["staff", t("Personeel", "Staff")],
            ["groups", t("Klassen", "Classes")],
            ["subjects", t("Vakken", "Subjects")],
            ["releaseGoals", t("Overlegmomenten", "Meetings")],
            ["externals", t("Externen", "Externals")],
            ["interns", t("Stagiairs", "Interns")],
          ] as const
        )
          .filter(([k]) => Array.isArray(s[k]) && (s[k] as unknown[]).length > 0)
          .map(([k, heading]) => (
            <div key={k}>
              <dt>{heading}</dt>
              <dd>{namesOf(s[k], 12, k === "groups" ? classLabel : label)}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}

/** With `into`: who or what was added, updated or left as it was — by name. */
function MergeSummary({ result }: { result: ImportResult }) {
  const { t } = useLang();
  const merge = result.report.merge!;
  const name = (part: string, id: string) => {
    const list = result.scenario[PART_KEY[part]] as { id: string; name?: string }[] | undefined;
    const item = list?.find((x) => x.id === id);
    return item ? (part === "klassen" ? classLabel(item) : label(item)) : id;
  };
  const line = (label: string, r: Record<string, string[]>) =>
    Object.entries(r).map(([part, ids]) => (
      <li key={label + part}>
        <strong>
          {label} — {t(part, PART_EN[part] ?? part)} ({ids.length}):
        </strong>{" "}
        {ids
          .slice(0, 15)
          .map((id) => name(part, id))
          .join(", ")}
        {ids.length > 15 ? ", …" : ""}
      </li>
    ));
  return (
    <>
      <h3>{t("Wat verandert", "What changes")}</h3>
      <ul className="import-merge">
        {line(t("Toegevoegd", "Added"), merge.added)}
        {line(t("Bijgewerkt", "Updated"), merge.updated)}
        {line(t("Ongemoeid gelaten (niet in het bestand)", "Left as it was (not in the file)"), merge.kept)}
      </ul>
    </>
  );
}
