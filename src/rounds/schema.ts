// A rounds file (issue 14): dated meeting rounds beside a scenario — sessions with participants, a date window,
// a frequency, a location, precedence, anchoring to a weekly visit, group-size limits and "same day, same place,
// with a break" links. zod schemas are the types.
import { z } from "zod";
// browser.js, not index.js: the web app validates rounds files with this schema, and index.js reads files.
import { Clock, Day, IsoDate, TimeWindow, WeeklyAvailability } from "../model/browser.js";

const Id = z
  .string()
  .min(1, "Een id mag niet leeg zijn")
  .regex(/^[A-Za-z0-9_.:-]+$/, "Een id bevat enkel letters, cijfers, '-', '_', '.' of ':'");

export const DateWindow = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: "'to' mag niet vóór 'from' liggen", path: ["to"] });
export type DateWindow = z.infer<typeof DateWindow>;

const DEFAULT_DAY = [{ from: "08:00", to: "17:00" }];

export const RoundsSettings = z.object({
  workingHours: WeeklyAvailability.default({
    mon: DEFAULT_DAY,
    tue: DEFAULT_DAY,
    wed: DEFAULT_DAY,
    thu: DEFAULT_DAY,
    fri: DEFAULT_DAY,
  }).describe("Working time of staff without their own availability (and of externals without one)"),
  stepMinutes: z.number().int().min(5).max(60).default(15).describe("Grid of candidate start times"),
  travelMinutes: z
    .number()
    .int()
    .min(0)
    .default(30)
    .describe("Minimum time between two sessions of one person at different locations (not for remote joiners)"),
  dialogueGroup: z
    .object({ min: z.number().int().min(1).default(6), max: z.number().int().min(1).default(12) })
    .default({ min: 6, max: 12 })
    .describe("Group size of a dialogue group (focus group): a warning outside these bounds. A setting, not law."),
  timeLimitSeconds: z.number().min(1).max(600).default(30),
  maxSessionsPerPersonPerWeek: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe(
      "Load balancing: sessions of one person in one calendar week above this number are avoided whenever a spread is possible (a soft term, weighed above days and person-days)",
    ),
});
export type RoundsSettings = z.infer<typeof RoundsSettings>;

export const Location = z.object({ id: Id, name: z.string().min(1) });

export const RoundsExternal = z.object({
  id: Id,
  name: z.string().min(1),
  organisation: z.string().optional(),
  role: z.string().optional().describe("e.g. 'onderwijsondersteuner', 'CLB-contactpersoon', 'directeur'"),
  email: z.email().optional(),
  availability: WeeklyAvailability.optional().describe("Omitted = settings.workingHours"),
  unavailable: z.array(DateWindow).default([]).describe("Dated absences"),
  available: z
    .array(DateWindow)
    .min(1)
    .optional()
    .describe("Only available in these date periods (and then at the weekly availability); omitted = always"),
});
export type RoundsExternal = z.infer<typeof RoundsExternal>;

export const Visit = z
  .object({
    id: Id,
    person: Id.describe("The visitor (e.g. the support worker)"),
    teacher: Id.optional().describe("The class teacher visited (busy during the visit too)"),
    class: z.string().optional().describe("The class visited: a group id of the scenario or a readable name"),
    location: Id.optional(),
    day: Day,
    start: Clock,
    end: Clock,
  })
  .refine((v) => v.start < v.end, { message: "Het einde van een bezoek moet na het begin liggen", path: ["end"] });
export type Visit = z.infer<typeof Visit>;

export const Participant = z.object({
  id: Id.describe("A staff id of the scenario, an external of the scenario or of this rounds file"),
  attendance: z.enum(["required", "optional"]).default("required"),
  role: z.enum(["lead", "note-taker", "facilitator"]).optional(),
  remote: z.boolean().default(false).describe("May join remotely (no travel, location does not bind)"),
});
export type Participant = z.infer<typeof Participant>;

export const Repeat = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("once") }),
  z
    .object({ kind: z.literal("every-n-weeks"), n: z.number().int().min(1).max(26) })
    .describe("One occurrence in every period of n calendar weeks from the window's first Monday"),
  z
    .object({ kind: z.literal("every-n-months"), n: z.number().int().min(1).max(12) })
    .describe("One occurrence in every period of n calendar months from the window's first month"),
]);
export type Repeat = z.infer<typeof Repeat>;

export const Session = z.object({
  id: Id,
  title: z.string().min(1),
  duration: z.number().int().min(5).max(600).describe("Minutes"),
  window: DateWindow.optional().describe("Default: the rounds file's window"),
  location: Id.describe("A location id of this file"),
  participants: z.array(Participant).min(1),
  repeat: Repeat.default({ kind: "once" }),
  sameSlot: z
    .boolean()
    .default(false)
    .describe("Recurring: every occurrence on the same weekday and start time (a fixed weekly slot)"),
  after: z
    .array(
      z.object({
        session: Id,
        minDays: z.number().int().min(0).default(0),
        samePeriod: z
          .boolean()
          .default(false)
          .describe("Only after the occurrence of the same period (the n-th after the n-th), not after every one"),
      }),
    )
    .default([])
    .describe("Starts after every occurrence of these sessions has ended (minDays: at least that many days later)"),
  anchor: z
    .object({ visit: Id, maxGapMinutes: z.number().int().min(0).max(120).default(0) })
    .optional()
    .describe("Right after this weekly visit: on the visit's weekday, starting 0…maxGapMinutes after it ends"),
  dialogue: z.boolean().default(false).describe("A dialogue group: size checked against settings.dialogueGroup"),
  groupSize: z
    .object({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() })
    .optional()
    .describe("Own bounds (overrides settings.dialogueGroup); counted without facilitators"),
  weekdays: z.array(Day).optional().describe("Only on these weekdays"),
  between: TimeWindow.optional().describe("Only between these times"),
  onlineLink: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Link for whoever joins remotely (in every feed)"),
});
export type Session = z.infer<typeof Session>;

export const PairLink = z.object({
  kind: z.literal("same-day-same-place"),
  sessions: z.tuple([Id, Id]),
  breakMinutes: z.number().int().min(0).default(15),
  maxBreakMinutes: z.number().int().min(0).default(60),
});
export type PairLink = z.infer<typeof PairLink>;
export const HalfDayLink = z
  .object({
    kind: z.literal("same-half-day"),
    sessions: z.array(Id).min(2),
    splitAt: Clock.default("12:30").describe("Morning sessions end by this time, afternoon sessions start from it"),
  })
  .describe(
    "Every placed session of the list in one morning or one afternoon of one date (timed slots like a parents' evening)",
  );
export type HalfDayLink = z.infer<typeof HalfDayLink>;
export const Link = z.discriminatedUnion("kind", [PairLink, HalfDayLink]);
export type Link = z.infer<typeof Link>;

export const RoundsObject = z.object({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  window: DateWindow,
  settings: RoundsSettings.default(RoundsSettings.parse({})),
  locations: z.array(Location).min(1),
  externals: z.array(RoundsExternal).default([]),
  visits: z.array(Visit).default([]),
  sessions: z.array(Session).min(1),
  links: z.array(Link).default([]),
});

/** Cross references inside the file (people are checked against the scenario in `bindRounds`). */
export const Rounds = RoundsObject.superRefine((r, ctx) => {
  const err = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const dup = (list: { id: string }[], what: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) err([what, i, "id"], `Dubbele id '${x.id}'`);
      seen.add(x.id);
    });
  };
  dup(r.sessions, "sessions");
  dup(r.visits, "visits");
  dup(r.locations, "locations");
  dup(r.externals, "externals");
  const sessions = new Set(r.sessions.map((s) => s.id));
  const locations = new Set(r.locations.map((l) => l.id));
  const visits = new Map(r.visits.map((v) => [v.id, v]));
  r.visits.forEach((v, i) => {
    if (v.location && !locations.has(v.location)) err(["visits", i, "location"], `Onbekende locatie '${v.location}'`);
  });
  r.sessions.forEach((s, i) => {
    if (!locations.has(s.location)) err(["sessions", i, "location"], `Onbekende locatie '${s.location}'`);
    s.after.forEach((a, j) => {
      if (!sessions.has(a.session)) err(["sessions", i, "after", j, "session"], `Onbekende sessie '${a.session}'`);
      if (a.session === s.id) err(["sessions", i, "after", j, "session"], "Een sessie kan niet na zichzelf komen");
    });
    if (s.anchor) {
      const v = visits.get(s.anchor.visit);
      if (!v) err(["sessions", i, "anchor", "visit"], `Onbekend bezoek '${s.anchor.visit}'`);
      else if (!s.participants.some((p) => p.id === v.person))
        err(
          ["sessions", i, "anchor", "visit"],
          `De bezoeker '${v.person}' van '${v.id}' neemt niet deel aan de sessie`,
        );
    }
    const ids = new Set<string>();
    s.participants.forEach((p, j) => {
      if (ids.has(p.id)) err(["sessions", i, "participants", j, "id"], `'${p.id}' staat twee keer in de sessie`);
      ids.add(p.id);
    });
  });
  r.links.forEach((l, i) => {
    l.sessions.forEach((id, j) => {
      if (!sessions.has(id)) err(["links", i, "sessions", j], `Onbekende sessie '${id}'`);
    });
    const list = l.sessions.map((id) => r.sessions.find((s) => s.id === id));
    if (l.kind === "same-half-day") {
      if (list.some((s) => s && s.repeat.kind !== "once"))
        err(["links", i, "sessions"], "Een koppeling 'zelfde halve dag' geldt enkel voor eenmalige sessies");
      return;
    }
    const [a, b] = list;
    if (a && b && a.location !== b.location)
      err(["links", i, "sessions"], `'${a.id}' en '${b.id}' moeten op dezelfde plaats doorgaan (locatie verschilt)`);
    if (a && b && (a.repeat.kind !== "once" || b.repeat.kind !== "once"))
      err(["links", i, "sessions"], "Een koppeling 'zelfde dag, zelfde plaats' geldt enkel voor eenmalige sessies");
    if (l.maxBreakMinutes < l.breakMinutes)
      err(["links", i, "maxBreakMinutes"], "maxBreakMinutes mag niet kleiner zijn dan breakMinutes");
  });
  // precedence must not loop
  const after = new Map(r.sessions.map((s) => [s.id, s.after.map((a) => a.session)]));
  const state = new Map<string, number>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      err(["sessions"], `Volgorde in een kring: ${[...trail, id].join(" → ")}`);
      return;
    }
    state.set(id, 1);
    for (const n of after.get(id) ?? []) visit(n, [...trail, id]);
    state.set(id, 2);
  };
  for (const s of r.sessions) visit(s.id, []);
});
export type Rounds = z.infer<typeof Rounds>;
export type RoundsInput = z.input<typeof Rounds>;
