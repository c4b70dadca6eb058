// A staff member's fraction as people say it: "voltijds", "halftijds", "3/4", "50%". The schema wants x/24
// (or x/36); the editor turns plain words into that on leaving the field and leaves anything else as typed.

const WORDS: Record<string, string> = {
  voltijds: "24/24",
  voltijd: "24/24",
  fulltime: "24/24",
  "full-time": "24/24",
  "full time": "24/24",
  halftijds: "12/24",
  halftijd: "12/24",
  halftime: "12/24",
  "half-time": "12/24",
  "half time": "12/24",
};

/** The x/24 value for "voltijds", "3/4", "75%"…; the text itself (trimmed) when it means nothing more exact. */
export function normalizeFraction(text: string): string {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/, "/");
  if (WORDS[s]) return WORDS[s];
  const pct = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(s);
  if (pct) {
    const x = (Number(pct[1].replace(",", ".")) * 24) / 100;
    return Number.isInteger(x) && x > 0 && x <= 24 ? `${x}/24` : text.trim();
  }
  const frac = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (frac) {
    const [a, b] = [Number(frac[1]), Number(frac[2])];
    if (b === 24 || b === 36) return `${a}/${b}`; // already the form the schema wants
    const x = (a * 24) / b;
    if (b > 0 && a > 0 && a <= b && Number.isInteger(x)) return `${x}/24`;
  }
  return text.trim();
}
