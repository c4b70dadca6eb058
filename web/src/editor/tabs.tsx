// The editor's tabs: "school" (Algemeen) plus the shared EDITOR_TABS, each with its body component.
import { EDITOR_TABS } from "../lib/links.js";
import { ClassesTab } from "./ClassesTab.js";
import { GridsTab } from "./GridsTab.js";
import { SchoolTab } from "./SchoolTab.js";
import { StaffTab } from "./StaffTab.js";
import { SubjectsTab } from "./SubjectsTab.js";
import { ExternalsTab } from "./ExternalsTab.js";
import { AteliersTab } from "./AteliersTab.js";
import { GoalsTab } from "./GoalsTab.js";
import { CoverTab } from "./CoverTab.js";
import { CalendarTab } from "./CalendarTab.js";

export const TABS = ["school", ...EDITOR_TABS] as const;

const LABELS: Record<string, [string, string]> = {
  school: ["Algemeen", "General"],
  grids: ["Dagindeling", "Day grid"],
  classes: ["Klassen", "Classes"],
  staff: ["Personeel", "Staff"],
  subjects: ["Vakken", "Subjects"],
  externals: ["Externen & stagiairs", "Externals & student teachers"],
  ateliers: ["Ateliers", "Ateliers"],
  goals: ["Overlegmomenten", "Meetings"],
  cover: ["Opvang", "Cover"],
  calendar: ["Kalender", "Calendar"],
};

export const tabLabel = (tab: string, t: (nl: string, en: string) => string) => (LABELS[tab] ? t(...LABELS[tab]) : tab);

export function TabBody({ tab }: { tab: string }) {
  switch (tab) {
    case "school":
      return <SchoolTab />;
    case "classes":
      return <ClassesTab />;
    case "staff":
      return <StaffTab />;
    case "subjects":
      return <SubjectsTab />;
    case "externals":
      return <ExternalsTab />;
    case "ateliers":
      return <AteliersTab />;
    case "goals":
      return <GoalsTab />;
    case "cover":
      return <CoverTab />;
    case "calendar":
      return <CalendarTab />;
    default:
      return <GridsTab />;
  }
}
