// Imported first by the CLI and its workers, before any regular expression runs. V8 first interprets a regular
// expression and compiles it to machine code only once it is used again; the core's large patterns (hundreds of
// alternatives, \p{L} classes) are each run over every sentence, so interpreting them first only adds time: compiled
// at once, a whole-process run over the DEV texts took ~10 % less CPU (in-process, 4 interleaved pairs).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
// V8's optimising compiler runs on background threads, and inlining made it recompile the large hot functions at
// great cost: over the 265 DEV files (one thread, 4 interleaved pairs, busy machine) those threads used ~2.2 s CPU
// beside the main thread's ~3.6 s; without inlining ~1.5 s, and the main thread was no slower. On two cores that
// second core is what worker threads would need.
setFlagsFromString('--no-turbo-inlining');
