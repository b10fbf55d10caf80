// How the posting budget changes archive matches: the bench's queries against an archive `npm run bench:archive`
// left (its server still up: WIRECHECK_ARCHIVE_URL), matched with the default budget and without one, compared
// list by list. `node out/bench/archiveBudget.js --size 100000 [--queries 60]`.
import { join, resolve } from 'node:path';
import { connect, type ArchiveConnection } from '../src/archive/db';
import { ArchiveMatcher } from '../src/archive/match';
import { prepareStory, type PreparedStory } from '../src/core/match';
import { loadStories } from '../eval/matching';
import { copyFeatures } from './archiveSynth';

const arg = (name: string, fallback: string): string =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback;

/** The bench's queries (bench/archive.ts): DEV stories of 600+ words, trimmed to 1,000 words, moved to copy 1. */
export function benchQueries(base: ReturnType<typeof loadStories>, count: number): PreparedStory[] {
  return base
    .filter((d) => d.text.split(/\s+/).length >= 600)
    .slice(20, 220)
    .slice(0, count)
    .map((d) =>
      copyFeatures(prepareStory(d.text.split(/\s+/).slice(0, 1000).join(' '), d.date ? { filed: d.date } : {}), 1),
    );
}

/** Each story matched with the default posting budget and without one; the ranked lists compared one by one. */
export async function budgetAgreement(
  conn: ArchiveConnection,
  stories: readonly PreparedStory[],
): Promise<{ identical: number; differences: string[] }> {
  const budgeted = new ArchiveMatcher(conn, 3_600_000);
  const unbudgeted = new ArchiveMatcher(conn, 3_600_000);
  let identical = 0;
  const differences: string[] = [];
  for (const [i, story] of stories.entries()) {
    const a = (await budgeted.match(story)).matches.map((m) => `${m.path} ${m.score}`);
    const b = (await unbudgeted.match(story, { postingBudget: Infinity })).matches.map((m) => `${m.path} ${m.score}`);
    if (a.join('\n') === b.join('\n')) identical++;
    else
      differences.push(
        `query ${i}: budgeted only [${a.filter((x) => !b.includes(x)).join('; ')}], unbudgeted only [${b.filter((x) => !a.includes(x)).join('; ')}]`,
      );
  }
  return { identical, differences };
}

async function main(): Promise<void> {
  const url = process.env['WIRECHECK_ARCHIVE_URL'];
  if (!url) throw new Error('set WIRECHECK_ARCHIVE_URL to the server a bench run left up');
  const size = Number(arg('--size', '10000'));
  const count = Number(arg('--queries', '200'));
  const u = new URL(url);
  u.pathname = `/wc_bench_${size}`;
  const conn = connect(u.toString(), { statementTimeoutMs: 3_600_000 });
  const base = loadStories(resolve(arg('--eval', join(__dirname, '..', '..', '..', 'shared', 'eval'))));
  const stories = benchQueries(base, count);
  const { identical, differences } = await budgetAgreement(conn, stories);
  console.log(
    `${size} stories: ${identical} of ${stories.length} ranked match lists identical, budgeted vs unbudgeted`,
  );
  for (const line of differences) console.log(line);
  await conn.pool.end();
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
