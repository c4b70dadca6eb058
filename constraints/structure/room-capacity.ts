// timetable.room-capacity — structural (no regulation id; conventions: README.md "The timetable format"):
// at most room.capacity groups at once in the room of a subject (e.g. one gym hall: one LO class at a time).
import type { Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { groupLabel, when } from "./names.js";
import { overlapping } from "./activities.js";
import { sum, type ModelBuilder } from "../model-builder.js";
import { atomKeys } from "../encode-util.js";
import { CLASS, count } from "../count.js";

export const timetableRoomCapacity = defineRule({
  id: "timetable.room-capacity",
  title: {
    nl: "Niet meer klassen tegelijk in een lokaal dan het aankan",
    en: "No more groups at once in a room than it holds",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-room-capacity": {
      nl: "{room} biedt plaats aan {classes} tegelijk",
      en: "{room} holds {classes} at once",
    },
    "one-group-at-a-time": {
      nl: "{room} is {when} bezet door {count} klassen ({groups}); er kan maar één klas tegelijk in.",
      en: "{room} is used by {count} groups on {when} ({groups}); only one group at a time fits in it.",
    },
    "over-capacity": {
      nl: "{room} is {when} bezet door {count} klassen ({groups}); er kunnen er hoogstens {capacity} tegelijk in.",
      en: "{room} is used by {count} groups on {when} ({groups}); at most {capacity} at a time fit in it.",
    },
  },
  encode: encodeRoomCapacity,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    for (const room of s.rooms) {
      const subjects = new Set(s.subjects.filter((x) => x.room === room.id).map((x) => x.id));
      const inRoom = candidate.lessons.filter((l) => subjects.has(l.subject));
      const reported = new Set<string>();
      // For each lesson's time, the groups whose room lessons overlap it; one report per distinct time.
      for (const l of inRoom) {
        const key = `${l.day}|${l.start}|${l.end}`;
        if (reported.has(key)) continue;
        const groups = [...new Set(inRoom.filter((o) => overlapping(o, l)).map((o) => o.group))];
        if (groups.length <= room.capacity) continue;
        reported.add(key);
        out.push(
          report(
            this,
            room.capacity === 1 ? "one-group-at-a-time" : "over-capacity",
            { day: l.day, start: l.start, end: l.end },
            {
              room: room.name,
              when: when(l.day, l.start, l.end),
              count: groups.length,
              groups: groups.map((g) => groupLabel(s, g)).join(", "),
              capacity: room.capacity,
            },
          ),
        );
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.room-capacity: at most `capacity` groups at once in a room (e.g. one gym hall). */
function encodeRoomCapacity(m: ModelBuilder): void {
  for (const room of m.scenario.rooms) {
    const bySlot = new Map<string, string[]>();
    for (const v of m.subjectVars)
      if (v.subject.room === room.id)
        for (const a of atomKeys(m, v.slot)) bySlot.set(a, [...(bySlot.get(a) ?? []), v.name]);
    for (const vars of bySlot.values()) {
      m.addConstraint(
        sum(vars),
        "<=",
        room.capacity,
        tag(timetableRoomCapacity, "encode-room-capacity", `room:${room.id}`, {
          room: room.name,
          classes: count(room.capacity, CLASS),
        }),
      );
    }
  }
}
