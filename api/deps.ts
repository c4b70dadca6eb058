// The solver and the iCal renderer, as the API uses them (loaded on first use).
import type { Candidate, Scenario, Timetable } from "../src/model/index.js";

export interface SolveProgress { phase: string; message: string; elapsedMs: number; fraction?: number }
export interface SolveOptions {
  candidates?: number; timeLimitSeconds?: number; engine?: "highs" | "jslp";
  onProgress?: (p: SolveProgress) => void; signal?: AbortSignal;
}
export type FeedView = { kind: "staff"; id: string } | { kind: "group"; id: string } | { kind: "goal"; id: string } | { kind: "school" };
export interface SequenceState { [uid: string]: { hash: string; sequence: number } }

interface SolverModule { solve(scenario: Scenario, opts?: SolveOptions): Promise<Timetable> }
interface IcalModule {
  parseFeedView(text: string, scenario?: Scenario): FeedView;
  renderFeed(scenario: Scenario, candidate: Candidate, view: FeedView, opts?: { previous?: SequenceState; now?: Date }): { ics: string; state: SequenceState; name: string };
}

// Non-literal specifiers: the modules are built in parallel by colleagues.
const SOLVER = "../solver/index.js";
const ICAL = "../src/ical/index.js";
let solver: Promise<SolverModule> | undefined;
let ical: IcalModule | undefined;

export async function solve(scenario: Scenario, opts?: SolveOptions): Promise<Timetable> {
  solver ??= import(SOLVER) as Promise<SolverModule>;
  return (await solver).solve(scenario, opts);
}

export async function loadIcal(): Promise<IcalModule> {
  ical ??= (await import(ICAL)) as IcalModule;
  return ical;
}
