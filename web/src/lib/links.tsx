// Links from words to the editor: a message that names a person, a class or a goal links to it
// (/s/:id/edit/<tab>?focus=<id>), so a principal can go straight to what needs fixing.
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Scenario, Violation } from "../../../src/model/browser.js";

/** The editor's tabs, in order (the UX guide screen 2). */
export const EDITOR_TABS = [
  "grids",
  "classes",
  "staff",
  "subjects",
  "externals",
  "ateliers",
  "goals",
  "cover",
  "calendar",
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export const editorLink = (scenarioId: string, tab: EditorTab, focus?: string) =>
  `/s/${scenarioId}/edit/${tab}${focus ? `?focus=${encodeURIComponent(focus)}` : ""}`;

interface Target {
  text: string;
  tab: EditorTab;
  id: string;
}

function targetsOf(s: Scenario): Target[] {
  return [
    ...s.staff.map((p) => ({ text: p.name, tab: "staff" as const, id: p.id })),
    ...s.externals.map((p) => ({ text: p.name, tab: "externals" as const, id: p.id })),
    ...s.interns.map((p) => ({ text: p.name, tab: "externals" as const, id: p.id })),
    ...s.releaseGoals.map((g) => ({ text: g.name, tab: "goals" as const, id: g.id })),
    ...s.groups.map((g) => ({ text: g.id, tab: "classes" as const, id: g.id })),
  ]
    .filter((x) => x.text.length >= 2)
    .sort((a, b) => b.text.length - a.text.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The message with every name it contains turned into a link to that thing in the editor. */
export function Linkified({
  text,
  scenario,
  scenarioId,
}: {
  text: string;
  scenario: Scenario | null;
  scenarioId: string;
}) {
  if (!scenario) return <>{text}</>;
  const targets = targetsOf(scenario);
  if (targets.length === 0) return <>{text}</>;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${targets.map((x) => escape(x.text)).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const hit = targets.find((x) => x.text === m[1])!;
    out.push(text.slice(last, m.index));
    out.push(
      <Link key={`${m.index}`} to={editorLink(scenarioId, hit.tab, hit.id)}>
        {m[1]}
      </Link>,
    );
    last = m.index! + m[1].length;
  }
  out.push(text.slice(last));
  return <>{out}</>;
}

/** Which editor tab and item a rule finding concerns (its `where`), for the findings panels. */
export function findingTarget(v: Pick<Violation, "rule" | "where">): { tab: EditorTab; focus?: string } {
  const w = v.where ?? {};
  if (v.rule.startsWith("week.")) return { tab: "grids" };
  if (v.rule.startsWith("year.")) return { tab: "calendar" };
  if (w.goal) return { tab: "goals", focus: w.goal };
  if (w.staff) return { tab: "staff", focus: w.staff };
  if (w.group) return { tab: "classes", focus: w.group };
  if (v.rule.startsWith("staff.")) return { tab: "staff" };
  if (v.rule.startsWith("release.")) return { tab: "goals" };
  return { tab: "classes" };
}
