// Imported first by the CLI and its workers, before any regular expression runs. V8 first interprets a regular
// expression and compiles it to machine code only once it is used again; the core's large patterns (hundreds of
// alternatives, \p{L} classes) are each run over every sentence, so interpreting them first only adds time: compiled
// at once, a whole-process run over the DEV texts took ~10 % less CPU (in-process, 4 interleaved pairs).
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
// V8's optimising compiler runs on background threads, and inlining made it recompile the large hot functions at
// great cost: over the 265 DEV files (one thread, 4 interleaved pairs, busy machine) those threads used ~2.2 s CPU
// beside the main thread's ~3.6 s; without inlining ~1.5 s, and the main thread was no slower. On two cores that
// second core is what worker threads would need.
setFlagsFromString('--no-turbo-inlining');
// With no idle core (1-minute load at least the core count), that background compiling takes time from the main thread
// instead of using a spare core: a larger interrupt budget (1 MB of bytecode run before a function is considered for
// optimising, default 66 KB) optimises far less. 265 DEV files, one thread, load 13-16, 4-5 interleaved runs: CPU
// 5.2-5.8 -> 4.2-4.4 s, compiler threads 1.41 -> 0.56 s, main thread 3.35 -> 3.52 s; below that load nothing changes.
if ((loadavg()[0] ?? 0) >= availableParallelism()) setFlagsFromString('--interrupt-budget=1048576');
