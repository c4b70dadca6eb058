// Weekdays and their names. No schema here: the web app's first screen needs the names, not zod.
export const DAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
export type Day = (typeof DAYS)[number];

export const DAY_NAMES_NL: Record<Day, string> = {
  mon: "maandag",
  tue: "dinsdag",
  wed: "woensdag",
  thu: "donderdag",
  fri: "vrijdag",
};
export const DAY_NAMES_EN: Record<Day, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
};
