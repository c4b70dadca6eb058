// A CLI command: name, one-line summary, usage text and run(). Exit codes: 0 ok, 1 hard rule
// violations / no feasible week, 2 invalid input or usage.
import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
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

/**
 * Can `file` be written (its folder exists and is writable, it is not a folder)? Checked before the work
 * (a solve can take minutes), so a typo in --out costs nothing. A user error: exit 2 with what to do.
 */
export function checkOutFile(file: string, option = "--out"): void {
  const dir = dirname(resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(
      `${option} ${file}: de map ${dir} bestaat niet. Maak ze eerst (mkdir -p "${dir}") of kies een andere plaats.`,
    );
  if (existsSync(file) && statSync(file).isDirectory())
    throw new InputError(`${option} ${file} is een map. Geef een bestandsnaam, bv. ${join2(file, "rooster.json")}.`);
  try {
    accessSync(existsSync(file) ? file : dir, constants.W_OK);
  } catch {
    throw new InputError(`${option} ${file}: u mag daar niet schrijven. Kies een andere plaats.`);
  }
}

const join2 = (a: string, b: string) => `${a.replace(/[\\/]+$/, "")}/${b}`;

/** writeFileSync with the user's mistakes (no folder, no rights, disk full) as InputErrors (exit 2). */
export function writeOutFile(file: string, data: string | Uint8Array, option = "--out"): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "onbekende fout";
    throw new InputError(
      `Kan ${option} ${file} niet schrijven (${code}). Kijk na of de map bestaat en of u er mag schrijven.`,
    );
  }
}
