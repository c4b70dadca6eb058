// Structural rules of any timetable (ids timetable.*): one activity per slot, no double booking, ...
// Shared reading of a candidate week (activities per slot, who is where when) lives in ./activities.ts.
import type { Rule } from "../rule.js";
import { timetableAtelier } from "./atelier.js";
import { timetableAvailability } from "./availability.js";
import { timetableMerge } from "./merge.js";
import { timetableNoDoubleBooking } from "./no-double-booking.js";
import { timetableOneActivity } from "./one-activity.js";
import { timetableReleaseCover } from "./release-cover.js";
import { timetableReleaseFrees } from "./release-frees.js";
import { timetableRoomCapacity } from "./room-capacity.js";
import { timetableSpread } from "./spread.js";
import { timetableSubjectPlan } from "./subject-plan.js";
import { timetableTimePreference } from "./time-preference.js";

export const STRUCTURE_RULES: Rule[] = [
  timetableOneActivity,
  timetableNoDoubleBooking,
  timetableAvailability,
  timetableSubjectPlan,
  timetableSpread,
  timetableTimePreference,
  timetableRoomCapacity,
  timetableReleaseFrees,
  timetableReleaseCover,
  timetableAtelier,
  timetableMerge,
];
