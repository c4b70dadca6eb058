// A field path in words for the error summary: ["groups", 2, "pupils"] → "Klassen › L5A › leerlingen".
// Pure: takes the draft and a translator.
import type { Path } from "./paths.js";

type T = (nl: string, en: string) => string;

const LISTS: Record<string, [string, string]> = {
  dayGrids: ["Dagindeling", "Day grid"],
  groups: ["Klassen", "Classes"],
  staff: ["Personeel", "Staff"],
  subjects: ["Vakken", "Subjects"],
  rooms: ["Lokalen", "Rooms"],
  externals: ["Externen", "Externals"],
  interns: ["Stagiairs", "Student teachers"],
  atelierPlans: ["Ateliers", "Ateliers"],
  releaseGoals: ["Overlegmomenten", "Meetings"],
  observations: ["Hospiteren", "Observations"],
  presenceDays: ["Vaste dagen", "Presence days"],
  cover: ["Opvang", "Cover"],
  lunchSupervision: ["Middagtoezicht", "Lunch supervision"],
  schools: ["Scholen", "Schools"],
  calendar: ["Kalender", "Calendar"],
  settings: ["Algemeen", "General"],
};

const WORDS: Record<string, [string, string]> = {
  name: ["naam", "name"],
  id: ["code", "code"],
  pupils: ["leerlingen", "pupils"],
  grades: ["leerjaren", "grades"],
  classTeachers: ["klasleerkracht", "class teacher"],
  coTeachers: ["co-teachers", "co-teachers"],
  level: ["niveau", "level"],
  fraction: ["opdracht", "assignment"],
  ambt: ["ambt", "role"],
  availability: ["aanwezigheid", "availability"],
  supervision: ["toezicht", "supervision"],
  start: ["begin", "start"],
  end: ["einde", "end"],
  kind: ["soort", "kind"],
  members: ["deelnemers", "members"],
  optionalMembers: ["liefst ook", "optional members"],
  periods: ["lestijden", "lessons"],
  taughtBy: ["gegeven door", "taught by"],
  leaders: ["begeleiders", "leaders"],
  capacity: ["plaatsen", "capacity"],
  candidateBlocks: ["mogelijke blokken", "possible blocks"],
  choices: ["keuzes", "choices"],
  date: ["datum", "date"],
  from: ["van", "from"],
  to: ["tot", "to"],
  mentor: ["mentor", "mentor"],
  group: ["klas", "class"],
  placements: ["stageperiodes", "placements"],
  weekdays: ["weekdagen", "weekdays"],
  college: ["hogeschool", "college"],
  schoolYear: ["schooljaar", "school year"],
  lessonsPerWeek: ["lestijden per week", "lessons per week"],
  merges: ["samenzetten", "merges"],
  maxPupils: ["max. leerlingen", "max. pupils"],
  studyDays: ["studiedagen", "study days"],
  facultativeDays: ["facultatieve dagen", "facultative days"],
  examWeeks: ["toetsweken", "exam weeks"],
  email: ["e-mail", "email"],
  plageMax: ["maximum lestijden", "maximum lessons"],
  minBlockMinutes: ["minimale duur", "minimum length"],
  frequency: ["hoe vaak", "how often"],
  externals: ["externen", "externals"],
  dates: ["data", "dates"],
  maxGroups: ["max. groepen", "max. groups"],
  supervisors: ["aantal toezichters", "supervisors"],
  maxPerWeek: ["hoogstens per week", "at most a week"],
  days: ["dagen", "days"],
  together: ["samen", "together"],
  allowLunch: ["over de middag", "over lunch"],
  lunchSupervisor: ["middagtoezicht", "lunch supervision"],
  school: ["school", "school"],
  travelMinutes: ["reistijd", "travel time"],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function describePath(draft: any, path: Path, t: T): string {
  const parts: string[] = [];
  const head = String(path[0] ?? "");
  parts.push(LISTS[head] ? t(...LISTS[head]) : head === "" ? t("Scenario", "Scenario") : t("Algemeen", "General"));
  if (!LISTS[head] && WORDS[head]) parts.push(t(...WORDS[head]));
  if (typeof path[1] === "number") {
    const item = draft?.[head]?.[path[1]];
    const label = head === "groups" ? item?.id : (item?.name ?? item?.id);
    parts.push(label ? String(label) : `#${path[1] + 1}`);
  } else if (head === "lunchSupervision" && path[1] === "posts" && typeof path[2] === "number") {
    const post = draft?.lunchSupervision?.posts?.[path[2]];
    parts.push(post?.name ? String(post.name) : `#${path[2] + 1}`);
  }
  const last = [...path].reverse().find((p) => typeof p === "string" && p !== head);
  if (last && WORDS[String(last)] && (typeof path[1] === "number" || LISTS[head]))
    parts.push(t(...WORDS[String(last)]));
  return parts.join(" › ");
}
