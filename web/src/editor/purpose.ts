// A new meeting's purpose guessed from its name ("Kernteam lezen" → kernteam), so the principal does not
// have to set what the name already says. Only on creation; the select stays the user's to change.

export type GuessedPurpose = "kernteam" | "intervisie" | "plg" | "team" | "zorg";

// First match wins: "Zorgteam" is zorg, not team; "Kernteam" is kernteam, not team.
const RULES: [RegExp, GuessedPurpose][] = [
  [/kern\s*team|core\s*team/i, "kernteam"],
  [/intervisie|peer\s*review/i, "intervisie"],
  [/\bplg\b|\bplc\b|leergemeenschap|learning\s*community/i, "plg"],
  [/zorg|\bmdo\b|care/i, "zorg"],
  [/team|personeelsvergadering|staff\s*meeting/i, "team"],
];

export function guessPurpose(name: string): GuessedPurpose {
  return RULES.find(([re]) => re.test(name))?.[1] ?? "plg";
}
