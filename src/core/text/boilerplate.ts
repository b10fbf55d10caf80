// Site and agency furniture that scraped copy carries (legal notices, credit lines, widgets, video playlists,
// phone numbers): blanked before story features are read, so two stories from one website do not match on their footer.

/** Lines that are site or agency furniture, not the story: legal notices, credits, video carousels, widgets. */
const BOILERPLATE_RE =
  /copyright|all rights reserved|©|may not be (?:re)?published|redistributed|terms of (?:use|service)|privacy policy|^\s*\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|add a location to your tweets|twitter stores that location|sign up for (?:our|the) newsletter|view full caption|^\s*related coverage\b/i;

/**
 * Web-page furniture that scraped copy carries: sign-in, account and subscription widgets, newsletter and alert
 * sign-ups, metered-paywall counters, the Wayback Machine's capture bar.
 */
const WEB_FURNITURE_RE =
  /\bsign (?:in|up) (?:using|with) your\b|\b(?:subscription|subscribe|subscriber|home delivery|digital access|premium clicks?|used this month|zip ?code)\b|\bjoined forces with\b|\b(?:get|receive) (?:an? )?email (?:notifications|alerts?)\b|\bposts new content\b|\b(?:sign|log) in (?:to update your profile|or create an account)\b|\bemail newsletters?\b|\bnews (?:stories )?each day in your inbox\b|\blet us know what's going on\b|\bconfirm (?:list )?sign ?up\b|\bmoved to (?:the )?archive\b|^\s*\d+ captures\b/i;
// "0:43 Homeless man found dead… Pause": a video playlist item, another story's headline with its running time.
const VIDEO_ITEM_RE = /^\s*\d{1,2}:\d{2}\s+\S/;
// "(Photo: Getty Images)", "(Source: WAVE 3 News)": picture and source credits name agencies, not the story's actors.
const CREDIT_PAREN_RE = /\((?:photo|source|credit|image|video)s?:[^)\n]{0,80}\)/gi;

// Phone numbers ("614-645-4141", "(313) 596-2260") and radio dials ("Newsradio 780 and 105.9 FM") are no figures.
const PHONE_RE = /(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-.]\d{4}\b|\b1-\d{3}-[A-Z\d]{3}-[A-Z\d]{4}\b/g;
const RADIO_RE = /\b\d{2,4}(?:\.\d)?\s*(?:AM|FM)\b|\b(?:newsradio|radio)\s+\d{2,4}(?:\.\d)?\b/gi;

// The same patterns over the whole text at once (multi-line, not global): a line that matches one of the per-line
// patterns makes its whole-text twin match too, so a pattern whose twin finds nothing is not tried line by line.
const whole = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'm');
const CLOCK_RE = /\b\d{1,2}:\d{2}\b/g;
const [BOILERPLATE_ANY, WEB_FURNITURE_ANY, VIDEO_ITEM_ANY, CLOCK_ANY, CREDIT_PAREN_ANY, PHONE_ANY, RADIO_ANY] = [
  BOILERPLATE_RE,
  WEB_FURNITURE_RE,
  VIDEO_ITEM_RE,
  CLOCK_RE,
  CREDIT_PAREN_RE,
  PHONE_RE,
  RADIO_RE,
].map(whole);

/** Spaces as long as what they blank: the stripped text keeps every offset of the original (the model's sentences). */
const blank = (s: string): string => ' '.repeat(s.length);

/**
 * Blank furniture lines so that two stories from one website do not match on their footer. Length-preserving: what is
 * left sits at its offsets in the original text, where the article model's sentences are.
 */
export function stripBoilerplate(text: string): string {
  const boilerplate = BOILERPLATE_ANY!.test(text);
  const web = WEB_FURNITURE_ANY!.test(text);
  const video = VIDEO_ITEM_ANY!.test(text);
  const clock = CLOCK_ANY!.test(text);
  const credit = CREDIT_PAREN_ANY!.test(text);
  // A replacement can join what it leaves into a later pattern's match: each pattern also runs after an earlier one did.
  const phone = credit || PHONE_ANY!.test(text);
  const radio = phone || RADIO_ANY!.test(text);
  if (!(boilerplate || web || video || clock || credit || phone || radio)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (
        (boilerplate && BOILERPLATE_RE.test(line)) ||
        (web && WEB_FURNITURE_RE.test(line)) ||
        (video && VIDEO_ITEM_RE.test(line)) ||
        (clock && (line.match(CLOCK_RE)?.length ?? 0) >= 3)
      )
        return blank(line);
      if (credit) line = line.replace(CREDIT_PAREN_RE, blank);
      if (phone) line = line.replace(PHONE_RE, blank);
      return radio ? line.replace(RADIO_RE, blank) : line;
    })
    .join('\n');
}
