// "Variant maken": a copy of this scenario under a new name (it remembers its source). Unsaved valid
// changes go along into the variant, so nothing typed is lost.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { Button, ErrorBox } from "../components/ui.js";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { keys } from "../lib/queries.js";
import type { Draft } from "./context.js";

export function DuplicateForm({
  scenarioId,
  draft,
  defaultName,
}: {
  scenarioId: string;
  draft: Draft | null;
  defaultName: string;
}) {
  const { t } = useLang();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const make = useMutation({
    mutationFn: async () => {
      const r = await api<{ id: string; version: number }>(`/api/scenarios/${scenarioId}/duplicate`, {
        method: "POST",
        json: { name: name.trim() },
      });
      if (draft) await api(`/api/scenarios/${r.id}`, { method: "PUT", json: { ...draft, name: name.trim() } });
      return r;
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: keys.scenarios });
      setOpen(false);
      navigate(`/s/${r.id}/edit`);
    },
  });
  if (!open) return <Button onClick={() => setOpen(true)}>{t("Variant maken", "Make a variant")}</Button>;
  return (
    <form
      className="duplicate-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) make.mutate();
      }}
    >
      <label htmlFor="variant-name">{t("Naam van de variant", "Name of the variant")}</label>
      <input
        id="variant-name"
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={t("Ateliers op vrijdag", "Ateliers on Friday")}
      />
      <Button variant="primary" type="submit" disabled={!name.trim() || make.isPending}>
        {t("Variant maken", "Make the variant")}
      </Button>
      <Button onClick={() => setOpen(false)}>{t("Annuleren", "Cancel")}</Button>
      {draft && (
        <p className="hint">
          {t(
            "Uw niet-bewaarde wijzigingen gaan mee naar de variant.",
            "Your unsaved changes go along into the variant.",
          )}
        </p>
      )}
      <ErrorBox error={make.error} />
    </form>
  );
}
