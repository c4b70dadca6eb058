// Singular or plural in rule messages: "1 blok" / "2 blokken", "An moet" / "An en Bert moeten" — never "blok(ken)".
import { namesList } from "../src/model/index.js";
import type { MessageValue } from "./rule.js";

export type Forms = { nl: [one: string, many: string]; en: [one: string, many: string] };

/** "1 blok" / "3 blokken", "1 block" / "3 blocks". */
export const count = (n: number, forms: Forms): MessageValue => ({
  nl: `${n} ${forms.nl[n === 1 ? 0 : 1]}`,
  en: `${n} ${forms.en[n === 1 ? 0 : 1]}`,
});

/** The word alone, agreeing with n: a verb ("moet" / "moeten") or a noun without its number. */
export const agree = (n: number, forms: Forms): MessageValue => ({
  nl: forms.nl[n === 1 ? 0 : 1],
  en: forms.en[n === 1 ? 0 : 1],
});

export const BLOCK: Forms = { nl: ["blok", "blokken"], en: ["block", "blocks"] };
export const CLASS: Forms = { nl: ["klas", "klassen"], en: ["class", "classes"] };

/** "An", "An en Bert", "An, Bert en Carl" / "An, Bert and Carl". */
export const andList = (names: string[]): MessageValue => ({ nl: namesList(names, "nl"), en: namesList(names, "en") });
