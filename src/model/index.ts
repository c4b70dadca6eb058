export * from "./time.js";
export * from "./scenario.js";
export * from "./timetable.js";
export * from "./problems.js";
export * from "./load.js";
export * from "./derived.js";
export * from "./locks.js";
export * from "./cover.js";
