// The what-if tests' school (issue 10 item 10): a goal not met because the LO teacher is only there on Monday.
import type { ScenarioInput } from "../../src/model/index.js";
import { tinyInput } from "./tiny.js";

/** L1's teacher meets the pedagogical adviser, who only comes on Thursday afternoon; LO is only on Monday. */
export function loMondayInput(members = ["kt1"]): ScenarioInput {
  const input = tinyInput();
  input.name = "Basisschool De Wilg";
  input.subjects![0].maxPerDay = 2;
  input.staff[2].availability = { mon: [{ from: "08:15", to: "15:30" }] };
  input.externals = [
    {
      id: "pb",
      name: "Greet Van Damme",
      kind: "pedagogical-adviser",
      availability: { thu: [{ from: "13:00", to: "16:00" }] },
    },
  ];
  input.releaseGoals = [
    { id: "taal", name: "PLG taal", members, externals: ["pb"], mode: "digital", minBlockMinutes: 100 },
  ];
  return input;
}
