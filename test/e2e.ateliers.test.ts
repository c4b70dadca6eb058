// The ateliers on the candidate page (issue 10, Top-3 atelier choices), in a real browser against the real
// server and solver: the atelier school (135 pupils of L4–L6, a top 3 each, 8 ateliers, 4 rotation rounds) is
// solved, and the best week's page shows per round which pupils go to which atelier with its leaders by name,
// marks the pupils outside their choices, and warns in words that the choices run out in round 4. A care
// coordinator's own meeting during the lessons says truthfully why it needs no cover.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, signedInE2E, type E2E } from "./e2e/browser.js";

type Assignment = {
  plan: string;
  pupils: number;
  rounds: { round: number; assignment: Record<string, string>; choice: { other: number } }[];
  warnings: { id: string; message: string }[];
};

const school = JSON.parse(readFileSync("fixtures/atelier-school.json", "utf8"));
const plan = school.atelierPlans[0] as {
  ateliers: { id: string; name: string; leaders: string[] }[];
  choices: { pupil: string; choices: string[] }[];
};

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("ateliers");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

async function api<T>(method: "get" | "post", path: string, data?: object): Promise<T> {
  const r = await e.page.request[method](e.server.url + path, data ? { data } : undefined);
  expect(r.status(), `${path}: ${await r.text()}`).toBeLessThan(300);
  return (await r.json()) as T;
}

describe("ateliers on the candidate page", () => {
  it("shows per round which pupil goes to which atelier, the leaders by name, and the warning in words", async () => {
    const { page } = e;
    // Plus the care coordinator's own Wednesday-morning meeting: during the lessons, but she has no class then.
    const zorg = {
      id: "zorgoverleg",
      name: "Zorgoverleg",
      members: ["zorgco"],
      mode: "digital",
      minBlockMinutes: 50,
      when: [{ days: ["wed"], part: "morning" }],
    };
    const body = { ...school, releaseGoals: [...school.releaseGoals, zorg] };
    const { id } = await api<{ id: string }>("post", "/api/scenarios", body);
    const job = await api<{ id: string }>("post", `/api/scenarios/${id}/solve`, { candidates: 1 });
    await expect
      .poll(async () => (await api<{ status: string }>("get", `/api/jobs/${job.id}`)).status, { timeout: 120_000 })
      .toBe("done");
    const { candidates } = await api<{ candidates: string[] }>("get", `/api/jobs/${job.id}`);
    const [assignment] = await api<Assignment[]>("get", `/api/candidates/${candidates[0]}/ateliers`);
    expect(assignment.pupils).toBe(plan.choices.length);
    expect(assignment.rounds.map((r) => r.round)).toEqual([1, 2, 3, 4]);

    await page.goto(`${e.server.url}/s/${id}/candidates/${candidates[0]}`);
    const card = page.locator(".atelier-rounds");
    await card.getByRole("heading", { name: "Ateliers: wie gaat waarheen?" }).waitFor();

    // Pupil L4A-01 in round 1: under the atelier the assignment gave, in the row that names its leaders.
    const pupil = plan.choices[0];
    const atelier = plan.ateliers.find((a) => a.id === assignment.rounds[0].assignment[pupil.pupil])!;
    const row = card.locator(`tbody[data-round="1"] tr[data-atelier="${atelier.id}"]`);
    expect(await row.getByRole("rowheader").innerText()).toBe(atelier.name);
    expect(await row.locator(`[data-pupil="${pupil.pupil}"]`).innerText()).toMatch(
      new RegExp(`^(, )?${pupil.pupil}${pupil.choices.includes(atelier.id) ? "" : "\\*"}$`),
    );
    // Names, never ids: "Rita Verlinden, Hilde Boonen" for koken, not "vol-rita, zorgco".
    const koken = card.locator('tbody[data-round="1"] tr[data-atelier="koken"]');
    expect(await koken.locator("td").first().innerText()).toBe("Rita Verlinden, Hilde Boonen");
    // The pupil is in exactly one atelier per round.
    expect(await card.locator(`tbody[data-round="1"] [data-pupil="${pupil.pupil}"]`).count()).toBe(1);

    // Three choices, four rounds: round 4 puts pupils outside their choices, marked, and the page says so.
    const outside = assignment.rounds[3].choice.other;
    expect(outside).toBeGreaterThan(0);
    expect(await card.locator('tbody[data-round="4"] .pupil', { hasText: "*" }).count()).toBe(outside);
    expect(await card.locator('tbody[data-round="1"] .pupil', { hasText: "*" }).count()).toBe(
      assignment.rounds[0].choice.other,
    );
    const first = assignment.rounds.find((r) => r.choice.other > 0)!;
    const inWords = assignment.rounds
      .filter((r) => r.choice.other > 0)
      .map((r) => `ronde ${r.round}: ${r.choice.other} leerlingen`)
      .join(", ");
    expect(await card.locator('[data-warning="outside-choices"]').innerText()).toContain(
      `Een atelier buiten hun keuzes in ${inWords}. Laat meer keuzes opgeven (tot 10) of laat de rotatie stoppen na ronde ${first.round - 1}.`,
    );
    const warning = card.locator('[data-warning="choices-run-out"]');
    expect(await warning.innerText()).toMatch(
      /Vanaf ronde 4 hebben \d+ leerlingen al hun keuzes gehad: .*Laat meer keuzes opgeven \(tot 10\) of laat de rotatie daar stoppen\./,
    );

    // "Wie neemt de klas over?": her meeting needs no cover, and the page says why (not "after the lessons").
    expect(await page.locator('[data-goal="zorgoverleg"] .no-cover').innerText()).toBe(
      "Tijdens de lessen; Hilde Boonen heeft dan geen klas: geen opvang nodig.",
    );
    await screenshot(page, "ateliers-1-candidate");

    // The same in the workbook (Downloaden → Excel): sheet "Ateliers", one row per round and atelier.
    const xlsx = await page.request.get(`${e.server.url}/api/candidates/${candidates[0]}/export?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.body());
    const rows = (wb.getWorksheet("Ateliers")?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const inRound1 = rows.find((r) => r[2] === 1 && r[4] === atelier.name);
    expect(inRound1?.[3]).toBe("1–8"); // school weeks of round 1 (a new atelier every 8 weeks)
    expect(String(inRound1?.[7]).split(", ")).toContain(
      `${pupil.pupil}${pupil.choices.includes(atelier.id) ? "" : "*"}`,
    );
    expect(rows.find((r) => r[2] === 1 && r[4] === "Koken en proeven")?.[5]).toBe("Rita Verlinden, Hilde Boonen");
    expect(rows.some((r) => r[4] === "Let op" && String(r[7]).startsWith("Vanaf ronde 4 hebben"))).toBe(true);
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
  });
});
