// The printed week as ONE self-contained HTML file (`vrijrooster export --format html`, the API's format=html, and
// the input of the PDF): the same components as the web app's print page, rendered with renderToStaticMarkup,
// with print.css inlined. No scripts, no links: it opens offline and prints as it shows.
import { renderToStaticMarkup } from "react-dom/server";
import type { Candidate, Scenario } from "../../model/index.js";
import { printAsset } from "./assets.js";
import { PrintPages, printPages, proposalName, translator, type Lang, type PrintSelection } from "./PrintPages.js";

export interface PrintHtmlOptions extends PrintSelection {
  /** 1 = the best week; it names the proposal on every page. */
  rank: number;
  lang?: Lang;
  /** The date under the corner of every page (default: today). */
  date?: Date;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The whole document, and how many pages it has (one sheet each). */
export function printHtml(
  scenario: Scenario,
  candidate: Candidate,
  o: PrintHtmlOptions,
): { html: string; pages: number } {
  const lang = o.lang ?? "nl";
  const t = translator(lang);
  const pages = printPages(scenario, o);
  const date = (o.date ?? new Date()).toLocaleDateString(lang === "en" ? "en-GB" : "nl-BE");
  const note = `${proposalName(o.rank, t)} · ${date}`;
  const body = renderToStaticMarkup(
    <PrintPages scenario={scenario} candidate={candidate} pages={pages} lang={lang} note={note} />,
  );
  const title = `${scenario.name} · ${t("schooljaar", "school year")} ${scenario.schoolYear} · ${proposalName(o.rank, t)}`;
  const html =
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n` +
    `<style>\n${printAsset("print.css")}</style>\n</head>\n<body class="print-doc">\n${body}\n</body>\n</html>\n`;
  return { html, pages: pages.length };
}
