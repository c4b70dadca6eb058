// Shared wording for every message (rules, the no-cover sentence, the web): browser-safe.

/** "An", "An en Bert", "An, Bert en Carl" — or "An, Bert and Carl" in English. */
export function namesList(names: readonly string[], lang: "nl" | "en"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${lang === "nl" ? "en" : "and"} ${names[names.length - 1]}`;
}
