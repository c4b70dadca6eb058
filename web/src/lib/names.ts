// Names, never ids: the lookups live in src/export/print/names.ts, shared by the web app and the print renderer.
export * from "../../../src/export/print/names.js";
