// The Flemish school-year calendar (the regulations year.bounds, year.herfst, year.wapenstilstand, year.kerst,
// year.krokus, year.paas, year.feestdagen) against the worked examples, date by date, and the edge cases.
import { describe, expect, it } from "vitest";
import { easterSunday, isSchoolDay, schoolWeeks, schoolYearCalendar, firstYearOf } from "../src/calendar/index.js";
import { InputError } from "../src/model/index.js";

const range = (cal: ReturnType<typeof schoolYearCalendar>, id: string) => {
  const d = cal.daysOff.find((x) => x.id === id)!;
  return [d.from, d.to];
};

describe("Computus", () => {
  it("gives the known Easter Sundays", () => {
    expect(easterSunday(2021)).toBe("2021-04-04");
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2035)).toBe("2035-03-25");
  });
});

describe("worked example 2025-2026 (matches the published calendar)", () => {
  const cal = schoolYearCalendar("2025-2026");
  it("has the holidays and days off of REGULATIONS.md", () => {
    expect(cal.start).toBe("2025-09-01");
    expect(cal.end).toBe("2026-06-30");
    expect(range(cal, "herfst")).toEqual(["2025-10-27", "2025-11-02"]);
    expect(range(cal, "wapenstilstand")).toEqual(["2025-11-11", "2025-11-11"]);
    expect(range(cal, "kerst")).toEqual(["2025-12-22", "2026-01-04"]);
    expect(range(cal, "krokus")).toEqual(["2026-02-16", "2026-02-22"]);
    expect(range(cal, "paas")).toEqual(["2026-04-06", "2026-04-19"]);
    expect(range(cal, "paasmaandag")).toEqual(["2026-04-06", "2026-04-06"]);
    expect(range(cal, "dag-van-de-arbeid")).toEqual(["2026-05-01", "2026-05-01"]);
    expect(range(cal, "hemelvaart")).toEqual(["2026-05-14", "2026-05-15"]);
    expect(range(cal, "pinkstermaandag")).toEqual(["2026-05-25", "2026-05-25"]);
    expect(range(cal, "zomer")).toEqual(["2026-07-01", "2026-08-31"]);
  });
  it("knows school days day by day", () => {
    expect(isSchoolDay("2025-09-01")).toBe(true); // Monday, first day
    expect(isSchoolDay("2025-10-24")).toBe(true);
    for (const d of [
      "2025-10-27",
      "2025-10-31",
      "2025-11-11",
      "2025-12-22",
      "2026-01-02",
      "2026-02-16",
      "2026-04-06",
      "2026-04-17",
      "2026-05-01",
      "2026-05-14",
      "2026-05-15",
      "2026-05-25",
    ])
      expect(isSchoolDay(d), d).toBe(false);
    expect(isSchoolDay("2026-01-05")).toBe(true);
    expect(isSchoolDay("2026-04-20")).toBe(true);
    expect(isSchoolDay("2026-06-30")).toBe(true);
    expect(isSchoolDay("2026-07-01")).toBe(false);
    expect(isSchoolDay("2025-09-06")).toBe(false); // Saturday
  });
});

describe("worked example 2026-2027", () => {
  const cal = schoolYearCalendar("2026-2027");
  it("has the holidays and days off of REGULATIONS.md", () => {
    expect(cal.easter).toBe("2027-03-28");
    expect(range(cal, "herfst")).toEqual(["2026-11-02", "2026-11-08"]); // 1 Nov is a Sunday
    expect(range(cal, "wapenstilstand")).toEqual(["2026-11-11", "2026-11-11"]);
    expect(range(cal, "kerst")).toEqual(["2026-12-21", "2027-01-03"]);
    expect(range(cal, "krokus")).toEqual(["2027-02-08", "2027-02-14"]);
    expect(range(cal, "paas")).toEqual(["2027-03-29", "2027-04-11"]); // Easter in March
    expect(range(cal, "paasmaandag")).toEqual(["2027-03-29", "2027-03-29"]);
    expect(range(cal, "dag-van-de-arbeid")).toEqual(["2027-05-01", "2027-05-01"]); // a Saturday: no compensation
    expect(range(cal, "hemelvaart")).toEqual(["2027-05-06", "2027-05-07"]);
    expect(range(cal, "pinkstermaandag")).toEqual(["2027-05-17", "2027-05-17"]);
  });
  it("counts the school weeks", () => {
    const weeks = schoolWeeks("2026-2027");
    expect(weeks[0]).toEqual({
      index: 0,
      monday: "2026-08-31",
      days: ["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04"],
    });
    expect(weeks.some((w) => w.monday === "2026-11-02")).toBe(false);
    expect(weeks.find((w) => w.monday === "2026-11-09")!.days).toEqual([
      "2026-11-09",
      "2026-11-10",
      "2026-11-12",
      "2026-11-13",
    ]);
    expect(weeks.at(-1)!.days.at(-1)).toBe("2027-06-30");
    // Mon 31 Aug 2026 … Mon 28 Jun 2027 = 44 weeks, minus 6 holiday weeks (herfst, kerst ×2, krokus, paas ×2)
    expect(weeks.length).toBe(44 - 6);
    const schoolDays = weeks.reduce((n, w) => n + w.days.length, 0);
    // 217 weekdays 1 Sep–30 Jun, minus 30 holiday weekdays, minus 11 Nov, Hemelvaart + Friday, Whit Monday
    expect(schoolDays).toBe(217 - 30 - 4);
  });
});

describe("edge cases of the rules", () => {
  it("year.herfst: 1 Nov on a Sunday starts the break on 2 Nov (2026, 2037)", () => {
    expect(range(schoolYearCalendar("2037-2038"), "herfst")).toEqual(["2037-11-02", "2037-11-08"]);
  });
  it("year.herfst: 1 Nov on a Saturday stays in its own week (2025 is a Saturday)", () => {
    expect(range(schoolYearCalendar("2025-2026"), "herfst")[0]).toBe("2025-10-27");
  });
  it("year.kerst: 25 Dec on a Saturday (2027) or Sunday (2022) starts the Monday after", () => {
    expect(range(schoolYearCalendar("2027-2028"), "kerst")).toEqual(["2027-12-27", "2028-01-09"]);
    expect(range(schoolYearCalendar("2022-2023"), "kerst")).toEqual(["2022-12-26", "2023-01-08"]);
  });
  it("year.paas: Easter in March (2024) starts the Monday after Easter", () => {
    expect(range(schoolYearCalendar("2023-2024"), "paas")).toEqual(["2024-04-01", "2024-04-14"]);
    expect(range(schoolYearCalendar("2034-2035"), "paas")).toEqual(["2035-03-26", "2035-04-08"]);
  });
  it("year.paas: Easter after 15 April (2025: 20 Apr) starts the second Monday before Easter", () => {
    expect(range(schoolYearCalendar("2024-2025"), "paas")).toEqual(["2025-04-07", "2025-04-20"]);
    expect(range(schoolYearCalendar("2037-2038"), "paas")).toEqual(["2038-04-12", "2038-04-25"]);
  });
  it("year.krokus: the 7th Monday before Easter", () => {
    expect(range(schoolYearCalendar("2024-2025"), "krokus")).toEqual(["2025-03-03", "2025-03-09"]);
  });
  it("covers 2020-2021 … 2040-2041 and refuses other years", () => {
    expect(() => schoolYearCalendar("2040-2041")).not.toThrow();
    expect(() => schoolYearCalendar("2020-2021")).not.toThrow();
    expect(() => schoolYearCalendar("2041-2042")).toThrow(InputError);
    expect(() => firstYearOf("2026-2028")).toThrow(InputError);
  });
  it("every year's breaks lie inside the school year and do not overlap", () => {
    for (let y = 2020; y <= 2040; y++) {
      const cal = schoolYearCalendar(`${y}-${y + 1}`);
      const breaks = cal.daysOff
        .filter((d) => d.kind === "holiday" && d.id !== "zomer")
        .sort((a, b) => a.from.localeCompare(b.from));
      expect(breaks.map((b) => b.id)).toEqual(["herfst", "kerst", "krokus", "paas"]);
      for (let i = 1; i < breaks.length; i++) expect(breaks[i].from > breaks[i - 1].to).toBe(true);
      expect(breaks[0].from > cal.start && breaks[3].to < cal.end).toBe(true);
    }
  });
});
