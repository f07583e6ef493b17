/**
 * Working days in the Netherlands for service terms (afhandeltermijnen): Monday to Friday, excluding the
 * national public holidays (Algemene termijnenwet art. 3 and the usual government closing days): Nieuwjaarsdag,
 * Goede Vrijdag, Tweede Paasdag, Koningsdag (27 April, or 26 April when the 27th is a Sunday), Bevrijdingsdag
 * (every fifth year: 2025, 2030, …), Hemelvaartsdag, Tweede Pinksterdag, Eerste and Tweede Kerstdag.
 * Dates are calendar dates (YYYY-MM-DD) in Dutch local time; the caller converts instants.
 */

/** Easter Sunday (Gregorian, Meeus/Jones/Butcher). */
export function paaszondag(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

const cache = new Map<number, Set<string>>();

/** The public holidays of a year as ISO dates. */
export function feestdagen(year: number): Set<string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const p = paaszondag(year);
  const pasen = utc(year, p.month, p.day);
  const koningsdag = utc(year, 4, 27).getUTCDay() === 0 ? utc(year, 4, 26) : utc(year, 4, 27);
  const days = [
    utc(year, 1, 1),
    plusDays(pasen, -2), // Goede Vrijdag
    plusDays(pasen, 1), // Tweede Paasdag
    koningsdag,
    plusDays(pasen, 39), // Hemelvaartsdag
    plusDays(pasen, 50), // Tweede Pinksterdag
    utc(year, 12, 25),
    utc(year, 12, 26),
    ...(year % 5 === 0 ? [utc(year, 5, 5)] : []),
  ];
  const set = new Set(days.map(iso));
  cache.set(year, set);
  return set;
}

export function isWerkdag(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !feestdagen(d.getUTCFullYear()).has(date);
}

/** The date `n` working days after `date` (the day itself does not count). */
export function plusWerkdagen(date: string, n: number): string {
  let d = new Date(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d = plusDays(d, 1);
    if (isWerkdag(iso(d))) left -= 1;
  }
  return iso(d);
}

/** The calendar date of an instant in Dutch local time (Europe/Amsterdam). */
// Formatters are created once: building an Intl.DateTimeFormat costs far more than formatting with it.
const DATUM_NL = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const UUR_NL = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' });

export function datumInNederland(instant: Date): string {
  return DATUM_NL.format(instant);
}

/** The hour (0–23) of an instant in Dutch local time. */
export function uurInNederland(instant: Date): number {
  return Number(UUR_NL.format(instant));
}

/** Add calendar days to an ISO date (YYYY-MM-DD); negative goes back. */
export function plusDagen(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
