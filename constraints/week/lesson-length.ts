// week.lesson-length — BaO/2020/03: a lestijd lasts 50 minutes; breaks and playtime do not count, so every
// lesson slot of a day grid (and every lesson of a candidate) is exactly one lestijd long.
import { DAYS, durationMinutes, lessonSlots, type Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { checkWeek, dayName, finding } from "./grid.js";

/** The legal length of a lestijd (the regulations week.lesson-length). */
export const LESTIJD_MINUTES = 50;

/** "08:30–09:30 (60 min), 13:20–14:25 (65 min)": the same in both languages. */
const list = (slots: { start: string; end: string }[]) =>
  slots.map((s) => `${s.start}–${s.end} (${durationMinutes(s.start, s.end)} min)`).join(", ");

export const weekLessonLength = defineRule({
  id: "week.lesson-length",
  title: { nl: "Een lestijd duurt 50 minuten", en: "A lesson period lasts 50 minutes" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "wrong-lesson-minutes": {
      nl: "Het scenario rekent met lestijden van {minutes} minuten (settings.lessonMinutes); een lestijd duurt {legal} minuten.",
      en: "The scenario uses lesson periods of {minutes} minutes (settings.lessonMinutes); a lesson period lasts {legal} minutes.",
    },
    "grid-wrong-slot-length": {
      nl: "Dagindeling '{grid}' heeft {day} lestijden die geen {minutes} minuten duren: {slots}.{verdict}",
      en: "Day grid '{grid}' has lesson slots on {day} that do not last {minutes} minutes: {slots}.{verdict}",
    },
    "class-wrong-lesson-length": {
      nl: "{class} heeft {day} lessen die geen {minutes} minuten duren: {slots}.",
      en: "{class} has lessons on {day} that do not last {minutes} minutes: {slots}.",
    },
  },
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const minutes = ctx.scenario.settings.lessonMinutes;
    const out: Violation[] = [];
    if (minutes !== LESTIJD_MINUTES)
      out.push(report(this, "wrong-lesson-minutes", {}, { minutes, legal: LESTIJD_MINUTES }));
    const wrong = <T extends { start: string; end: string }>(xs: T[]) =>
      xs.filter((s) => durationMinutes(s.start, s.end) !== minutes);
    out.push(
      ...checkWeek(
        this,
        ctx,
        (grid) =>
          DAYS.flatMap((day) => {
            const bad = wrong(lessonSlots(grid, day));
            if (bad.length === 0) return [];
            return [
              finding(
                "grid-wrong-slot-length",
                { day, start: bad[0].start, end: bad[0].end },
                { grid: grid.name, day: dayName(day), minutes, slots: list(bad) },
              ),
            ];
          }),
        (week) =>
          week.flatMap((c) =>
            DAYS.flatMap((day) => {
              const bad = wrong(c.days[day]);
              if (bad.length === 0) return [];
              return [
                finding(
                  "class-wrong-lesson-length",
                  { group: c.group, day, start: bad[0].start, end: bad[0].end },
                  { class: c.label, day: dayName(day), minutes, slots: list(bad) },
                ),
              ];
            }),
          ),
      ),
    );
    return out;
  },
});
