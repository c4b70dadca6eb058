// VTIMEZONE for Europe/Brussels (CET/CEST, EU rule since 1996: last Sunday of March 02:00 → 03:00, last
// Sunday of October 03:00 → 02:00). Static text: ical-generator needs a generator and we add no dependency.
export const TZID = "Europe/Brussels";

export function vtimezone(tz: string): string | null {
  if (tz !== TZID) return null;
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${TZID}`,
    `X-LIC-LOCATION:${TZID}`,
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}
