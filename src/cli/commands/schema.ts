import { z } from "zod";
import { Scenario } from "../../model/index.js";
import type { Command } from "../command.js";

/** JSON Schema of a scenario file (input side: defaults are optional). */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(Scenario, { io: "input", unrepresentable: "any" });
}

export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema of a scenario file",
  usage: "vrijrooster schema",
  async run() {
    process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + "\n");
    return 0;
  },
};
