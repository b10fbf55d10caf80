// One archive query in one statement (one round trip, prepared once per connection): the frequencies of the query's
// features the client does not hold, the candidate search over the rarest features within a posting budget, and the
// candidates' rows, with features only for rows the client does not keep.
import { FEATURE_COLUMNS, STORY_COLUMNS } from './rows';

/**
 * Parameters: $1 feature keys, $2 their query weights (w × idf²), $3 their frequencies counting the query, $4 whether
 * a feature's frequency is unknown to the client (sent as 1 in the archive: kept only if the archive says so), in the
 * client's order; $5 the features whose frequency the client asks; $6 the posting budget; $7 the query's own row id
 * (or -1); $8 a path whose rows are excluded; $9 how many candidates; $10 the row ids whose features the client keeps.
 *
 * The budget: rare features sorted by frequency (then the client's order), kept while their postings fit, the first
 * always (as StoryIndex's candidate search reads every rare feature, the budget only cuts the longest lists).
 * Candidates: each touched story's partial dot product (postings carry weight over the story's raw-weight norm), the
 * best $9 and any tied with the last. Result rows: one per asked frequency (key, df), then one per candidate (id...).
 */
export const MATCH_SQL = `
WITH sent AS (
  SELECT * FROM unnest($1::text[], $2::float8[], $3::int[], $4::bool[]) WITH ORDINALITY AS k(key, qw, dft, unknown, ord)
), asked AS (
  SELECT d.key, d.df FROM wc_df d WHERE d.key = ANY($5::text[])
), rare AS (
  SELECT key, qw, sum(dft) OVER w AS spent, row_number() OVER w AS rn
  FROM sent
  WHERE NOT unknown OR EXISTS (SELECT 1 FROM asked a WHERE a.key = sent.key AND a.df = 1)
  WINDOW w AS (ORDER BY dft, ord ROWS UNBOUNDED PRECEDING)
), ranked AS (
  SELECT p.story_id AS id, sum(p.wn * r.qw) AS score
  FROM rare r JOIN wc_posting p ON p.key = r.key
  WHERE (r.spent <= $6::float8 OR r.rn = 1) AND p.story_id <> $7::bigint
    AND p.story_id NOT IN (SELECT x.id FROM wc_story x WHERE x.path = $8::text)
  GROUP BY p.story_id ORDER BY score DESC FETCH FIRST ($9::int) ROWS WITH TIES
)
SELECT a.key, a.df, NULL::float8 AS score, NULL::bigint AS id, NULL::text AS path, NULL::int AS item_no,
  NULL::text AS guid, NULL::text AS version, NULL::text AS agency, NULL::text AS headline, NULL::timestamptz AS filed,
  NULL::boolean AS withdrawn, NULL::bytea AS features, NULL::text AS prepared
FROM asked a
UNION ALL
SELECT NULL, NULL, r.score, ${STORY_COLUMNS}, ${FEATURE_COLUMNS('$10::bigint[]')}
FROM ranked r JOIN wc_story s ON s.id = r.id`;
