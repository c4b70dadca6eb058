// Dutch by default, English on a switch. Texts are written where they are used, both languages side by
// side — t("Klassen", "Classes") — so no screen can miss a translation.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { DAY_NAMES_EN, DAY_NAMES_NL, type Day } from "../../../src/model/days.js";

export type Lang = "nl" | "en";

interface LangContext {
  lang: Lang;
  setLang(l: Lang): void;
  t(nl: string, en: string): string;
  day(d: Day): string;
  dayShort(d: Day): string;
}

const Ctx = createContext<LangContext | null>(null);
const KEY = "vrijrooster.lang";

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(KEY) === "en" ? "en" : "nl"));
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(KEY, l);
    document.documentElement.lang = l;
    setLangState(l);
  }, []);
  const value = useMemo<LangContext>(() => {
    const names = lang === "en" ? DAY_NAMES_EN : DAY_NAMES_NL;
    return {
      lang,
      setLang,
      t: (nl, en) => (lang === "en" ? en : nl),
      day: (d) => capitalize(names[d]),
      dayShort: (d) => capitalize(names[d]).slice(0, 2),
    };
  }, [lang, setLang]);
  document.documentElement.lang = lang;
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): LangContext {
  const c = useContext(Ctx);
  if (!c) throw new Error("useLang outside LangProvider");
  return c;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "1 klas" / "3 klassen" */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
