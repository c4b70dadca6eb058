// Pupils' atelier choices pasted from a spreadsheet: "leerling;klas;keuze1;keuze2;keuze3[;…]", one pupil a
// line. Ateliers may be named by their name or their code; every bad line gets its own message. Pure.
import { uniqueId } from "./ids.js";

export interface ParsedChoice {
  pupil: string;
  group: string;
  choices: string[];
}

export interface LineError {
  line: number;
  message: string;
}

export interface ChoiceParseResult {
  choices: ParsedChoice[];
  errors: LineError[];
}

type T = (nl: string, en: string) => string;
const en: T = (_nl, e) => e;
const nl: T = (n) => n;

export function parseChoices(
  text: string,
  ctx: { groups: string[]; ateliers: { id: string; name: string }[]; existingPupils?: string[] },
  lang: "nl" | "en" = "nl",
): ChoiceParseResult {
  const t = lang === "en" ? en : nl;
  const choices: ParsedChoice[] = [];
  const errors: LineError[] = [];
  const taken = [...(ctx.existingPupils ?? [])];
  const groupOf = (g: string) => ctx.groups.find((x) => x.toLowerCase() === g.toLowerCase());
  const atelierOf = (a: string) =>
    ctx.ateliers.find((x) => x.id.toLowerCase() === a.toLowerCase() || x.name.trim().toLowerCase() === a.toLowerCase());
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const cells = raw.split(raw.includes(";") ? ";" : raw.includes("\t") ? "\t" : ",").map((c) => c.trim());
    if (i === 0 && /^(leerling|pupil|naam|name)$/i.test(cells[0])) return; // a header row
    const [pupil, group, ...wanted] = cells;
    const picks = wanted.filter((c) => c !== "");
    if (!pupil)
      return errors.push({ line, message: t("de naam van de leerling ontbreekt", "the pupil's name is missing") });
    const g = group ? groupOf(group) : undefined;
    if (!g) {
      const msg = group
        ? t(`klas '${group}' bestaat niet in dit atelierplan`, `class '${group}' is not in this atelier plan`)
        : t("de klas ontbreekt", "the class is missing");
      return errors.push({ line, message: `${pupil}: ${msg}` });
    }
    if (picks.length === 0)
      return errors.push({ line, message: `${pupil}: ${t("geen enkele keuze", "no choice at all")}` });
    if (picks.length > 10)
      return errors.push({ line, message: `${pupil}: ${t("hoogstens 10 keuzes", "at most 10 choices")}` });
    const ids: string[] = [];
    for (const p of picks) {
      const a = atelierOf(p);
      if (!a)
        return errors.push({
          line,
          message: `${pupil}: ${t(`atelier '${p}' bestaat niet`, `atelier '${p}' does not exist`)}`,
        });
      if (ids.includes(a.id))
        return errors.push({ line, message: `${pupil}: ${t(`'${p}' staat er twee keer`, `'${p}' appears twice`)}` });
      ids.push(a.id);
    }
    const id = uniqueId(pupil, taken, "leerling");
    taken.push(id);
    choices.push({ pupil: id, group: g, choices: ids });
  });
  return { choices, errors };
}
