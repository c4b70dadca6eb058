// The result of planning a round: dated sessions, what could not be placed and why, proven or not.
import type { Day } from "../model/index.js";

export interface PlannedParticipant {
  id: string;
  name: string;
  role?: "lead" | "note-taker" | "facilitator";
  attendance: "required" | "optional";
  remote: boolean;
  /** Optional participants attend only when they are free then. */
  attends: boolean;
  /** Why an optional participant cannot attend (Dutch), and in English. */
  why?: string;
  whyEn?: string;
}

export interface PlannedSession {
  /** Occurrence key: the session id, or "id#n" for the n-th occurrence of a recurring session. */
  key: string;
  session: string;
  title: string;
  occurrence: number;
  date: string;
  day: Day;
  start: string;
  end: string;
  location: string;
  locationName: string;
  participants: PlannedParticipant[];
}

export interface Unplaced {
  key: string;
  session: string;
  title: string;
  /** One sentence a coordinator understands (Dutch), and in English. */
  reason: string;
  reasonEn?: string;
  details: string[];
  detailsEn?: string[];
}

export interface RoundsViolation {
  id: string;
  severity: "hard" | "warning";
  message: string;
  where: { session?: string; person?: string; date?: string };
}

export interface RoundsPlan {
  name: string;
  status: "optimal" | "feasible" | "partial" | "timeout";
  /** true: no plan places more sessions or uses fewer days (HiGHS proved the optimum). */
  proven: boolean;
  /** "highs", or "greedy" when HiGHS stopped at its time limit with a weaker plan than the greedy one. */
  engine: string;
  objective: number;
  metrics: { sessions: number; placed: number; days: number; personDays: number };
  sessions: PlannedSession[];
  unplaced: Unplaced[];
  /** The checker's findings on this plan (warnings such as group size included). */
  violations: RoundsViolation[];
  /** Model sizes are those of the last master (date-level) MILP; iterations = master solves, cuts = date sets
   *  found impossible to time; masterMs / dayMs = time in the master and in timing the dates. */
  stats: {
    ms: number;
    candidates: number;
    variables: number;
    constraints: number;
    iterations: number;
    cuts: number;
    masterMs: number;
    dayMs: number;
  };
}
