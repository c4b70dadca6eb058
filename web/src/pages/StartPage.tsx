// Start (the UX guide screen 1): a new school, an example school, a file, and the schools already here.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import type { InputProblem } from "../../../src/model/browser.js";
import { Button, Card, ErrorBox, Loading } from "../components/ui.js";
import { api } from "../lib/api.js";
import { plural, useLang } from "../lib/i18n.js";
import { keys, useExamples, useScenarios } from "../lib/queries.js";

export function StartPage() {
  const { t } = useLang();
  return (
    <div className="page start">
      <h1>{t("Welkom bij Vrijrooster", "Welcome to Vrijrooster")}</h1>
      <p className="lead">
        {t(
          "Beschrijf uw school, en Vrijrooster zoekt een week waarin uw leerkrachten samen vrij zijn om te leren — en zegt wie dan elke klas opvangt.",
          "Describe your school, and Vrijrooster finds a week in which your teachers are free together to learn — and says who takes each class meanwhile.",
        )}
      </p>
      <div className="start-grid">
        <Card title={t("Nieuwe school", "New school")}>
          <p>
            {t(
              "Een korte start in vijf stappen: school, schooljaar, dagindeling, klassen, personeel.",
              "A short start in five steps: school, school year, day grid, classes, staff.",
            )}
          </p>
          <Link className="btn btn-primary" to="/new">
            {t("Nieuwe school beginnen", "Start a new school")}
          </Link>
        </Card>
        <Examples />
        <Upload />
      </div>
      <SchoolList />
    </div>
  );
}

function Examples() {
  const { t } = useLang();
  const examples = useExamples();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: (id: string) => api<{ id: string }>(`/api/examples/${id}`, { method: "POST" }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: keys.scenarios });
      navigate(`/s/${r.id}/edit`);
    },
  });
  return (
    <Card title={t("Voorbeeldschool openen", "Open an example school")}>
      {examples.isLoading && <Loading />}
      <ErrorBox error={examples.error ?? open.error} />
      <ul className="example-list">
        {(examples.data ?? []).map((e) => (
          <li key={e.id}>
            <Button
              onClick={() => open.mutate(e.id)}
              disabled={open.isPending}
              aria-label={t(`Openen: ${e.name}`, `Open: ${e.name}`)}
            >
              {t("Openen", "Open")}
            </Button>
            <span>
              <strong>{e.name}</strong>
              <span className="muted">
                {" "}
                —{" "}
                {t(
                  `${plural(e.classes, "klas", "klassen")}, ${plural(e.staff, "personeelslid", "personeelsleden")}, ${plural(e.releaseGoals, "overlegmoment", "overlegmomenten")}`,
                  `${plural(e.classes, "class", "classes")}, ${plural(e.staff, "staff member", "staff")}, ${plural(e.releaseGoals, "meeting", "meetings")}`,
                )}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** A scenario file (JSON) read here; a spreadsheet, FET or Untis file goes through the import page (/import). */
function Upload() {
  const { t, lang } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<InputProblem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [notJson, setNotJson] = useState(false);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const upload = useMutation({
    mutationFn: (body: unknown) => api<{ id: string }>("/api/scenarios", { method: "POST", json: body }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: keys.scenarios });
      navigate(`/s/${r.id}/edit`);
    },
  });
  const onFile = async (file: File) => {
    setProblems(null);
    setMessage(null);
    setNotJson(false);
    if (!/\.json$/i.test(file.name)) {
      setNotJson(true);
      setMessage(
        t(
          `'${file.name}' is geen scenario in JSON. Een Excel-, CSV-, FET- of Untis-bestand leest u in met Importeren:`,
          `'${file.name}' is not a scenario in JSON. An Excel, CSV, FET or Untis file is read with Import:`,
        ),
      );
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
    } catch (e) {
      setMessage(
        t(
          `'${file.name}' is geen geldige JSON: ${(e as Error).message}`,
          `'${file.name}' is not valid JSON: ${(e as Error).message}`,
        ),
      );
      return;
    }
    // The schemas load only when a file is read: the start page itself does not need them.
    const { Scenario, problemsOf } = await import("../../../src/model/browser.js");
    const r = Scenario.safeParse(data, { reportInput: true });
    if (!r.success) {
      setProblems(problemsOf(r.error, lang));
      return;
    }
    upload.mutate(data);
  };
  return (
    <Card title={t("Bestand importeren", "Import a file")}>
      <p>
        {t(
          "Uit Excel (het sjabloon), CSV, FET of Untis: u ziet eerst wat er ingelezen is, dan neemt u het over.",
          "From Excel (the template), CSV, FET or Untis: you see what was read first, then you accept it.",
        )}
      </p>
      <Link className="btn btn-primary" to="/import">
        {t("Importeren", "Import")}
      </Link>
      <p>
        {t(
          "Of een scenario (JSON) dat u eerder bewaarde of kreeg:",
          "Or a scenario (JSON) you saved or received earlier:",
        )}
      </p>
      <label className="btn btn-secondary file-button">
        {t("JSON-bestand kiezen…", "Choose a JSON file…")}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onFile(f);
            e.target.value = "";
          }}
        />
      </label>
      {message && (
        <p className="field-error" role="alert">
          {message}
          {notJson && (
            <>
              {" "}
              <Link to="/import">{t("naar Importeren", "go to Import")}</Link>
            </>
          )}
        </p>
      )}
      {problems && (
        <div className="error-box" role="alert">
          <strong>
            {t(
              `Dit bestand is geen geldig scenario (${problems.length} probleem/problemen):`,
              `This file is not a valid scenario (${problems.length} problem(s)):`,
            )}
          </strong>
          <ul>
            {problems.slice(0, 12).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorBox error={upload.error} />
    </Card>
  );
}

function SchoolList() {
  const { t, lang } = useLang();
  const scenarios = useScenarios();
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/scenarios/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.scenarios }),
  });
  const list = scenarios.data ?? [];
  return (
    <Card title={t("Uw scholen en scenario's", "Your schools and scenarios")} className="school-list">
      {scenarios.isLoading && <Loading />}
      <ErrorBox error={scenarios.error ?? remove.error} />
      {list.length === 0 && !scenarios.isLoading && (
        <p className="empty">{t("Nog niets: begin hierboven.", "Nothing yet: start above.")}</p>
      )}
      {list.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("Naam", "Name")}</th>
              <th scope="col">{t("Versie", "Version")}</th>
              <th scope="col">{t("Laatst gewijzigd", "Last changed")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("Acties", "Actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/s/${s.id}/edit`}>{s.name}</Link>
                  {s.derivedFrom && <span className="muted"> · {t("variant", "variant")}</span>}
                </td>
                <td>{s.version}</td>
                <td>{new Date(s.updatedAt).toLocaleString(lang === "en" ? "en-GB" : "nl-BE")}</td>
                <td className="actions">
                  <Link to={`/s/${s.id}/solve`}>{t("Berekenen", "Solve")}</Link>
                  <Button
                    variant="link"
                    onClick={() => {
                      if (
                        confirm(
                          t(
                            `'${s.name}' en al zijn versies, berekeningen en agenda's verwijderen?`,
                            `Delete '${s.name}' with all its versions, solves and feeds?`,
                          ),
                        )
                      )
                        remove.mutate(s.id);
                    }}
                  >
                    {t("Verwijderen", "Delete")}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
