// The time batching stamps on an interchange (ISA09/10, GS04/05, BHT04/05), behind a port so
// tests can fix it. The process's local time zone applies (set TZ), as partners read these dates.
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** CCYYMMDD and HHMM in the process's local time. */
export function interchangeTimestamp(at: Date): { date: string; time: string } {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return { date: `${p(at.getFullYear(), 4)}${p(at.getMonth() + 1)}${p(at.getDate())}`, time: `${p(at.getHours())}${p(at.getMinutes())}` };
}
