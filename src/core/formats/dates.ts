// Wire dates to ISO 8601: NITF's basic form ("20240408T091200Z") and NewsML-G2/ninjs extended forms.

/** "20240408T091200Z" → "2024-04-08T09:12:00Z"; extended forms pass through; anything else is dropped. */
export function isoDate(s: string | undefined): string | undefined {
  const t = s?.trim();
  if (!t) return undefined;
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (basic) {
    const [, y, mo, d, h, mi, sec, zone] = basic;
    if (!h) return `${y}-${mo}-${d}`;
    const z = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : (zone ?? '');
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  return Number.isNaN(Date.parse(t)) ? undefined : t;
}
