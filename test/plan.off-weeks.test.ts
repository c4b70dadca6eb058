// Cover that exists only for a release block (issue 10, "off-weeks"): a class covered by the care teacher during
// a fortnightly PLG is taught by its own class teacher in the weeks without a PLG. The year plan (and so every
// feed) shows the care teacher only on the PLG's dates and the class teacher on all the others.
import { describe, expect, it } from "vitest";
import { yearPlan } from "../src/plan/index.js";
import { tinyScenario } from "./helpers/tiny.js";
import { planCandidate, planInput } from "./plan-school.js";

function fortnightlyPlg() {
  const input = planInput();
  const plg = input.releaseGoals!.find((g) => g.id === "plg-taal")!;
  plg.frequency = { kind: "every-n-weeks", n: 2 };
  return yearPlan(tinyScenario(input), planCandidate());
}

describe("year plan: cover only in the weeks a release block meets", () => {
  it("a fortnightly PLG: the care teacher covers L2 on the PLG dates, the class teacher teaches the others", () => {
    const plan = fortnightlyPlg();
    const plgDates = plan.series.find((x) => x.key === "rel:plg-taal:thu:13:20")!.dates;
    const cover = plan.series.find((x) => x.key === "les:L2:thu:13:20")!;
    const own = plan.series.find((x) => x.key === "les:L2:thu:13:20:zonder-overleg:L2")!;
    expect(cover.staff).toEqual(["zorg1"]);
    expect(cover.dates).toEqual(plgDates);
    expect(own.staff).toEqual(["kt2"]);
    expect(own.subject).toBe("KLAS");
    expect(own.title).toMatch(/^Klas|KLAS/i);
    // Every Thursday 13:20 that L2 is at school is taught by exactly one of the two, never both.
    expect(own.dates.filter((d) => plgDates.includes(d))).toEqual([]);
    expect(own.dates.length).toBeGreaterThan(15);
    expect(Math.abs(own.dates.length - plgDates.length)).toBeLessThanOrEqual(2);
    expect(cover.dropped.find((x) => x.date === own.dates[0])!.reason).toBe(
      "geen overleg deze week: de klasleerkracht geeft zelf les",
    );
    expect(own.dropped.find((x) => x.date === plgDates[0])!.reason).toBe("PLG taal: de klas wordt overgenomen");
  });

  it("a lesson of a specialist (LO) during the block is a real lesson: it happens every week", () => {
    const plan = fortnightlyPlg();
    const lo = plan.series.find((x) => x.key === "les:L1:thu:13:20")!;
    expect(lo.staff).toEqual(["lo1"]);
    expect(plan.series.some((x) => x.key.startsWith("les:L1:thu:13:20:zonder-overleg"))).toBe(false);
    expect(lo.dates.length).toBeGreaterThan(30);
  });

  it("a weekly PLG without exceptions: the cover is every week and no class-teacher series appears", () => {
    const plan = yearPlan(tinyScenario(planInput()), planCandidate());
    expect(plan.series.filter((x) => x.key.includes(":zonder-overleg:")).map((x) => x.key)).toEqual([]);
    const cover = plan.series.find((x) => x.key === "les:L2:thu:13:20")!;
    expect(cover.dates).toEqual(plan.series.find((x) => x.key === "rel:plg-taal:thu:13:20")!.dates);
  });
});
