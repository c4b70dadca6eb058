// Versies: every saved version (number, name, when); open an older one read-only as a summary with what
// differs from the latest, and bring it back ("Deze versie terugzetten" = a new latest version).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { Badge, Button, Card, ErrorBox, Loading } from "../components/ui.js";
import { api } from "../lib/api.js";
import { plural, useLang } from "../lib/i18n.js";
import { keys, useScenario, useVersions } from "../lib/queries.js";
import { diffScenarios } from "../editor/diff.js";
import { readDraft } from "../editor/draft.js";
import "../styles/editor.css";

export function VersionsPage() {
  const { id = "" } = useParams();
  const { t, lang } = useLang();
  const [params, setParams] = useSearchParams();
  const versions = useVersions(id);
  const latest = useScenario(id);
  const list = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  const chosen = Number(params.get("v")) || undefined;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === "en" ? "en-GB" : "nl-BE", { dateStyle: "medium", timeStyle: "short" });
  if (versions.isLoading || latest.isLoading) return <Loading />;
  return (
    <div className="page versions">
      <h1>
        {t("Versies", "Versions")}: {latest.data?.name}
      </h1>
      <p className="muted">
        {t(
          "Elke keer u bewaart, ontstaat een nieuwe versie. Oudere versies blijven bewaard en kunnen " +
            "teruggezet worden.",
          "Every save makes a new version. Older versions are kept and can be brought back.",
        )}{" "}
        <Link to={`/s/${id}/edit`}>{t("Naar de gegevens", "To the school data")}</Link>
      </p>
      <ErrorBox error={versions.error ?? latest.error} />
      <div className="versions-grid">
        <Card title={t("Alle versies", "All versions")}>
          <table className="table">
            <thead>
              <tr>
                <th>{t("Versie", "Version")}</th>
                <th>{t("Naam", "Name")}</th>
                <th>{t("Bewaard op", "Saved on")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((v) => (
                <tr key={v.version} className={chosen === v.version ? "selected" : ""}>
                  <td>
                    {v.version}{" "}
                    {v.version === latest.data?.latestVersion && <Badge tone="ok">{t("laatste", "latest")}</Badge>}
                  </td>
                  <td>{v.name}</td>
                  <td>{when(v.createdAt)}</td>
                  <td>
                    {v.version !== latest.data?.latestVersion && (
                      <Button
                        variant="link"
                        onClick={() => setParams({ v: String(v.version) })}
                        aria-label={t(`Versie ${v.version} bekijken`, `View version ${v.version}`)}
                      >
                        {t("Bekijken", "View")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        {chosen && latest.data && (
          <OldVersion
            id={id}
            version={chosen}
            latestBody={latest.data.scenario as Record<string, unknown>}
            latestVersion={latest.data.latestVersion}
          />
        )}
      </div>
    </div>
  );
}

function OldVersion({
  id,
  version,
  latestBody,
  latestVersion,
}: {
  id: string;
  version: number;
  latestBody: Record<string, unknown>;
  latestVersion: number;
}) {
  const { t } = useLang();
  const qc = useQueryClient();
  const [, setParams] = useSearchParams();
  const old = useScenario(id, version);
  const restore = useMutation({
    mutationFn: () =>
      api<{ id: string; version: number }>(`/api/scenarios/${id}/restore`, { method: "POST", json: { version } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.versions(id) });
      void qc.invalidateQueries({ queryKey: keys.scenario(id) });
      void qc.invalidateQueries({ queryKey: keys.scenarios });
      setParams({});
    },
  });
  if (old.isLoading) return <Loading />;
  if (!old.data) return <ErrorBox error={old.error} />;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body = old.data.scenario as Record<string, any>;
  const count = (k: string) => (Array.isArray(body[k]) ? body[k].length : 0);
  const changes = diffScenarios(body, latestBody, t);
  const hasDraft = !!readDraft(localStorage, id);
  return (
    <Card title={t(`Versie ${version} (alleen lezen)`, `Version ${version} (read-only)`)}>
      <p>
        <strong>{body.name}</strong> · {body.schoolYear}
      </p>
      <ul>
        <li>
          {t(
            `${plural(count("groups"), "klas", "klassen")}, ${plural(count("staff"), "personeelslid", "personeelsleden")}, ${plural(count("releaseGoals"), "overlegmoment", "overlegmomenten")}`,
            `${plural(count("groups"), "class", "classes")}, ${plural(count("staff"), "staff member", "staff")}, ${plural(count("releaseGoals"), "meeting", "meetings")}`,
          )}
        </li>
        <li>
          {t(
            `${count("subjects")} vakken, ${count("externals")} externen, ${count("atelierPlans")} atelierplannen`,
            `${count("subjects")} subjects, ${count("externals")} externals, ${count("atelierPlans")} atelier plans`,
          )}
        </li>
      </ul>
      <h3>
        {t(
          `Wat is er anders in de laatste versie (${latestVersion})?`,
          `What differs in the latest version (${latestVersion})?`,
        )}
      </h3>
      {changes.length === 0 ? (
        <p className="muted">
          {t("Niets: deze versie is gelijk aan de laatste.", "Nothing: this version equals the latest.")}
        </p>
      ) : (
        <ul className="version-diff">
          {changes.map((c) => (
            <li key={c.part}>
              <strong>{c.part}</strong>:{" "}
              {[
                c.added.length ? t(`nieuw: ${c.added.join(", ")}`, `added: ${c.added.join(", ")}`) : "",
                c.removed.length ? t(`weg: ${c.removed.join(", ")}`, `removed: ${c.removed.join(", ")}`) : "",
                c.changed.length ? t(`gewijzigd: ${c.changed.join(", ")}`, `changed: ${c.changed.join(", ")}`) : "",
              ]
                .filter(Boolean)
                .join(" · ") || t("gewijzigd", "changed")}
            </li>
          ))}
        </ul>
      )}
      {hasDraft && (
        <p className="notice">
          {t(
            "U heeft nog niet-bewaarde wijzigingen in de gegevens; die blijven staan, maar vertrekken dan van " +
              "een oudere versie.",
            "You have unsaved changes in the school data; they stay, but then start from an older version.",
          )}
        </p>
      )}
      <div className="button-row">
        <Button variant="primary" disabled={restore.isPending} onClick={() => restore.mutate()}>
          {t("Deze versie terugzetten", "Restore this version")}
        </Button>
        <Button onClick={() => setParams({})}>{t("Sluiten", "Close")}</Button>
      </div>
      {restore.isSuccess && (
        <p className="notice" role="status">
          {t(`Teruggezet als versie ${restore.data.version}.`, `Restored as version ${restore.data.version}.`)}
        </p>
      )}
      <ErrorBox error={restore.error} />
    </Card>
  );
}
