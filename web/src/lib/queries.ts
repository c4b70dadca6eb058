// Server state through TanStack Query: one hook per resource, shared by every screen. The shapes are the
// API's (docs/api.md); the scenario and candidate bodies are src/model's own types.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Candidate, Conflict, ScenarioInput, Timetable } from "../../../src/model/browser.js";
import { api } from "./api.js";

export interface ScenarioSummary {
  id: string;
  version: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  derivedFrom?: string | null;
}

export interface StoredScenario extends ScenarioSummary {
  latestVersion: number;
  scenario: ScenarioInput;
}

export interface CandidateSummary {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  jobId: string | null;
  rank: number;
  createdAt: string;
  status: string;
  objective: number;
  bound: number;
  metrics: Record<string, unknown> & { releaseMinutes: number; goalsMet: number; goalsTotal: number };
  violations: number;
  /** What was proven about it (solver/core.ts candidateLabel). */
  label?: { nl: string; en: string };
}

export interface StoredCandidate {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  jobId: string | null;
  rank: number;
  createdAt: string;
  candidate: Candidate;
}

export interface JobProgress {
  phase: string;
  message: string;
  /** The same in English; absent in jobs stored before it existed. */
  messageEn?: string;
  elapsedMs: number;
  fraction?: number;
}

export interface Job {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  options: Record<string, unknown>;
  progress: JobProgress | null;
  error: { code: string; message: string; messageEn?: string } | null;
  resultStatus: string | null;
  conflicts: Conflict[];
  candidates: string[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Example {
  id: string;
  name: string;
  description?: string;
  classes: number;
  staff: number;
  releaseGoals: number;
}

export const keys = {
  scenarios: ["scenarios"] as const,
  scenario: (id: string, version?: number) => ["scenario", id, version ?? "latest"] as const,
  versions: (id: string) => ["versions", id] as const,
  candidates: (id: string) => ["candidates", id] as const,
  candidate: (id: string) => ["candidate", id] as const,
  ateliers: (id: string) => ["ateliers", id] as const,
  jobs: (id: string) => ["jobs", id] as const,
  feeds: (id: string) => ["feeds", id] as const,
  examples: ["examples"] as const,
};

export const useScenarios = () =>
  useQuery({ queryKey: keys.scenarios, queryFn: () => api<ScenarioSummary[]>("/api/scenarios") });

export const useScenario = (id: string | undefined, version?: number) =>
  useQuery({
    queryKey: keys.scenario(id ?? "", version),
    queryFn: () => api<StoredScenario>(`/api/scenarios/${id}${version ? `?version=${version}` : ""}`),
    enabled: !!id,
  });

export const useVersions = (id: string | undefined) =>
  useQuery({
    queryKey: keys.versions(id ?? ""),
    queryFn: () => api<{ version: number; name: string; createdAt: string }[]>(`/api/scenarios/${id}/versions`),
    enabled: !!id,
  });

export const useCandidates = (scenarioId: string | undefined) =>
  useQuery({
    queryKey: keys.candidates(scenarioId ?? ""),
    queryFn: () => api<CandidateSummary[]>(`/api/scenarios/${scenarioId}/candidates`),
    enabled: !!scenarioId,
  });

export const useCandidate = (id: string | undefined) =>
  useQuery({
    queryKey: keys.candidate(id ?? ""),
    queryFn: () => api<StoredCandidate>(`/api/candidates/${id}`),
    enabled: !!id,
  });

/** The pupils' atelier assignment per rotation round, per atelier plan (GET /api/candidates/:id/ateliers). */
export type AtelierAssignments = NonNullable<Timetable["ateliers"]>;

export const useCandidateAteliers = (id: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: keys.ateliers(id ?? ""),
    queryFn: () => api<AtelierAssignments>(`/api/candidates/${id}/ateliers`),
    enabled: !!id && enabled,
    staleTime: Infinity, // a stored scenario version never changes
  });

export const useJobs = (scenarioId: string | undefined) =>
  useQuery({
    queryKey: keys.jobs(scenarioId ?? ""),
    queryFn: () => api<Job[]>(`/api/jobs?scenario=${scenarioId}`),
    enabled: !!scenarioId,
  });

export const useExamples = () => useQuery({ queryKey: keys.examples, queryFn: () => api<Example[]>("/api/examples") });

export function useInvalidate() {
  const qc = useQueryClient();
  return (key: readonly unknown[]) => qc.invalidateQueries({ queryKey: key });
}

/** POST /api/import: what the server read from the file(s); nothing is stored until the user accepts. */
export interface ImportResult {
  format: "xlsx" | "csv" | "fet" | "untis";
  scenario: ScenarioInput;
  report: {
    problems: { where: string; message: string }[];
    notes: string[];
    counts: Record<string, number>;
    merge?: { added: Record<string, string[]>; updated: Record<string, string[]>; kept: Record<string, string[]> };
  };
  /** With `into`: the school and the version the file was merged into. */
  into?: { id: string; version: number };
}

export const importFiles = (body: { files: { name: string; content: string }[]; into?: string }) =>
  api<ImportResult>("/api/import", { method: "POST", json: body });
