// The week grid's cells live in src/export/print/week.ts: the print renderer (web print page and
// `vrijrooster export --format html|pdf`) and the web's grids compute them the same way.
export * from "../../../src/export/print/week.js";
