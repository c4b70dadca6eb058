// HiGHS gets the model as arrays instead of CPLEX LP text (issue 11: the text and HiGHS' LP reader cost 0.15 s a
// solve on 48 classes, ~0.9 s the first time in a process). The arrays must be the very model the LP reader built
// from the text — same column order, bounds, costs, rows and coefficients — so that HiGHS does the same search.
// Real HiGHS, real fixtures, no mock.
import { beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/index.js";
import { SolverModel } from "../solver/build.js";
import { encodeAll } from "../solver/encode/index.js";
import { loadHighs, makeHighsEngine, toLpText, toModelData, type Highs } from "../solver/engines/highs.js";
import { LinearModel } from "../solver/linear-model.js";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const encoded = (file: string, grid = 0) => {
  const s = loadScenario(`fixtures/${file}`);
  const m = new SolverModel(s, s.dayGrids[grid]);
  encodeAll(m);
  return m.lp;
};

/** Both ways into HiGHS, read back: the column names in order and HiGHS' own copy of the model. */
function both(lp: LinearModel, feasibilityOnly = false, relax = false) {
  const text = toLpText(lp, feasibilityOnly, relax);
  const fromText = highs.createModel({ format: "lp", data: text.text });
  const arrays = toModelData(highs, lp, feasibilityOnly, relax);
  const fromArrays = highs.createModel(arrays.data);
  try {
    const { numCols } = fromText.getDimensions();
    const textOrder = Array.from({ length: numCols }, (_, j) => text.names[Number(fromText.getColName(j).slice(1))]);
    const plain = (m: typeof fromText) => {
      const d = m.getLp("csr");
      const arr = (x: ArrayLike<number>) => Array.from(x);
      return {
        sense: d.sense,
        colCost: arr(d.colCost),
        colLower: arr(d.colLower),
        colUpper: arr(d.colUpper),
        rowLower: arr(d.rowLower),
        rowUpper: arr(d.rowUpper),
        integrality: arr(d.integrality),
        starts: arr(d.matrix.starts),
        indices: arr(d.matrix.indices),
        values: arr(d.matrix.values),
      };
    };
    return { textOrder, arrayOrder: arrays.names, text: plain(fromText), arrays: plain(fromArrays) };
  } finally {
    fromText.dispose();
    fromArrays.dispose();
  }
}

describe("the model as arrays is the model HiGHS read from the LP text", () => {
  it.each([
    ["village-school.json", 0],
    ["city-school.json", 1],
    ["coteaching-school.json", 0],
  ])("%s (grid %i): same columns in the same order, same bounds, costs, rows and coefficients", (file, grid) => {
    const lp = encoded(file, grid);
    for (const [feasibilityOnly, relax] of [
      [false, false],
      [false, true],
      [true, false],
    ]) {
      const b = both(lp, feasibilityOnly, relax);
      expect(b.arrayOrder).toHaveLength(lp.variables.size);
      expect(b.arrayOrder).toEqual(b.textOrder);
      expect(b.arrays).toEqual(b.text);
      const binaries = [...lp.variables.values()].filter((v) => v.type === "binary").length;
      expect(binaries).toBeGreaterThan(0);
      expect(b.arrays.integrality.filter((t) => t === 1)).toHaveLength(relax ? 0 : binaries);
    }
  });

  it("a variable in no row and out of the objective, an empty infeasible row, a binary only in Binaries", () => {
    const lp = new LinearModel();
    lp.addVar("a");
    lp.addVar("free", "continuous", 0, 5);
    lp.addVar("lonely");
    lp.addVar("b");
    lp.addConstraint(new Map([["b", 1]]), "<=", 1, { rule: "t", instance: "1", message: "" });
    lp.addConstraint(new Map(), ">=", 1, { rule: "t", instance: "2", message: "" });
    lp.addConstraint(new Map([["a", 2]]), "=", 2, { rule: "t", instance: "3", message: "" });
    lp.addObjective(new Map([["b", 3]]));
    const b = both(lp);
    expect(b.textOrder).toEqual(["b", "a", "free", "lonely"]);
    expect(b.arrayOrder).toEqual(b.textOrder);
    expect(b.arrays).toEqual(b.text);
    // And the engine answers from the arrays: that empty row makes the model infeasible.
    expect(makeHighsEngine(highs).solve(lp, { timeLimitSeconds: 10 }).status).toBe("infeasible");
  });

  it("the engine's answer maps each column back to its variable", () => {
    const lp = new LinearModel();
    lp.addVar("x");
    lp.addVar("y");
    lp.addVar("z", "continuous", 0, 4);
    lp.addConstraint(
      new Map([
        ["x", 1],
        ["y", 1],
      ]),
      "<=",
      1,
      { rule: "t", instance: "1", message: "" },
    );
    lp.addConstraint(
      new Map([
        ["z", 1],
        ["x", -3],
      ]),
      "<=",
      1,
      { rule: "t", instance: "2", message: "" },
    );
    lp.addObjective(
      new Map([
        ["z", 1],
        ["y", 2],
      ]),
    );
    const r = makeHighsEngine(highs).solve(lp, { timeLimitSeconds: 10 });
    expect(r.status).toBe("optimal");
    // x = 1, y = 0, z = 4 gives 4; x = 0, y = 1, z = 1 gives 3.
    expect(r.objective).toBeCloseTo(4, 9);
    expect(Object.fromEntries(r.values)).toEqual({ x: 1, y: 0, z: 4 });
  });
});
