// The model for the web app: every schema and type of src/model except file reading (node:fs).
// The browser validates with exactly the schemas the API and the CLI use.
import "./jitless.js"; // first: before any schema is built or parsed
export * from "./time.js";
export * from "./scenario.js";
export * from "./frequency.js";
export * from "./words.js";
export * from "./timetable.js";
export * from "./problems.js";
export * from "./derived.js";
export * from "./locks.js";
