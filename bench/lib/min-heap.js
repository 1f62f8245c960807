// The smallest heap a program needs: run it in a fresh child under --max-old-space-size=M and bisect on M.
// Shared by the benchmarks that report "min heap" (in-place-memory, intermediate-arrays, typed-arrays).
import { spawnNode } from './common.js';

const OOM = /out of memory|heap limit|Allocation failed/i;

/**
 * Runs `program` (JS source) in a fresh Node under a heap limit; resolves { ok: true, out } with the last stdout
 * line parsed as JSON, or { ok: false, reason: 'oom' | 'timeout' }. Any other failure rejects: a bug, not a result.
 */
export async function runNodeChild({ id, program, heapMB, timeoutMs, flags = [] }) {
  const { status, signal, stdout, stderr, timedOut } = await spawnNode([...flags, `--max-old-space-size=${heapMB}`, '-e', program], { timeoutMs });
  if (status === 0) {
    try {
      return { ok: true, out: JSON.parse(stdout.trim().split('\n').pop()) };
    } catch {
      throw new Error(`${id}: unparsable child output at ${heapMB} MB: ${stdout.slice(0, 500)}`);
    }
  }
  if (timedOut) return { ok: false, reason: 'timeout' };
  if (OOM.test(stderr)) return { ok: false, reason: 'oom' };
  throw new Error(`${id} failed at ${heapMB} MB (status ${status}, signal ${signal}):\n${stderr.slice(0, 2000)}`);
}

/**
 * Smallest passing heap limit, to `res` MB, for `run(mb)` (which resolves { ok, reason }). Invariant: lo fails (`lo`
 * itself is assumed to fail until tested), hi passes. Without a guess: the first probe is `start` (an upper bound in
 * practice, e.g. this run's peak RSS), then bisection. With a guess (an earlier result): gallop outwards from it by
 * doubling steps, then bisect.
 */
export async function findMinHeap(run, { lo: LO, hi: HI, res: RES, start, guess }) {
  const align = (mb) => LO + Math.ceil((mb - LO) / RES) * RES;
  const probes = [];
  const probe = async (mb) => {
    const r = await run(mb);
    probes.push([mb, r.ok ? 'ok' : r.reason]);
    return r.ok;
  };
  let lo = LO;
  let hi = null;
  const first = Math.min(HI, Math.max(LO + RES, align(guess ?? start)));
  if (await probe(first)) {
    hi = first;
    if (guess != null) {
      for (let step = RES; ; step *= 2) {
        const x = hi - step;
        if (x <= LO) break;
        if (await probe(x)) hi = x;
        else {
          lo = x;
          break;
        }
      }
    }
  } else {
    lo = first;
    for (let step = RES; hi == null; step *= 2) {
      const x = Math.min(HI, lo + step);
      if (await probe(x)) hi = x;
      else if (x >= HI) break;
      else lo = x;
    }
  }
  if (hi == null) return { minHeapMB: null, bracketMB: [lo, null], probes };
  while (hi - lo > RES) {
    const mid = lo + Math.floor((hi - lo) / 2 / RES) * RES;
    if (await probe(mid)) hi = mid;
    else lo = mid;
  }
  let belowLo = false;
  if (lo === LO && hi === LO + RES && !probes.some(([mb]) => mb === LO)) {
    // Never tested the lower bound itself: the answer may be below it.
    if (await probe(LO)) {
      hi = LO;
      belowLo = true;
    }
  }
  return { belowLo, bracketMB: [lo, hi], minHeapMB: hi, probes };
}

/** The command-line options every min-heap benchmark takes (parallel jobs, the search's bounds, the child timeout). */
export const MIN_HEAP_OPTIONS = {
  jobs: { type: 'string', default: '2' },
  lo: { type: 'string', default: '4' },
  hi: { type: 'string', default: '2048' },
  res: { type: 'string', default: '4' },
  'rss-heap': { type: 'string', default: '4096' },
  timeout: { type: 'string', default: '180' },
};

/** One run's record (as written to the results JSON) and its progress line on stderr. */
export function recordRun({ id, search, out, peakRssMB, run, seconds, hi, done, total, elapsedSeconds, width }) {
  const heap = search.minHeapMB == null ? `> ${hi}` : `${search.belowLo ? '<= ' : ''}${search.minHeapMB}`;
  console.error(
    `[${done}/${total}] run ${run} ${id.padEnd(width)} min heap ${heap} MB (${search.probes.length} probes), ` +
      `peak RSS ${Math.round(peakRssMB * 10) / 10} MB, op ${Math.round(out.ms)} ms, ${Math.round(seconds * 10) / 10} s, ` +
      `elapsed ${Math.round(elapsedSeconds)} s`,
  );
  return {
    belowLo: search.belowLo || undefined,
    bracketMB: search.bracketMB,
    minHeapMB: search.minHeapMB,
    opMs: Math.round(out.ms),
    peakRssMB: Math.round(peakRssMB * 10) / 10,
    probes: search.probes.length,
    run,
    seconds: Math.round(seconds * 10) / 10,
  };
}
