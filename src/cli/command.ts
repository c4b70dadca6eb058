// A CLI command: name, one-line summary, usage text and run(). Exit codes: 0 ok, 1 hard rule
// violations / no feasible week, 2 invalid input or usage.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "../model/index.js";

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

export class UsageError extends InputError {}

/** node:util parseArgs, with unknown options turned into a plain usage error. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: T,
  positionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
