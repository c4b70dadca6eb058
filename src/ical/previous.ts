// `vrijrooster ical --previous old.ics`: the CLI keeps no state, so the previous file is the state. Each
// event's UID, SEQUENCE, DTSTAMP and content hash (X-VRIJROOSTER-HASH) are read back, so unchanged events
// keep their SEQUENCE and DTSTAMP and changed ones get SEQUENCE + 1 (what calendar apps look at).
import { InputError } from "../model/index.js";
import type { SequenceState } from "./render.js";

/** yyyymmddThhmmssZ → ISO 8601 */
const isoOf = (t: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(t);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined;
};

export function stateFromIcs(text: string, file = "het vorige bestand"): SequenceState {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/);
  if (!lines.some((l) => l.trim() === "BEGIN:VCALENDAR"))
    throw new InputError(
      `${file} is geen iCal-bestand (geen BEGIN:VCALENDAR). Geef het .ics-bestand van de vorige keer.`,
    );
  const state: SequenceState = {};
  let ev: { uid?: string; sequence: number; hash: string; stamp?: string } | undefined;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") ev = { sequence: 0, hash: "" };
    else if (line === "END:VEVENT" && ev) {
      // Without our hash (a file from elsewhere, or an older Vrijrooster) the event counts as changed.
      if (ev.uid) state[ev.uid] = { hash: ev.hash, sequence: ev.sequence, ...(ev.stamp ? { stamp: ev.stamp } : {}) };
      ev = undefined;
    } else if (ev) {
      const m = /^([A-Z0-9-]+)(?:;[^:]*)?:(.*)$/i.exec(line);
      if (!m) continue;
      const [, name, value] = m;
      const key = name.toUpperCase();
      if (key === "UID") ev.uid = value;
      else if (key === "SEQUENCE") ev.sequence = Number(value) || 0;
      else if (key === "X-VRIJROOSTER-HASH") ev.hash = value;
      else if (key === "DTSTAMP") ev.stamp = isoOf(value);
    }
  }
  return state;
}
