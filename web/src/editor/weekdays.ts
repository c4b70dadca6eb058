// Weekdays ticked in the editor, as stored: all five ticked = omitted ("every day"), else in week order. Pure.
import { DAYS, type Day } from "../../../src/model/days.js";

export const storedDays = (ticked: readonly Day[]): Day[] | undefined =>
  DAYS.every((x) => ticked.includes(x)) ? undefined : DAYS.filter((x) => ticked.includes(x));
