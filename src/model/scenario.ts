// The scenario: one school, one school year. zod schemas are the single source of truth;
// the TypeScript types are inferred and the JSON Schema (`vrijrooster schema`) is exported from them.
import { z } from "zod";
import { Clock, Day, IsoDate } from "./time.js";
import { resolveScenario } from "./resolve.js";

const minutesOf = (a: string, b: string) => {
  const m = (x: string) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3, 5));
  return m(b) - m(a);
};
import { checkCrossReferences } from "./crossrefs.js";

const Id = z
  .string()
  .min(1, "Een id mag niet leeg zijn")
  .regex(/^[A-Za-z0-9_.:-]+$/, "Een id bevat enkel letters, cijfers, '-', '_', '.' of ':'");

// ---------- day grid ----------

export const SlotKind = z
  .enum(["lesson", "break", "lunch", "staff"])
  .describe(
    "lesson: a lestijd for pupils; break/lunch: playtime and midday break; staff: child-free time at school (e.g. 15:00-17:00 after a 4+2 day, or a team hour before a late start)",
  );

export const Slot = z
  .object({
    start: Clock,
    end: Clock,
    kind: SlotKind.default("lesson"),
    unitMinutes: z
      .number()
      .int()
      .min(30)
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

export const DayGrid = z.object({
  id: Id,
  name: z.string().describe("Readable name, e.g. 'Gewone week 6/6/4/6/6' or '4+2-dag tot 15:00'"),
  days: z.object({
    mon: z.array(Slot),
    tue: z.array(Slot),
    wed: z.array(Slot),
    thu: z.array(Slot),
    fri: z.array(Slot),
  }),
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
  .object({ from: Clock, to: Clock })
  .refine((w) => w.from < w.to, { message: "'to' moet na 'from' liggen", path: ["to"] });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** Per weekday the windows in which someone is there. A day that is missing (or []) means: not there. */
export const WeeklyAvailability = z
  .object({
    mon: z.array(TimeWindow).optional(),
    tue: z.array(TimeWindow).optional(),
    wed: z.array(TimeWindow).optional(),
    thu: z.array(TimeWindow).optional(),
    fri: z.array(TimeWindow).optional(),
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

export const SupervisionDuty = z.object({
  day: Day,
  start: Clock,
  end: Clock,
  label: z.string().optional().describe("e.g. 'speelplaats middag'"),
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
    .object({
      kind: z.literal("free"),
      days: z.array(Day).min(1).optional().describe("Omitted = every day"),
      part: PartOfDay.optional().describe("Omitted = the whole day"),
      period: z
        .enum(["first", "last"])
        .optional()
        .describe("Only the first or the last lestijd of those days (e.g. no first period on Monday)"),
      weight: z.number().min(0).default(1),
      label: z.string().optional(),
    })
    .describe("Free then: no lesson, cover, atelier or meeting (e.g. a free Wednesday afternoon)"),
  z
    .object({
      kind: z.literal("days"),
      days: z.array(Day).min(1),
      weight: z.number().min(0).default(1),
      label: z.string().optional(),
    })
    .describe("Works only on these days (a part-timer's preferred days): free on every other day"),
]);
export type Wish = z.infer<typeof Wish>;

export const Staff = z.object({
  id: Id,
  name: z.string().min(1),
  email: z.email().optional().describe("Optional: used as the attendee address in iCal feeds"),
  ambt: Ambt,
  fraction: Fraction.default("24/24"),
  availability: WeeklyAvailability.optional(),
  supervision: z.array(SupervisionDuty).default([]),
  meetingMinutesPerWeek: z
    .number()
    .int()
    .min(0)
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
    .object({
      keepsCareHoursInClass: z.boolean().default(false).describe("Care hours stay in the class: never used as cover"),
      noSubstitution: z
        .boolean()
        .default(false)
        .describe("May not be used to cover a class (e.g. ondersteuner from buo)"),
      noSupervision: z.boolean().default(false),
      careTeacher: z.boolean().default(false).describe("Zorgleerkracht whose hours may cover a class"),
    })
    .default({ keepsCareHoursInClass: false, noSubstitution: false, noSupervision: false, careTeacher: false }),
  wishes: z.array(Wish).optional().describe("Soft, weighted wishes (staff.wishes); never break a hard rule"),
});
export type Staff = z.infer<typeof Staff>;

export const Group = z.object({
  id: Id,
  name: z.string().optional(),
  level: z.enum(["kleuter", "lager"]),
  grades: z
    .array(z.number().int().min(1).max(6))
    .min(1)
    .describe("K1-K3 as 1-3 for kleuter; 1-6 for lager; two grades = graadsklas"),
  pupils: z.number().int().min(1).max(60),
  classTeachers: z.array(Id).min(1, "Elke klas heeft minstens één klasleerkracht"),
  coTeachers: z.array(Id).default([]),
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

export const DatedWindow = z.object({ date: IsoDate, from: Clock.optional(), to: Clock.optional() });

export const External = z.object({
  id: Id,
  name: z.string().min(1),
  email: z.email().optional().describe("Optional: used as the attendee address in iCal feeds"),
  kind: ExternalKind,
  availability: WeeklyAvailability.optional(),
  dates: z.array(DatedWindow).default([]).describe("Dated availability (on top of, or instead of, the weekly one)"),
  maxGroups: z.number().int().min(1).default(1).describe("How many groups at once this person can lead (ateliers)"),
});
export type External = z.infer<typeof External>;

export const DateRange = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: "'to' mag niet vóór 'from' liggen", path: ["to"] });
export type DateRange = z.infer<typeof DateRange>;

export const Intern = z.object({
  id: Id,
  name: z.string().min(1),
  college: z.string().min(1),
  mentor: Id,
  group: Id,
  placements: z.array(DateRange).min(1).describe("Placement periods (weeks)"),
  weekdays: z.array(Day).min(1),
  independent: z.boolean().default(false).describe("3rd-year 'zelfstandige stage': may take the class alone"),
});
export type Intern = z.infer<typeof Intern>;

// ---------- subject plan ----------

export const TaughtBy = z.union([
  z.literal("class").describe("The class teacher"),
  z
    .object({ staff: z.array(Id).min(1) })
    .describe("Named specialist(s); several = all at once (levensbeschouwing splits the class)"),
]);

export const Room = z.object({
  id: Id,
  name: z.string(),
  capacity: z.number().int().min(1).describe("Groups at the same time"),
});

export const Subject = z.object({
  id: Id.describe("Short code, e.g. LO, LBV, FRA"),
  name: z.string(),
  groups: z.array(Id).min(1).describe("Each of these groups gets `periods` lestijden of this subject"),
  periods: z.number().int().min(1).max(10),
  taughtBy: TaughtBy,
  maxPerDay: z.number().int().min(1).default(1),
  minDaysApart: z.number().int().min(0).max(4).default(0),
  prefer: z.enum(["any", "morning", "afternoon"]).default("any"),
  room: Id.optional(),
});
export type Subject = z.infer<typeof Subject>;

// ---------- ateliers ----------

export const Block = z.object({ day: Day, start: Clock, end: Clock });
export type Block = z.infer<typeof Block>;

export const PupilChoice = z.object({
  pupil: Id,
  group: Id,
  choices: z.array(Id).min(1).max(3).describe("Top 3 ateliers, first choice first"),
});

export const AtelierPlan = z.object({
  id: Id,
  name: z.string(),
  candidateBlocks: z
    .array(Block)
    .min(1)
    .describe("Blocks in which this atelier programme may run (the solver picks one)"),
  groups: z.array(Id).min(1).describe("Groups whose pupils take part"),
  ateliers: z
    .array(z.object({ id: Id, name: z.string(), leaders: z.array(Id).min(1), capacity: z.number().int().min(1) }))
    .min(1),
  choices: z.array(PupilChoice).default([]),
  rotationWeeks: z.number().int().min(1).default(4),
  pupilsPerLeader: z.number().int().min(1).default(15),
});
export type AtelierPlan = z.infer<typeof AtelierPlan>;

// ---------- release goals ----------

export const Frequency = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("weekly") }),
  z.object({ kind: z.literal("every-n-weeks"), n: z.number().int().min(2).max(12) }),
  z
    .object({ kind: z.literal("monthly-pattern"), week: z.number().int().min(1).max(4) })
    .describe("Handvat 7: week 1 partners, week 2 PLG, week 3 whole team + trainer, week 4 own choice"),
]);
export type Frequency = z.infer<typeof Frequency>;

/** A part of the week: days (omitted = every day), a part of the day and/or a clock window. */
export const GoalWindow = z
  .object({
    days: z.array(Day).min(1).optional(),
    part: PartOfDay.optional(),
    from: Clock.optional(),
    to: Clock.optional(),
  })
  .refine((w) => !w.from || !w.to || w.from < w.to, { message: "'to' moet na 'from' liggen", path: ["to"] });
export type GoalWindow = z.infer<typeof GoalWindow>;

/** Everyone on the staff who fits every given criterion (resolved each time the scenario is read). */
export const MemberSet = z.object({
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
  except: z.array(Id).default([]),
});
export type MemberSet = z.infer<typeof MemberSet>;

export const ReleaseGoal = z
  .object({
    id: Id,
    name: z.string(),
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
    members: z.array(Id).default([]).describe("Staff who must be free together"),
    memberSets: z
      .array(MemberSet)
      .optional()
      .describe(
        "Who without listing everyone: {} = the whole staff, {level: 'kleuter'}, {grades: [3]}, {role: 'class-teacher'}; added to members when the scenario is read",
      ),
    optionalMembers: z.array(Id).default([]),
    externals: z.array(Id).default([]),
    mode: z.enum(["physical", "digital"]).default("physical"),
    minBlockMinutes: z
      .number()
      .int()
      .min(30)
      .optional()
      .describe("Default: settings.physicalMinMinutes or settings.digitalMinMinutes (at most maxBlockMinutes)"),
    maxBlockMinutes: z
      .number()
      .int()
      .min(30)
      .optional()
      .describe(
        "The meeting lasts at most this long: minutes of a block beyond it count for nothing (min = max: an exact length)",
      ),
    when: z
      .array(GoalWindow)
      .min(1)
      .optional()
      .describe("Allowed: every block lies inside one of these windows (e.g. [{days:['wed'], part:'morning'}])"),
    notWhen: z
      .array(GoalWindow)
      .optional()
      .describe("Forbidden: no block touches one of these windows (e.g. [{days:['fri'], part:'afternoon'}])"),
    blocksPerWeek: z.number().int().min(1).max(5).default(1),
    frequency: Frequency.default({ kind: "weekly" }),
    weight: z.number().min(0).default(1),
    required: z.boolean().default(false).describe("true: a week without this goal's block is not acceptable"),
    allowAfterSchool: z.boolean().default(true).describe("May use child-free staff slots (after-school window)"),
  })
  .refine((g) => g.members.length > 0 || (g.memberSets?.length ?? 0) > 0, {
    message: "Geef minstens één lid (members) of een groep leden (memberSets)",
    path: ["members"],
  })
  .refine((g) => !g.maxBlockMinutes || !g.minBlockMinutes || g.minBlockMinutes <= g.maxBlockMinutes, {
    message: "minBlockMinutes mag niet groter zijn dan maxBlockMinutes",
    path: ["maxBlockMinutes"],
  });
export type ReleaseGoal = z.infer<typeof ReleaseGoal>;

// ---------- cover policy, calendar, settings ----------

export const CoverPolicy = z.object({
  specialists: z.boolean().default(true),
  coTeachers: z.boolean().default(true),
  careTeachers: z.boolean().default(true),
  merges: z
    .array(z.object({ groups: z.tuple([Id, Id]), maxPupils: z.number().int().min(1), by: Id.optional() }))
    .default([]),
  interns: z.boolean().default(true),
  ateliers: z.boolean().default(true),
  reshapedDay: z.boolean().default(true),
  afterSchoolWindow: z.boolean().default(true),
});
export type CoverPolicy = z.infer<typeof CoverPolicy>;

export const CalendarSettings = z.object({
  facultativeDays: z.array(z.object({ date: IsoDate, part: z.enum(["full", "am", "pm"]).default("full") })).default([]),
  studyDays: z
    .array(
      z.object({
        date: IsoDate,
        part: z.enum(["full", "am", "pm"]).default("full"),
        groups: z.array(Id).optional(),
        topic: z.string().optional(),
      }),
    )
    .default([]),
  derogation: z
    .object({
      granted: z.boolean().default(false),
      requestedOn: IsoDate.optional(),
      extraDays: z.number().min(0).default(0),
    })
    .default({ granted: false, extraDays: 0 }),
  examWeeks: z.array(DateRange).default([]),
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

export const PlageMax = z.object({
  kleuteronderwijzer: z.number().int().default(26),
  onderwijzer: z.number().int().default(26),
  "leermeester-lo": z.number().int().default(28),
  "leermeester-levensbeschouwing": z.number().int().default(28),
});

export const Settings = z.object({
  language: z.enum(["nl", "en"]).default("nl"),
  lessonMinutes: z.number().int().default(50).describe("week.lesson-length"),
  earliestStart: Clock.default("08:00").describe("week.earliest-start"),
  wednesdayCutoff: Clock.default("12:30").describe("week.wednesday-afternoon: no lesson may end after this"),
  fullDayEndFrom: Clock.default("15:00").describe("week.full-day-end: earliest end of the last lesson"),
  fullDayEndTo: Clock.default("17:00").describe("week.full-day-end: latest end of the last lesson"),
  minLunchMinutes: z.number().int().default(60).describe("week.lunch"),
  physicalMinMinutes: z.number().int().default(180).describe("release.physical-min"),
  digitalMinMinutes: z.number().int().default(90).describe("release.digital-min"),
  schoolopdrachtMaxMinutes: z.number().int().default(1560).describe("staff.schoolopdracht"),
  supervisionMinutes: z.number().int().default(15).describe("staff.supervision"),
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
    .optional()
    .describe("staff.per-day: no legal maximum exists; set one if the school agreed one"),
  maxReleasedAtOnce: z.number().int().min(1).optional().describe("release.few-at-once: soft preference"),
  coTeachConsultMinutes: z.number().int().default(120).describe("release.coteach-consult"),
});
export type Settings = z.infer<typeof Settings>;

export const ScenarioObject = z.object({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z
    .string()
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
    .min(1, "Geef minstens één dagindeling (dayGrids)")
    .describe("One = fixed; several = the solver chooses"),
  groups: z.array(Group).min(1),
  staff: z.array(Staff).min(1),
  subjects: z.array(Subject).default([]),
  rooms: z.array(Room).default([]),
  externals: z.array(External).default([]),
  interns: z.array(Intern).default([]),
  atelierPlans: z.array(AtelierPlan).default([]),
  releaseGoals: z.array(ReleaseGoal).default([]),
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
export const Scenario = ScenarioObject.superRefine(checkCrossReferences).transform(resolveScenario);
/** A scenario after validation: every default filled in. */
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as a user writes it. */
export type ScenarioInput = z.input<typeof Scenario>;
