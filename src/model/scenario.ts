// The scenario: one school, one school year. zod schemas are the single source of truth;
// the TypeScript types are inferred and the JSON Schema (`vrijrooster schema`) is exported from them.
import { z } from "zod";
import { Clock, Day, IsoDate as IsoDateFormat } from "./time.js";
import { resolveScenario } from "./resolve.js";

const minutesOf = (a: string, b: string) => {
  const m = (x: string) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3, 5));
  return m(b) - m(a);
};
import { checkCrossReferences } from "./crossrefs.js";
import { MAX_PROBLEMS } from "./problems.js";

const Id = z
  .string()
  .min(1, "Een id mag niet leeg zijn")
  .max(100, "Een id is hoogstens 100 tekens lang")
  .regex(/^[A-Za-z0-9_.:-]+$/, "Een id bevat enkel letters, cijfers, '-', '_', '.' of ':'");

// Names and free text end up in calendars, pages and files: no control characters (line breaks, tabs …), so a
// name can never add a line to an iCal feed (issue 12). Texts are also bounded in length.
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
const Text = (max = 200) =>
  z
    .string()
    .max(max, `Hoogstens ${max} tekens`)
    .regex(NO_CONTROL, "Gebruik geen regeleinden, tabs of andere stuurtekens in dit veld");
const Name = () => Text().min(1);

/** YYYY-MM-DD that exists on the calendar (no 2026-02-31, no month 13). */
const IsoDate = IsoDateFormat.refine((d) => {
  const [y, m, day] = d.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, day));
  return y >= 2000 && y <= 2100 && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}, "Deze datum bestaat niet (kijk dag en maand na, bv. 2026-09-01)");

/** Upper bounds on list lengths: far above any school, low enough to stop a hostile file early. */
const MAX_IDS = 500;
const MAX_ITEMS = 2000;

// ---------- day grid ----------

export const SlotKind = z
  .enum(["lesson", "break", "lunch", "staff"])
  .describe(
    "lesson: a lestijd for pupils; break/lunch: playtime and midday break; staff: child-free time at school (e.g. 15:00-17:00 after a 4+2 day, or a team hour before a late start)",
  );

export const Slot = z
  .strictObject({
    start: Clock,
    end: Clock,
    kind: SlotKind.default("lesson"),
    unitMinutes: z
      .number()
      .int()
      .min(30)
      .max(600)
      .optional()
      .describe(
        "Staff slots only: split this child-free slot into parts of this many minutes (min 30), so it can hold several shorter meetings (e.g. 15:00-17:00 with 60 = two 1-hour meetings, or one of 2 hours)",
      ),
  })
  .refine((s) => s.start < s.end, { message: "Het einde van een tijdsblok moet na het begin liggen", path: ["end"] })
  .refine((s) => s.unitMinutes === undefined || s.kind === "staff", {
    message: "Enkel een kindvrij blok (kind: staff) kan je opdelen (unitMinutes)",
    path: ["unitMinutes"],
  })
  .refine((s) => s.unitMinutes === undefined || s.kind !== "staff" || minutesOf(s.start, s.end) % s.unitMinutes === 0, {
    message: "De duur van het blok moet een veelvoud van unitMinutes zijn",
    path: ["unitMinutes"],
  });
export type Slot = z.infer<typeof Slot>;

/** The slots of each school day, in time order. */
export const GridDays = z.strictObject({
  mon: z.array(Slot).max(30),
  tue: z.array(Slot).max(30),
  wed: z.array(Slot).max(30),
  thu: z.array(Slot).max(30),
  fri: z.array(Slot).max(30),
});
export type GridDays = z.infer<typeof GridDays>;

export const DayGrid = z.strictObject({
  id: Id,
  name: Text().describe("Readable name, e.g. 'Gewone week 6/6/4/6/6' or '4+2-dag tot 15:00'"),
  days: GridDays,
  levels: z
    .strictObject({
      kleuter: GridDays.optional(),
      lager: GridDays.optional(),
    })
    .optional()
    .describe(
      "Other break and lunch times for one level: the days of this grid for the kleuter (or lager) classes, when they differ from `days`. Release blocks stay in one clock time; a class of that level is covered in each of its own slots that a block overlaps. Omitted: every class follows `days`",
    ),
});
export type DayGrid = z.infer<typeof DayGrid>;

// ---------- people ----------

export const Ambt = z.enum([
  "kleuteronderwijzer",
  "onderwijzer",
  "leermeester-lo",
  "leermeester-levensbeschouwing",
  "zorgcoordinator",
  "ict-coordinator",
  "administratief",
  "directeur",
  "ondersteuner",
  "paramedicus",
]);
export type Ambt = z.infer<typeof Ambt>;

export const TimeWindow = z
  .strictObject({ from: Clock, to: Clock })
  .refine((w) => w.from < w.to, { message: "'to' moet na 'from' liggen", path: ["to"] });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** Per weekday the windows in which someone is there. A day that is missing (or []) means: not there. */
export const WeeklyAvailability = z
  .strictObject({
    mon: z.array(TimeWindow).max(20).optional(),
    tue: z.array(TimeWindow).max(20).optional(),
    wed: z.array(TimeWindow).max(20).optional(),
    thu: z.array(TimeWindow).max(20).optional(),
    fri: z.array(TimeWindow).max(20).optional(),
  })
  .describe(
    "Omitted entirely = always available; given = only in these windows; a missing day = not available that day",
  );
export type WeeklyAvailability = z.infer<typeof WeeklyAvailability>;

export const Fraction = z
  .string()
  .regex(
    /^\d{1,2}\/(24|36)$/,
    "Schrijf de opdracht als x/24 (onderwijzend personeel) of x/36 (beleids- en ondersteunend personeel), bv. 20/24",
  )
  .describe("Opdracht as x/24 or x/36");

export const SupervisionDuty = z.strictObject({
  day: Day,
  start: Clock,
  end: Clock,
  label: Text().optional().describe("e.g. 'speelplaats middag'"),
});
export type SupervisionDuty = z.infer<typeof SupervisionDuty>;

export const PartOfDay = z
  .enum(["morning", "afternoon"])
  .describe(
    "morning: before the day's lunch break; afternoon: after it (a day without lunch: settings.wednesdayCutoff)",
  );
export type PartOfDay = z.infer<typeof PartOfDay>;

/** Teacher wishes (soft, weighted): never break a hard rule, reported per person in the metrics. */
export const Wish = z.discriminatedUnion("kind", [
  z
    .strictObject({
      kind: z.literal("free"),
      days: z.array(Day).min(1).optional().describe("Omitted = every day"),
      part: PartOfDay.optional().describe("Omitted = the whole day"),
      period: z
        .enum(["first", "last"])
        .optional()
        .describe("Only the first or the last lestijd of those days (e.g. no first period on Monday)"),
      weight: z.number().min(0).max(100).default(1),
      label: Text().optional(),
    })
    .describe("Free then: no lesson, cover, atelier or meeting (e.g. a free Wednesday afternoon)"),
  z
    .strictObject({
      kind: z.literal("days"),
      days: z.array(Day).min(1),
      weight: z.number().min(0).max(100).default(1),
      label: Text().optional(),
    })
    .describe("Works only on these days (a part-timer's preferred days): free on every other day"),
]);
export type Wish = z.infer<typeof Wish>;

/** One school of a school group in which a staff member works (staff.schools). */
export const StaffSchool = z.strictObject({
  school: Id.describe("A school of scenario.schools"),
  days: z
    .array(Day)
    .min(1)
    .max(5)
    .optional()
    .describe(
      "The weekdays this person works in this school (e.g. an ondersteuner '1 dag per week'); omitted = any day",
    ),
});
export type StaffSchool = z.infer<typeof StaffSchool>;

export const Staff = z.strictObject({
  id: Id,
  name: Name(),
  email: z.email().optional().describe("Optional: used as the attendee address in iCal feeds"),
  ambt: Ambt,
  fraction: Fraction.default("24/24"),
  availability: WeeklyAvailability.optional(),
  supervision: z.array(SupervisionDuty).max(50).default([]),
  meetingMinutesPerWeek: z
    .number()
    .int()
    .min(0)
    .max(2400)
    .default(0)
    .describe("Fixed weekly meetings at school, counted in the schoolopdracht"),
  plageMax: z
    .number()
    .int()
    .min(1)
    .max(28)
    .optional()
    .describe(
      "The school's agreed maximum lestijden for this person (full-time); overrides settings.plageMax for the ambt",
    ),
  flags: z
    .strictObject({
      keepsCareHoursInClass: z.boolean().default(false).describe("Care hours stay in the class: never used as cover"),
      noSubstitution: z
        .boolean()
        .default(false)
        .describe("May not be used to cover a class (e.g. ondersteuner from buo)"),
      noSupervision: z.boolean().default(false),
      careTeacher: z.boolean().default(false).describe("Zorgleerkracht whose hours may cover a class"),
      lunchSupervisor: z
        .boolean()
        .optional()
        .describe(
          "May take a lunch supervision post (lunchSupervision): true = yes (e.g. the PE teacher), false = never; omitted = class and care teachers. Never an ondersteuner or someone with noSupervision (staff.buo-ondersteuner)",
        ),
    })
    .default({ keepsCareHoursInClass: false, noSubstitution: false, noSupervision: false, careTeacher: false }),
  wishes: z.array(Wish).max(50).optional().describe("Soft, weighted wishes (staff.wishes); never break a hard rule"),
  schools: z
    .array(StaffSchool)
    .min(1)
    .max(50)
    .optional()
    .describe(
      "School group only: the schools (scenario.schools) this person works in, with the days per school. Omitted = the schools of the classes they teach; a care teacher covers only classes of these schools",
    ),
});
export type Staff = z.infer<typeof Staff>;

export const Group = z.strictObject({
  id: Id,
  name: Text().optional(),
  level: z.enum(["kleuter", "lager"]),
  grades: z
    .array(z.number().int().min(1).max(6))
    .min(1)
    .describe("K1-K3 as 1-3 for kleuter; 1-6 for lager; two grades = graadsklas"),
  pupils: z.number().int().min(1).max(60),
  classTeachers: z.array(Id).min(1, "Elke klas heeft minstens één klasleerkracht").max(20),
  coTeachers: z.array(Id).max(20).default([]),
  school: Id.optional().describe("School group only: the school (scenario.schools) this class belongs to"),
});
export type Group = z.infer<typeof Group>;

export const ExternalKind = z.enum([
  "pedagogical-adviser",
  "teacher-educator",
  "volunteer",
  "atelier-partner",
  "support-worker",
  "clb",
  "trainer",
  "parent",
]);

export const DatedWindow = z.strictObject({ date: IsoDate, from: Clock.optional(), to: Clock.optional() });

export const External = z.strictObject({
  id: Id,
  name: Name(),
  email: z.email().optional().describe("Optional: used as the attendee address in iCal feeds"),
  kind: ExternalKind,
  availability: WeeklyAvailability.optional(),
  dates: z
    .array(DatedWindow)
    .max(400)
    .default([])
    .describe("Dated availability (on top of, or instead of, the weekly one)"),
  maxGroups: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(1)
    .describe("How many groups at once this person can lead (ateliers)"),
});
export type External = z.infer<typeof External>;

export const DateRange = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: "'to' mag niet vóór 'from' liggen", path: ["to"] });
export type DateRange = z.infer<typeof DateRange>;

export const Intern = z.strictObject({
  id: Id,
  name: Name(),
  college: Name(),
  mentor: Id,
  group: Id,
  placements: z.array(DateRange).min(1).max(50).describe("Placement periods (weeks)"),
  weekdays: z.array(Day).min(1).max(5),
  independent: z.boolean().default(false).describe("3rd-year 'zelfstandige stage': may take the class alone"),
});
export type Intern = z.infer<typeof Intern>;

// ---------- subject plan ----------

export const TaughtBy = z.union([
  z.literal("class").describe("The class teacher"),
  z
    .strictObject({ staff: z.array(Id).min(1).max(20) })
    .describe("Named specialist(s); several = all at once (levensbeschouwing splits the class)"),
]);

export const Room = z.strictObject({
  id: Id,
  name: Text(),
  capacity: z.number().int().min(1).max(50).describe("Groups at the same time"),
  school: Id.optional().describe("School group only: the school (scenario.schools) this room is in"),
});

export const Subject = z.strictObject({
  id: Id.describe("Short code, e.g. LO, LBV, FRA"),
  name: Text(),
  groups: z.array(Id).min(1).max(MAX_IDS).describe("Each of these groups gets `periods` lestijden of this subject"),
  periods: z.number().int().min(1).max(10),
  taughtBy: TaughtBy,
  maxPerDay: z.number().int().min(1).max(12).default(1),
  minDaysApart: z.number().int().min(0).max(4).default(0),
  prefer: z.enum(["any", "morning", "afternoon"]).default("any"),
  room: Id.optional(),
  together: z
    .boolean()
    .optional()
    .describe(
      "The groups take this subject together, at the same time, regrouped over the taughtBy.staff (e.g. levensbeschouwing for L1A and L1B in three option groups): one lesson occupies every group and every teacher, and counts once in each teacher's load",
    ),
});
export type Subject = z.infer<typeof Subject>;

/**
 * The subject the groups take together (Subject.together) that a lesson of `group` in `subjectId` belongs to, and
 * the key of its one activity in a slot ("together:LBV1:L1A+L1B"); undefined for any other lesson.
 */
export function togetherOf(
  subjects: readonly Subject[],
  subjectId: string,
  group: string,
): { subject: Subject; key: string } | undefined {
  const sub = subjects.find((x) => x.together && x.id === subjectId && x.groups.includes(group));
  return sub && { subject: sub, key: `together:${sub.id}:${sub.groups.join("+")}` };
}

// ---------- ateliers ----------

export const Block = z.strictObject({ day: Day, start: Clock, end: Clock });
export type Block = z.infer<typeof Block>;

export const PupilChoice = z.strictObject({
  pupil: Id,
  group: Id,
  choices: z
    .array(Id)
    .min(1)
    .max(10)
    .describe(
      "Ranked ateliers, first choice first: a top 3 is usual; more choices keep later rotation rounds within wishes",
    ),
});

export const AtelierPlan = z.strictObject({
  id: Id,
  name: Text(),
  candidateBlocks: z
    .array(Block)
    .min(1)
    .max(200)
    .describe("Blocks in which this atelier programme may run (the solver picks one)"),
  groups: z.array(Id).min(1).max(MAX_IDS).describe("Groups whose pupils take part"),
  ateliers: z
    .array(
      z.strictObject({
        id: Id,
        name: Text(),
        leaders: z.array(Id).min(1).max(MAX_IDS),
        capacity: z.number().int().min(1).max(1000),
      }),
    )
    .min(1),
  choices: z
    .array(PupilChoice)
    .max(MAX_ITEMS * 10)
    .default([]),
  rotationWeeks: z.number().int().min(1).max(40).default(4),
  afterChoices: z
    .enum(["rotate", "stop"])
    .default("rotate")
    .describe(
      "When pupils have had every atelier they chose: 'rotate' on into ateliers they did not choose (with a warning), or 'stop' the rotation there",
    ),
  pupilsPerLeader: z.number().int().min(1).max(100).default(15),
});
export type AtelierPlan = z.infer<typeof AtelierPlan>;

// ---------- release goals ----------

export const Frequency = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("weekly") }),
  z
    .strictObject({
      kind: z.literal("every-n-weeks"),
      n: z.number().int().min(2).max(12),
      offset: z
        .number()
        .int()
        .min(0)
        .max(11)
        .optional()
        .describe("The cycle starts in school week `offset` (0 = the first school week; default 0); at most n-1"),
      firstDate: IsoDate.optional().describe(
        "A date in the week of the first session: the cycle starts in that school week (no session before it)",
      ),
    })
    .refine((f) => f.offset === undefined || f.offset < f.n, {
      message: "offset ligt tussen 0 en n-1 (bv. om de 3 weken: 0, 1 of 2)",
      path: ["offset"],
    })
    .refine((f) => f.offset === undefined || f.firstDate === undefined, {
      message: "Geef offset of firstDate, niet allebei",
      path: ["firstDate"],
    }),
  z
    .strictObject({ kind: z.literal("monthly-pattern"), week: z.number().int().min(1).max(4) })
    .describe("Handvat 7: week 1 partners, week 2 PLG, week 3 whole team + trainer, week 4 own choice"),
  z
    .strictObject({
      kind: z.literal("placement-week"),
      week: z
        .number()
        .int()
        .min(1)
        .max(20)
        .optional()
        .describe(
          "Week k of each placement (1 = the week the placement starts); omitted: every week of each placement",
        ),
      intern: Id.optional().describe("Only this intern's placements (default: every intern's placements)"),
    })
    .describe("Relative to intern placements: e.g. collegiale visitatie in week 3 of each placement"),
]);
export type Frequency = z.infer<typeof Frequency>;

/** A part of the week: days (omitted = every day), a part of the day and/or a clock window. */
export const GoalWindow = z
  .strictObject({
    days: z.array(Day).min(1).optional(),
    part: PartOfDay.optional(),
    from: Clock.optional(),
    to: Clock.optional(),
  })
  .refine((w) => !w.from || !w.to || w.from < w.to, { message: "'to' moet na 'from' liggen", path: ["to"] });
export type GoalWindow = z.infer<typeof GoalWindow>;

/** Everyone on the staff who fits every given criterion (resolved each time the scenario is read). */
export const MemberSet = z.strictObject({
  role: z
    .enum(["class-teacher", "co-teacher", "care-teacher", "specialist"])
    .optional()
    .describe(
      "class-teacher / co-teacher of a group, care teacher (flags.careTeacher), specialist (teaches a subject)",
    ),
  ambt: z.array(Ambt).min(1).optional(),
  level: z
    .enum(["kleuter", "lager"])
    .optional()
    .describe("Teaches (class, co-teaching or a subject) a group of this level"),
  grades: z.array(z.number().int().min(1).max(6)).min(1).optional().describe("…a group with one of these grades"),
  school: Id.optional().describe("School group: works in this school (staff.schools, or teaches one of its classes)"),
  except: z.array(Id).max(MAX_IDS).default([]),
});
export type MemberSet = z.infer<typeof MemberSet>;

export const ReleaseGoal = z
  .strictObject({
    id: Id,
    name: Text(),
    purpose: z
      .enum([
        "plg",
        "kernteam",
        "partners",
        "coteach-consult",
        "peer-visit",
        "intervisie",
        "team",
        "own-choice",
        "zorg",
      ])
      .default("plg"),
    members: z.array(Id).max(MAX_IDS).default([]).describe("Staff who must be free together"),
    memberSets: z
      .array(MemberSet)
      .max(50)
      .optional()
      .describe(
        "Who without listing everyone: {} = the whole staff, {level: 'kleuter'}, {grades: [3]}, {role: 'class-teacher'}; added to members when the scenario is read",
      ),
    optionalMembers: z.array(Id).max(MAX_IDS).default([]),
    externals: z.array(Id).max(MAX_IDS).default([]),
    mode: z.enum(["physical", "digital"]).default("physical"),
    minBlockMinutes: z
      .number()
      .int()
      .min(30)
      .max(600)
      .optional()
      .describe("Default: settings.physicalMinMinutes or settings.digitalMinMinutes (at most maxBlockMinutes)"),
    maxBlockMinutes: z
      .number()
      .int()
      .min(30)
      .max(600)
      .optional()
      .describe(
        "The meeting lasts at most this long: minutes of a block beyond it count for nothing (min = max: an exact length)",
      ),
    when: z
      .array(GoalWindow)
      .min(1)
      .max(20)
      .optional()
      .describe("Allowed: every block lies inside one of these windows (e.g. [{days:['wed'], part:'morning'}])"),
    notWhen: z
      .array(GoalWindow)
      .max(20)
      .optional()
      .describe("Forbidden: no block touches one of these windows (e.g. [{days:['fri'], part:'afternoon'}])"),
    blocksPerWeek: z.number().int().min(1).max(5).default(1),
    frequency: Frequency.default({ kind: "weekly" }),
    from: IsoDate.optional().describe("First date on which the goal may meet (e.g. the start of semester 2)"),
    to: IsoDate.optional().describe("Last date on which the goal may meet (e.g. the end of semester 1)"),
    weight: z.number().min(0).max(100).default(1).describe("Relative importance, 0–100 (default 1)"),
    required: z.boolean().default(false).describe("true: a week without this goal's block is not acceptable"),
    allowAfterSchool: z.boolean().default(true).describe("May use child-free staff slots (after-school window)"),
    allowLunch: z
      .boolean()
      .optional()
      .describe(
        "true: a block may include the lunch break (a meeting over lunch), only while enough others take the lunch supervision posts (release.lunch-supervision). Default false",
      ),
  })
  .refine((g) => g.members.length > 0 || (g.memberSets?.length ?? 0) > 0, {
    message: "Geef minstens één lid (members) of een groep leden (memberSets)",
    path: ["members"],
  })
  .refine((g) => !g.maxBlockMinutes || !g.minBlockMinutes || g.minBlockMinutes <= g.maxBlockMinutes, {
    message: "minBlockMinutes mag niet groter zijn dan maxBlockMinutes",
    path: ["maxBlockMinutes"],
  })
  .refine((g) => !g.from || !g.to || g.from <= g.to, { message: "'to' mag niet vóór 'from' liggen", path: ["to"] });
export type ReleaseGoal = z.infer<typeof ReleaseGoal>;

// ---------- observation goals and presence days (issue 10 items 4 and 8) ----------

/** One visit: the observer sits in the observed teacher's own class while that teacher teaches it. */
export const ObservationPair = z.strictObject({
  observer: Id.describe("Staff member who observes (released: their own class is covered by a lever)"),
  observed: Id.describe("Class teacher who is observed, teaching their own class then"),
});
export type ObservationPair = z.infer<typeof ObservationPair>;

export const ObservationGoal = z
  .strictObject({
    id: Id,
    name: Text(),
    pairs: z
      .array(ObservationPair)
      .min(1)
      .max(200)
      .optional()
      .describe("Who observes whom (collegiale visitatie): a list of pairs"),
    carousel: z
      .strictObject({
        teachers: z.array(Id).min(2).max(30),
        each: z
          .number()
          .int()
          .min(1)
          .max(29)
          .optional()
          .describe("How many colleagues each teacher observes, the next ones in the list (default: all)"),
      })
      .optional()
      .describe(
        "Hospiteer-carrousel over these teachers: each observes the next one(s) in the list who have a class of their own",
      ),
    minutes: z.number().int().min(20).max(300).describe("Length of one visit (e.g. 50 = one lestijd)"),
    turns: z
      .enum(["same-week", "weekly"])
      .default("same-week")
      .describe(
        "same-week: every pair visits in each session week (e.g. all in turn on one Thursday morning); weekly: one pair per session week, in turn",
      ),
    timesPerPair: z
      .number()
      .int()
      .min(1)
      .max(40)
      .optional()
      .describe("How often each pair visits over the school year (default: in every session week it gets)"),
    frequency: Frequency.default({ kind: "weekly" }).describe("Which school weeks are session weeks"),
    when: z.array(GoalWindow).min(1).max(20).optional().describe("Allowed times, as for a release goal"),
    notWhen: z.array(GoalWindow).max(20).optional().describe("Excluded times, as for a release goal"),
    weight: z.number().min(0).max(100).default(1),
    required: z.boolean().default(false).describe("true: a week without every visit is not acceptable"),
  })
  .refine((o) => (o.pairs ? 1 : 0) + (o.carousel ? 1 : 0) === 1, {
    message: "Geef ofwel paren (pairs) ofwel een carrousel (carousel), niet allebei en niet geen van beide",
    path: ["pairs"],
  });
export type ObservationGoal = z.infer<typeof ObservationGoal>;

/** A fixed weekday on which everyone of the members is at school (part-timers included). */
export const PresenceDay = z
  .strictObject({
    id: Id,
    name: Text(),
    day: Day.describe("The weekday on which everyone is at school"),
    members: z.array(Id).max(MAX_IDS).default([]),
    memberSets: z.array(MemberSet).max(50).optional().describe("As for release goals: {} = the whole staff"),
    weight: z.number().min(0).max(100).default(1),
    required: z.boolean().default(false).describe("true: a week in which someone is not there is not acceptable"),
  })
  .refine((g) => g.members.length > 0 || (g.memberSets?.length ?? 0) > 0, {
    message: "Geef minstens één lid (members) of een groep leden (memberSets)",
    path: ["members"],
  });
export type PresenceDay = z.infer<typeof PresenceDay>;

// ---------- lunch supervision (issue 10 item 5, PRACTICES lever 9) ----------

/** One place where pupils are watched over lunch (e.g. the kleuter playground), needing this many supervisors. */
export const LunchPost = z.strictObject({
  id: Id,
  name: Text().describe("e.g. 'Speelplaats kleuters'"),
  supervisors: z.number().int().min(1).max(20).describe("How many staff supervise here during each lunch break"),
  days: z
    .array(Day)
    .min(1)
    .max(5)
    .optional()
    .describe("The days this post is held (default: every day whose day grid has a lunch slot)"),
  level: z
    .enum(["kleuter", "lager"])
    .optional()
    .describe(
      "The post follows the lunch break of this level's day grid (DayGrid.levels), e.g. the kleuter playground",
    ),
});
export type LunchPost = z.infer<typeof LunchPost>;

export const LunchSupervision = z
  .strictObject({
    posts: z.array(LunchPost).min(1).max(50),
    maxPerWeek: z
      .number()
      .int()
      .min(0)
      .max(5)
      .optional()
      .describe(
        "School policy: at most this many lunch breaks a week one person spends supervising or in a meeting over lunch (no legal number found; default: no limit)",
      ),
  })
  .describe(
    "Lunch supervision as a duty the solver assigns: per post and lunch break, enough supervisors who are not in a meeting then (release.lunch-supervision)",
  );
export type LunchSupervision = z.infer<typeof LunchSupervision>;

// ---------- cover policy, calendar, settings ----------

export const CoverPolicy = z.strictObject({
  specialists: z.boolean().default(true),
  coTeachers: z.boolean().default(true),
  careTeachers: z.boolean().default(true),
  merges: z
    .array(
      z
        .strictObject({
          groups: z.tuple([Id, Id]),
          maxPupils: z.number().int().min(1).max(200),
          by: Id.optional(),
          from: IsoDate.optional().describe("The merge holds from this date (e.g. semester 2); default: all year"),
          to: IsoDate.optional().describe("The merge holds until this date (e.g. the end of semester 1)"),
        })
        .refine((m) => !m.from || !m.to || m.from <= m.to, {
          message: "'to' mag niet vóór 'from' liggen",
          path: ["to"],
        }),
    )
    .max(200)
    .default([]),
  interns: z.boolean().default(true),
  ateliers: z.boolean().default(true),
  reshapedDay: z.boolean().default(true),
  afterSchoolWindow: z.boolean().default(true),
});
export type CoverPolicy = z.infer<typeof CoverPolicy>;

export const CalendarSettings = z.strictObject({
  facultativeDays: z
    .array(
      z.strictObject({
        date: IsoDate,
        part: z.enum(["full", "am", "pm"]).default("full"),
        schools: z
          .array(Id)
          .min(1)
          .max(50)
          .optional()
          .describe(
            "School group: only these schools are free then (facultative days may differ per site); omitted = all",
          ),
      }),
    )
    .max(50)
    .default([]),
  studyDays: z
    .array(
      z.strictObject({
        date: IsoDate,
        part: z.enum(["full", "am", "pm"]).default("full"),
        groups: z.array(Id).max(MAX_IDS).optional(),
        topic: Text(500).optional(),
      }),
    )
    .max(50)
    .default([]),
  derogation: z
    .strictObject({
      granted: z.boolean().default(false),
      requestedOn: IsoDate.optional(),
      extraDays: z.number().min(0).max(10).default(0),
    })
    .default({ granted: false, extraDays: 0 }),
  examWeeks: z.array(DateRange).max(50).default([]),
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

export const PlageMax = z.strictObject({
  kleuteronderwijzer: z.number().int().min(1).max(36).default(26),
  onderwijzer: z.number().int().min(1).max(36).default(26),
  "leermeester-lo": z.number().int().min(1).max(36).default(28),
  "leermeester-levensbeschouwing": z.number().int().min(1).max(36).default(28),
});

export const Settings = z.strictObject({
  language: z.enum(["nl", "en"]).default("nl"),
  lessonMinutes: z.number().int().min(20).max(120).default(50).describe("week.lesson-length"),
  earliestStart: Clock.default("08:00").describe("week.earliest-start"),
  wednesdayCutoff: Clock.default("12:30").describe("week.wednesday-afternoon: no lesson may end after this"),
  fullDayEndFrom: Clock.default("15:00").describe("week.full-day-end: earliest end of the last lesson"),
  fullDayEndTo: Clock.default("17:00").describe("week.full-day-end: latest end of the last lesson"),
  minLunchMinutes: z.number().int().min(0).max(180).default(60).describe("week.lunch"),
  physicalMinMinutes: z.number().int().min(30).max(600).default(180).describe("release.physical-min"),
  digitalMinMinutes: z.number().int().min(15).max(600).default(90).describe("release.digital-min"),
  schoolopdrachtMaxMinutes: z.number().int().min(0).max(3000).default(1560).describe("staff.schoolopdracht"),
  supervisionMinutes: z.number().int().min(0).max(120).default(15).describe("staff.supervision"),
  plageMax: PlageMax.default({
    kleuteronderwijzer: 26,
    onderwijzer: 26,
    "leermeester-lo": 28,
    "leermeester-levensbeschouwing": 28,
  }).describe("staff.local-plage"),
  maxLessonsPerDay: z
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .describe("staff.per-day: no legal maximum exists; set one if the school agreed one"),
  maxReleasedAtOnce: z.number().int().min(1).max(MAX_IDS).optional().describe("release.few-at-once: soft preference"),
  coTeachConsultMinutes: z.number().int().min(0).max(600).default(120).describe("release.coteach-consult"),
  travelMinutes: z
    .number()
    .int()
    .min(0)
    .max(240)
    .optional()
    .describe(
      "staff.schools (school group): minutes a shared teacher needs between lessons in two schools. Omitted: one school per half day (the lunch break is the travel time)",
    ),
  schoolEmail: z
    .email("Geef een geldig e-mailadres, bv. secretariaat@school.be")
    .optional()
    .describe(
      "The school's e-mail address: the ORGANIZER of calendar events with attendees. Without it, feeds list no attendees",
    ),
});
export type Settings = z.infer<typeof Settings>;

// ---------- school group (scholengemeenschap) ----------

/** One school (site) of a school group in one scenario. */
export const School = z.strictObject({
  id: Id,
  name: Name(),
  address: Text().optional().describe("For people: the street and town"),
  travelMinutes: z
    .record(Id, z.number().int().min(0).max(240))
    .optional()
    .describe(
      'Minutes a shared teacher needs to get from this school to another (by school id), e.g. {"zuid": 20}; overrides settings.travelMinutes for that pair (the larger of both directions counts)',
    ),
});
export type School = z.infer<typeof School>;

export const ScenarioObject = z.strictObject({
  $schema: Text(500).optional(),
  name: Name(),
  description: Text(2000)
    .optional()
    .describe("Free text for people: what this scenario is, and why a known-bad or infeasible one fails"),
  network: z.enum(["GO", "OVSG", "KOV", "FOPEM", "other"]).default("other"),
  schoolYear: z.string().regex(/^20\d\d-20\d\d$/, "Schrijf het schooljaar als 2026-2027"),
  lessonsPerWeek: z
    .number()
    .int()
    .min(1)
    .max(32)
    .default(28)
    .describe("week.lesson-count: 28; 29 only with localCommitteeAgreement"),
  localCommitteeAgreement: z.boolean().default(false),
  dayGrids: z
    .array(DayGrid)
    .max(20)
    .min(1, "Geef minstens één dagindeling (dayGrids)")
    .describe("One = fixed; several = the solver chooses"),
  schools: z
    .array(School)
    .max(50)
    .optional()
    .describe(
      "A school group (scholengemeenschap) in one scenario: its schools. Then every class names its school; staff may work in several (staff.schools)",
    ),
  groups: z.array(Group).min(1).max(MAX_ITEMS),
  staff: z.array(Staff).min(1).max(MAX_ITEMS),
  subjects: z.array(Subject).max(MAX_ITEMS).default([]),
  rooms: z.array(Room).max(MAX_ITEMS).default([]),
  externals: z.array(External).max(MAX_ITEMS).default([]),
  interns: z.array(Intern).max(MAX_ITEMS).default([]),
  atelierPlans: z.array(AtelierPlan).max(MAX_ITEMS).default([]),
  releaseGoals: z.array(ReleaseGoal).max(MAX_ITEMS).default([]),
  observations: z
    .array(ObservationGoal)
    .max(200)
    .optional()
    .describe("Observation goals (hospiteren, collegiale visitatie): a teacher sits in a colleague's class"),
  presenceDays: z
    .array(PresenceDay)
    .max(50)
    .optional()
    .describe("Fixed weekdays on which everyone of a group of staff is at school (kernteam, zorg)"),
  lunchSupervision: LunchSupervision.optional(),
  cover: CoverPolicy.default({
    specialists: true,
    coTeachers: true,
    careTeachers: true,
    merges: [],
    interns: true,
    ateliers: true,
    reshapedDay: true,
    afterSchoolWindow: true,
  }),
  calendar: CalendarSettings.default({
    facultativeDays: [],
    studyDays: [],
    derogation: { granted: false, extraDays: 0 },
    examWeeks: [],
  }),
  settings: Settings.default(Settings.parse({})),
});
export type ScenarioShape = z.infer<typeof ScenarioObject>;

/** The scenario schema with cross-reference checks (unknown ids are errors with their field path). */
export const ScenarioChecked = ScenarioObject.superRefine((s, ctx) => checkCrossReferences(s, capped(ctx)));

/**
 * The scenario as it is read for checking and solving: member sets resolved into members, splittable staff slots
 * split (src/model/resolve.ts). What is stored and edited is `ScenarioChecked`'s output — defaults filled in,
 * but "all kleuter teachers" kept as written, so a new kleuter teacher still joins.
 */
export const Scenario = ScenarioChecked.transform(resolveScenario);

/** Stops recording issues after MAX_PROBLEMS + 1 (enough to say "and more"): a hostile file stays cheap. */
function capped(ctx: z.RefinementCtx): z.RefinementCtx {
  let n = 0;
  return new Proxy(ctx, {
    get(target, prop, receiver) {
      if (prop === "addIssue")
        return (issue: Parameters<typeof target.addIssue>[0]) => void (n++ <= MAX_PROBLEMS && target.addIssue(issue));
      return Reflect.get(target, prop, receiver);
    },
  });
}
/** A scenario after validation: every default filled in. */
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as a user writes it. */
export type ScenarioInput = z.input<typeof Scenario>;

/** What one solve may ask, the same in the CLI and the API. */
export const SOLVE_LIMITS = { candidates: 10, timeLimitSeconds: 3600 } as const;
