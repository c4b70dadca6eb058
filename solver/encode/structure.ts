// Encodings of the structural rules (timetable.*): one activity per group and slot, the subject plan,
// spread, preferences, rooms.
import { sum, type ModelBuilder } from "../../constraints/model-builder.js";

/** timetable.one-activity: every group has exactly one activity in every lesson slot. */
export function encodeOneActivity(m: ModelBuilder): void {
  const bySlot = new Map<string, string[]>();
  const push = (g: string, t: string, v: string) => bySlot.set(`${g}|${t}`, [...(bySlot.get(`${g}|${t}`) ?? []), v]);
  for (const v of m.subjectVars) push(v.group, v.slot.key, v.name);
  for (const v of m.classVars) push(v.group, v.slot.key, v.name);
  for (const v of m.coverVars) push(v.group, v.slot.key, v.name);
  for (const [key, vars] of bySlot) {
    const [g] = key.split("|");
    m.addConstraint(sum(vars), "=", 1, { rule: "timetable.one-activity", instance: `group:${g}`, message: `Klas ${g} moet elk lesuur les krijgen: van de eigen klasleerkracht of van iemand die overneemt` });
  }
}

/** timetable.subject-plan: each group gets exactly `periods` lessons of each subject. */
export function encodeSubjectPlan(m: ModelBuilder): void {
  const byKey = new Map<string, string[]>();
  for (const v of m.subjectVars) byKey.set(`${v.group}|${v.subject.id}`, [...(byKey.get(`${v.group}|${v.subject.id}`) ?? []), v.name]);
  for (const subject of m.scenario.subjects) {
    if (subject.taughtBy === "class") continue;
    for (const g of subject.groups) {
      m.addConstraint(sum(byKey.get(`${g}|${subject.id}`) ?? []), "=", subject.periods, {
        rule: "timetable.subject-plan", instance: `subject:${subject.id}@${g}`,
        message: `Klas ${g} krijgt ${subject.periods} lestijden ${subject.name}`,
      });
    }
  }
}

const DAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4 } as const;

/** timetable.spread: at most maxPerDay a day; lessons at least minDaysApart days apart. */
export function encodeSpread(m: ModelBuilder): void {
  const byDay = new Map<string, string[]>();
  for (const v of m.subjectVars) {
    const key = `${v.group}|${v.subject.id}|${v.slot.day}`;
    byDay.set(key, [...(byDay.get(key) ?? []), v.name]);
  }
  for (const subject of m.scenario.subjects) {
    if (subject.taughtBy === "class") continue;
    for (const g of subject.groups) {
      const tag = { rule: "timetable.spread", instance: `subject:${subject.id}@${g}`, message: `${subject.name} voor klas ${g}: hoogstens ${subject.maxPerDay} per dag${subject.minDaysApart ? `, minstens ${subject.minDaysApart} dagen uit elkaar` : ""}` };
      const days = Object.keys(DAY_INDEX) as (keyof typeof DAY_INDEX)[];
      for (const d of days) m.addConstraint(sum(byDay.get(`${g}|${subject.id}|${d}`) ?? []), "<=", subject.maxPerDay, tag);
      if (subject.minDaysApart > 1) {
        for (const d1 of days) for (const d2 of days) {
          const gap = DAY_INDEX[d2] - DAY_INDEX[d1];
          if (gap <= 0 || gap >= subject.minDaysApart) continue;
          // both days used → at most maxPerDay lessons over the pair would still put two lessons too close
          m.addConstraint(sum([...(byDay.get(`${g}|${subject.id}|${d1}`) ?? []), ...(byDay.get(`${g}|${subject.id}|${d2}`) ?? [])]), "<=", subject.maxPerDay, tag);
        }
      }
    }
  }
}

/** timetable.time-preference (soft): a small penalty for a lesson outside the preferred half day. */
export function encodeTimePreference(m: ModelBuilder, penalty: number): void {
  const lunch = new Map<string, string>();
  for (const [day, slots] of Object.entries(m.grid.days)) lunch.set(day, slots.find((x) => x.kind === "lunch")?.start ?? "12:00");
  const expr = new Map<string, number>();
  for (const v of m.subjectVars) {
    const morning = v.slot.end <= lunch.get(v.slot.day)!;
    if ((v.subject.prefer === "morning" && !morning) || (v.subject.prefer === "afternoon" && morning)) expr.set(v.name, -penalty);
  }
  m.addObjective(expr);
}

/** timetable.room-capacity: at most `capacity` groups at once in a room (e.g. one gym hall). */
export function encodeRoomCapacity(m: ModelBuilder): void {
  for (const room of m.scenario.rooms) {
    const bySlot = new Map<string, string[]>();
    for (const v of m.subjectVars) if (v.subject.room === room.id) bySlot.set(v.slot.key, [...(bySlot.get(v.slot.key) ?? []), v.name]);
    for (const vars of bySlot.values()) {
      m.addConstraint(sum(vars), "<=", room.capacity, { rule: "timetable.room-capacity", instance: `room:${room.id}`, message: `${room.name} biedt plaats aan ${room.capacity} klas(sen) tegelijk` });
    }
  }
}
