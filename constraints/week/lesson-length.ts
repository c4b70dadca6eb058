// week.lesson-length — BaO/2020/03: a lestijd lasts 50 minutes; breaks and playtime do not count, so every
// lesson slot of a day grid (and every lesson of a candidate) is exactly one lestijd long.
import { DAY_NAMES_EN, DAY_NAMES_NL, DAYS, durationMinutes, lessonSlots } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { checkWeek, type Finding, gridLabel, gridLabelEn } from "./grid.js";

/** The legal length of a lestijd (the regulations week.lesson-length). */
export const LESTIJD_MINUTES = 50;

const list = (slots: { start: string; end: string }[]) =>
  slots.map((s) => `${s.start}–${s.end} (${durationMinutes(s.start, s.end)} min)`).join(", ");

export const weekLessonLength: Rule = {
  id: "week.lesson-length",
  title: { nl: "Een lestijd duurt 50 minuten", en: "A lesson period lasts 50 minutes" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const minutes = ctx.scenario.settings.lessonMinutes;
    const out = [];
    if (minutes !== LESTIJD_MINUTES) {
      out.push(
        violation(
          this,
          {},
          `Het scenario rekent met lestijden van ${minutes} minuten (settings.lessonMinutes); een lestijd duurt ${LESTIJD_MINUTES} minuten.`,
          `The scenario uses lesson periods of ${minutes} minutes (settings.lessonMinutes); a lesson period lasts ${LESTIJD_MINUTES} minutes.`,
        ),
      );
    }
    const wrong = <T extends { start: string; end: string }>(xs: T[]) =>
      xs.filter((s) => durationMinutes(s.start, s.end) !== minutes);
    out.push(
      ...checkWeek(
        this,
        ctx,
        (grid) =>
          DAYS.flatMap((day): Finding[] => {
            const bad = wrong(lessonSlots(grid, day));
            if (bad.length === 0) return [];
            return [
              {
                where: { day, start: bad[0].start, end: bad[0].end },
                nl: `${gridLabel(grid)} heeft ${DAY_NAMES_NL[day]} lestijden die geen ${minutes} minuten duren: ${list(bad)}.`,
                en: `${gridLabelEn(grid)} has lesson slots on ${DAY_NAMES_EN[day]} that do not last ${minutes} minutes: ${list(bad)}.`,
              },
            ];
          }),
        (week) =>
          week.flatMap((c) =>
            DAYS.flatMap((day): Finding[] => {
              const bad = wrong(c.days[day]);
              if (bad.length === 0) return [];
              return [
                {
                  where: { group: c.group, day, start: bad[0].start, end: bad[0].end },
                  nl: `${c.label} heeft ${DAY_NAMES_NL[day]} lessen die geen ${minutes} minuten duren: ${list(bad)}.`,
                  en: `Class ${c.group} has lessons on ${DAY_NAMES_EN[day]} that do not last ${minutes} minutes: ${list(bad)}.`,
                },
              ];
            }),
          ),
      ),
    );
    return out;
  },
};
