// Field messages for the editor: the model's plain messages (problemsOf), with the few that still
// sound technical ("verwacht number") said the way a principal would. Pure.
import type { z } from "zod";
import { problemsOf, type InputProblem } from "../../../src/model/browser.js";

export function fieldProblems(error: z.ZodError, lang: "nl" | "en"): InputProblem[] {
  const base = problemsOf(error, lang);
  return error.issues.map((issue, i) => {
    if (issue.code === "invalid_type" && issue.input !== undefined) {
      const expected = String(issue.expected);
      if (expected === "number") return { ...base[i], message: lang === "en" ? "Enter a number" : "Vul een getal in" };
      if (expected === "string") return { ...base[i], message: lang === "en" ? "Fill this in" : "Vul dit in" };
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      return { ...base[i], message: lang === "en" ? "This is still missing" : "Dit ontbreekt nog" };
    }
    if (issue.code === "invalid_value" && "values" in issue && issue.input === undefined) {
      return { ...base[i], message: lang === "en" ? "Choose one" : "Maak een keuze" };
    }
    return base[i];
  });
}
