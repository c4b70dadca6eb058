// Export a week: xlsx (a workbook), csv (a folder of tables), fet (a FET file with every lesson locked).
export * from "./staff-load.js";
export * from "./tables.js";
export * from "./xlsx.js";
export * from "./csv.js";
export * from "./fet.js";
