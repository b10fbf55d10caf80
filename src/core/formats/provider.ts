// The agency behind an item, from the provider the format names ("nprov:REUTERS", "providercode:AP", a URI).
import { canonicalAgency } from '../agency';

/** Canonical agency name when known ("REUTERS" → "Reuters"), else the provider's own name. */
export function agencyOf(provider: string | undefined): string | undefined {
  const p = provider?.trim();
  if (!p) return undefined;
  let name = p;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
    try {
      name = new URL(p).hostname.replace(/^www\./, '');
    } catch {
      name = p;
    }
  } else name = p.replace(/^[\w-]+:/, '').replace(/^www\./, '');
  return canonicalAgency(name) ?? canonicalAgency(name.split('.')[0] ?? '') ?? name;
}
