// Start-up work done ahead, one short step per task: compiling the lexicon and the large casualty patterns, and a
// first small check, so the first real article never pays ~100 ms of one-time compilation in a single task.
import { Desk } from './desk';
import { casualtyWarmUpSteps } from './facts/casualty';
import { findLoadedTerms } from './rules/loadedTerm';
import { buildArticleModel } from './text/model';

const SAMPLE =
  'Floods killed at least 12 people and left two children injured, police said. A brutal onslaught, he claimed.';

export function warmUpSteps(): (() => void)[] {
  return [
    () => void findLoadedTerms(buildArticleModel(SAMPLE)),
    ...casualtyWarmUpSteps(),
    () => {
      const desk = new Desk();
      desk.upsert('warm-up', SAMPLE);
      desk.check('warm-up');
    },
  ];
}
