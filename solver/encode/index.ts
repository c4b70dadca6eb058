// Composes the model from the rules' encodings.
import type { ModelBuilder } from "../../constraints/model-builder.js";
import { encodeCoverCapacity } from "./cover-capacity.js";
import { encodeAvailability, encodeMaxLestijden, encodeNoDoubleBooking, encodePerDay, encodeSchoolopdracht, encodeSupervision } from "./people.js";
import { encodeAteliers, encodeCoverConsistency, encodeCoverCost, encodeGoals, encodeOptionalMembers, WEIGHTS } from "./release.js";
import { encodeOneActivity, encodeRoomCapacity, encodeSpread, encodeSubjectPlan, encodeTimePreference } from "./structure.js";

export function encodeAll(m: ModelBuilder): void {
  encodeOneActivity(m);
  encodeSubjectPlan(m);
  encodeSpread(m);
  encodeRoomCapacity(m);
  encodeAvailability(m);
  encodeNoDoubleBooking(m);
  encodeMaxLestijden(m);
  encodeSchoolopdracht(m);
  encodeSupervision(m);
  encodePerDay(m);
  encodeCoverConsistency(m);
  encodeCoverCapacity(m);
  encodeAteliers(m);
  encodeGoals(m);
  encodeOptionalMembers(m);
  encodeTimePreference(m, WEIGHTS.soft);
  encodeCoverCost(m);
}
