// Where an edit's time goes with many articles open (`node out/bench/editProfile.js [evalDir] [open]`): a Desk holding
// the scale bench's open set, then one-character edits typed as the editor does (lazy story features), each followed
// by the checks the editor runs: the edited article, then every dependent. Each rule's run, the desk's restore step
// and the rest (peers, sorting) are timed apart, for the edited article and for its dependents.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join, resolve } from 'node:path';
import { Desk } from '../src/core/desk';
import { RULES } from '../src/core/rules';
import type { AnyRule } from '../src/core/rules/rule';
import { oneCharEdit, percentiles, round, type Timing } from './analysis';
import { loadTexts, openSet } from './scale';

const ROOT = resolve(__dirname, '..', '..');

/** Rule runs timed into `into[rule id]` while `phase` names who is being checked. */
function timedRules(into: Map<string, number[]>): { rules: AnyRule[]; total: () => number; reset: () => void } {
  let sum = 0;
  const rules = RULES.map((r) => ({
    ...r,
    check: (...args: Parameters<AnyRule['check']>) => {
      const t0 = performance.now();
      r.check(...args);
      const ms = performance.now() - t0;
      sum += ms;
      const list = into.get(r.id) ?? [];
      list.push(ms);
      into.set(r.id, list);
    },
  }));
  return { rules, total: () => sum, reset: () => (sum = 0) };
}

/** With WIRECHECK_CPU_PROFILE=file, a V8 CPU profile of the edits only (set-up left out); returns its stop. */
function startProfile(): (() => void) | undefined {
  const file = process.env.WIRECHECK_CPU_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  return () =>
    session.post('Profiler.stop', (err, r) =>
      err ? console.error(err) : writeFileSync(file, JSON.stringify(r.profile)),
    );
}

export function profileEdits(evalDir: string, open = 200, edits = 60): object {
  const texts = openSet(open, loadTexts(evalDir));
  const selfRuns = new Map<string, number[]>();
  const depRuns = new Map<string, number[]>();
  let into = selfRuns;
  const proxy = new Map<string, number[]>();
  const timed = timedRules(proxy);
  const desk = new Desk(undefined, timed.rules);
  const keys = texts.map((_, i) => `file:///desk/a${String(i).padStart(3, '0')}.txt`);
  texts.forEach((t, i) => desk.upsert(keys[i]!, t));
  for (const k of keys) desk.dependents(k);
  for (const k of keys) desk.check(k);
  proxy.clear();
  const profiler = startProfile();
  const selfTotal: number[] = [];
  const selfRest: number[] = [];
  const depTotal: number[] = [];
  const depCount: number[] = [];
  const upsert: number[] = [];
  const deps: number[] = [];
  const targets = [0, ...Array.from({ length: 5 }, (_, k) => Math.min(open - 1, Math.floor(((k + 1) * open) / 6)))];
  const current = new Map<number, string>();
  for (let e = 0; e < edits; e++) {
    const i = e % 2 === 0 ? 0 : targets[1 + ((e >> 1) % 5)]!;
    const key = keys[i]!;
    const text = oneCharEdit(current.get(i) ?? texts[i]!, e);
    current.set(i, text);
    let t0 = performance.now();
    const before = desk.dependents(key);
    deps.push(performance.now() - t0);
    t0 = performance.now();
    desk.upsert(key, text, {}, 'lazy');
    upsert.push(performance.now() - t0);
    t0 = performance.now();
    const after = desk.dependents(key);
    deps[deps.length - 1]! += performance.now() - t0;
    into = selfRuns;
    timed.reset();
    t0 = performance.now();
    desk.check(key);
    const ms = performance.now() - t0;
    selfTotal.push(ms);
    selfRest.push(ms - timed.total());
    for (const [id, list] of proxy) (into.get(id) ?? into.set(id, []).get(id)!).push(...list);
    proxy.clear();
    const others = new Set([...before, ...after]);
    depCount.push(others.size);
    into = depRuns;
    t0 = performance.now();
    for (const o of others) desk.check(o);
    depTotal.push(performance.now() - t0);
    for (const [id, list] of proxy) (into.get(id) ?? into.set(id, []).get(id)!).push(...list);
    proxy.clear();
  }
  profiler?.();
  const table = (m: Map<string, number[]>): Record<string, Timing & { sumMs: number }> =>
    Object.fromEntries(
      [...m].map(([id, v]) => [id, { ...percentiles(v), sumMs: round(v.reduce((a, b) => a + b, 0)) }]),
    );
  return {
    open,
    edits,
    dependentsMean: round(depCount.reduce((a, b) => a + b, 0) / edits),
    upsertMs: percentiles(upsert),
    dependentsMs: percentiles(deps),
    editedCheckMs: percentiles(selfTotal),
    editedCheckOutsideRulesMs: percentiles(selfRest),
    editedRuleMs: table(selfRuns),
    dependentsCheckMs: percentiles(depTotal),
    dependentRuleMs: table(depRuns),
  };
}

if (require.main === module) {
  const evalDir = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'eval'));
  console.log(JSON.stringify(profileEdits(evalDir, Number(process.argv[3] ?? 200)), null, 2));
}
