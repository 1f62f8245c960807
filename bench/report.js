#!/usr/bin/env node
// Writes docs/benchmarks.md and docs/benchmarks/*.svg from bench/results.json: one section per benchmark with a
// chart, a table of the figures, the goal next to each figure and where the figures come from. Only numbers that are
// in the results are printed; ratios the results do not hold are computed from their medians and say so. A figure a
// chart needs that is not in the results is named as missing on the page, never estimated.
//
//   node bench/report.js                                  # bench/results.json -> docs/
//   node bench/report.js --results F --out-dir D          # F -> D/benchmarks.md, D/benchmarks/*.svg
//
// bench/run.js calls writeReport() after merging. Not a benchmark: bench/run.js does not run it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { benchDir } from './lib/common.js';
import { cell, code, div, fmt, table, times } from './lib/markdown.js';
import { writeRuleQuotes } from './rule-quotes.js';

const repoDir = path.dirname(benchDir);
const GENERATOR = 'bench/report.js (`npm run bench:report`, also run by `node bench/run.js`)';

/** Goals from issue 8, printed next to the figures they judge. */
const FLOOR_GOAL = 1.1;
const LINT_GOAL = 1.1;
const THROUGHPUT_GOAL = 0.8;

const COLORS = {
  before: '#d55e00',
  after: '#0072b2',
  reference: '#8c8c8c',
  other: '#009e73',
  floor: '#222222',
  goal: '#7b3294',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#e4e7eb',
  border: '#d0d7de',
};
const LEGEND = {
  before: 'before (the anti-pattern)',
  after: 'after (the rewrite)',
  reference: 'reference',
  other: 'other',
};

// ---------------------------------------------------------------------------------------------------------------
// Verdicts

function verdict(met, measured, goalText) {
  if (measured == null) return `not measured (goal ${goalText})`;
  return `**${met ? 'met' : 'missed'}** (${measured}; goal ${goalText})`;
}

/** Verdict of "within 10 % of the floor" for an after/floor ratio. */
function floorVerdict(ratioToFloor) {
  if (ratioToFloor == null) return 'no floor in the results';
  return verdict(ratioToFloor <= FLOOR_GOAL, times(ratioToFloor), `<= ${times(FLOOR_GOAL)} floor`);
}

// ---------------------------------------------------------------------------------------------------------------
// SVG charts

const escapeXml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";
const SANS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif";
const LABEL_CHARS = 56;
const CHAR_W = 7.2; // 12px monospace
const VALUE_CHAR_W = 6.7; // 11px monospace

function truncate(text, max) {
  const s = String(text).replace(/\s*\n\s*/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}

/** Smallest "nice" step (1, 2, 2.5 or 5 x 10^k) that splits 0..max into at most 5 intervals, and the axis end. */
function niceAxis(max) {
  if (!(max > 0)) return { step: 1, end: 1 };
  const exp = 10 ** Math.floor(Math.log10(max / 5));
  for (const k of [1, 2, 2.5, 5, 10, 20]) {
    const step = k * exp;
    if (max / step <= 5) return { step, end: Math.ceil(max / step - 1e-9) * step };
  }
  return { step: max, end: max };
}

/**
 * A horizontal bar chart. groups: [{ title?, marker?: { value, label }, rows: [{ label, value, kind, note? }] }];
 * a group's marker (the floor) is a dashed line across that group's bars, `goal` a line across the whole chart.
 * A row whose value is null gets no bar and says "not in the results".
 */
export function barChart({ title, subtitle, unit, groups, goal, digits = 1, ratio = false, legend = {} }) {
  const pad = 16;
  const rowH = 20;
  const groupTitleH = 22;
  const plotW = 360;
  const rows = groups.flatMap((g) => g.rows);
  const labelChars = rows.reduce((m, r) => Math.max(m, truncate(r.label, LABEL_CHARS).length), 8);
  const labelW = Math.ceil(labelChars * CHAR_W) + 8;
  const value = (v) => (ratio ? times(v) : `${fmt(v, digits)}${unit ? ` ${unit}` : ''}`);
  const valueText = (r) => (r.value == null ? 'not in the results' : `${value(r.value)}${r.note ? `  ${r.note}` : ''}`);
  const valueChars = rows.reduce((m, r) => Math.max(m, valueText(r).length), 4);
  const x0 = pad + labelW;
  const width = Math.ceil(x0 + plotW + 8 + valueChars * VALUE_CHAR_W + pad);

  const kinds = [...new Set(rows.filter((r) => r.value != null).map((r) => r.kind))];
  const hasMarker = groups.some((g) => g.marker && g.marker.value != null);
  const markerValues = groups.flatMap((g) => (g.marker?.value == null ? [] : [g.marker.value]));
  const max = [...rows.map((r) => r.value ?? 0), ...markerValues, goal?.value ?? 0].reduce((m, v) => Math.max(m, v), 0);
  const axis = niceAxis(max);
  const sx = (v) => x0 + (Math.max(0, v) / axis.end) * plotW;

  const out = [];
  let y = pad + 14;
  out.push(`<text x="${pad}" y="${y}" font-family="${SANS}" font-size="15" font-weight="600" fill="${COLORS.text}">${escapeXml(title)}</text>`);
  if (subtitle) {
    y += 18;
    out.push(`<text x="${pad}" y="${y}" font-family="${SANS}" font-size="12" fill="${COLORS.muted}">${escapeXml(subtitle)}</text>`);
  }
  // Legend: one swatch per bar kind used, then the lines.
  y += 20;
  let lx = pad;
  const legendItem = (svgShape, text) => {
    out.push(svgShape(lx), `<text x="${lx + 18}" y="${y}" font-family="${SANS}" font-size="12" fill="${COLORS.text}">${escapeXml(text)}</text>`);
    lx += 18 + Math.ceil(text.length * 6.4) + 16;
  };
  for (const kind of kinds) {
    legendItem((x) => `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${COLORS[kind]}"/>`, legend[kind] ?? LEGEND[kind]);
  }
  if (hasMarker) {
    legendItem((x) => `<line x1="${x + 6}" y1="${y - 12}" x2="${x + 6}" y2="${y + 2}" stroke="${COLORS.floor}" stroke-width="2" stroke-dasharray="3 2"/>`, 'floor');
  }
  if (goal) {
    legendItem((x) => `<line x1="${x + 6}" y1="${y - 12}" x2="${x + 6}" y2="${y + 2}" stroke="${COLORS.goal}" stroke-width="2"/>`, goal.label);
  }

  const plotTop = y + 14;
  y = plotTop;
  const body = [];
  for (const g of groups) {
    const groupTop = y;
    if (g.title) {
      body.push(`<text x="${pad}" y="${y + 15}" font-family="${SANS}" font-size="12" font-weight="600" fill="${COLORS.text}">${escapeXml(truncate(g.title, 110))}</text>`);
      y += groupTitleH;
    }
    const barsTop = y;
    for (const r of g.rows) {
      body.push(`<text x="${x0 - 8}" y="${y + 14}" text-anchor="end" font-family="${MONO}" font-size="12" fill="${COLORS.text}">${escapeXml(truncate(r.label, LABEL_CHARS))}</text>`);
      if (r.value != null) {
        const w = Math.max(sx(r.value) - x0, r.value > 0 ? 1 : 0);
        body.push(`<rect x="${x0}" y="${y + 3}" width="${w.toFixed(1)}" height="14" fill="${COLORS[r.kind]}"/>`);
      }
      const tx = (r.value == null ? x0 : sx(r.value)) + 6;
      body.push(`<text x="${tx.toFixed(1)}" y="${y + 14}" font-family="${MONO}" font-size="11" stroke="#ffffff" stroke-width="3" paint-order="stroke" fill="${r.value == null ? COLORS.muted : COLORS.text}">${escapeXml(valueText(r))}</text>`);
      y += rowH;
    }
    if (g.marker && g.marker.value != null) {
      const mx = sx(g.marker.value).toFixed(1);
      body.push(`<line x1="${mx}" y1="${barsTop}" x2="${mx}" y2="${y}" stroke="${COLORS.floor}" stroke-width="2" stroke-dasharray="3 2"><title>${escapeXml(g.marker.label)}</title></line>`);
    }
    y += groupTop === y ? 0 : 6;
  }
  const plotBottom = y;

  // Grid and axis first, so that bars and text draw over them.
  const grid = [];
  for (let t = 0; t <= axis.end + 1e-9; t += axis.step) {
    const gx = sx(t).toFixed(1);
    grid.push(
      `<line x1="${gx}" y1="${plotTop}" x2="${gx}" y2="${plotBottom}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<text x="${gx}" y="${plotBottom + 14}" text-anchor="middle" font-family="${MONO}" font-size="10" fill="${COLORS.muted}">${escapeXml(fmt(t, 2))}</text>`,
    );
  }
  grid.push(`<line x1="${x0}" y1="${plotTop}" x2="${x0}" y2="${plotBottom}" stroke="${COLORS.muted}" stroke-width="1"/>`);
  const axisLabelY = plotBottom + 30;
  if (unit) {
    grid.push(`<text x="${(x0 + plotW / 2).toFixed(1)}" y="${axisLabelY}" text-anchor="middle" font-family="${SANS}" font-size="11" fill="${COLORS.muted}">${escapeXml(unit)}</text>`);
  }
  if (goal) {
    const gx = sx(goal.value).toFixed(1);
    body.push(`<line x1="${gx}" y1="${plotTop - 4}" x2="${gx}" y2="${plotBottom}" stroke="${COLORS.goal}" stroke-width="2"><title>${escapeXml(goal.label)}</title></line>`);
  }
  const height = axisLabelY + pad - 4;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<!-- Generated by ${escapeXml(GENERATOR)} from bench/results.json. Do not edit. -->`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6" fill="#ffffff" stroke="${COLORS.border}"/>`,
    ...out,
    ...grid,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Sections: one per benchmark. Each returns markdown and registers its charts.

function provenance(name, result, readmeAnchor) {
  const env = result.environment ?? {};
  const params = result.params ?? {};
  const runs = params.runs ?? (typeof result.runs === 'number' ? result.runs : params.rounds);
  const bits = [
    `figures from ${env.date ? env.date.slice(0, 10) : 'an unknown date'}`,
    `Node ${env.node ?? '?'} (V8 ${env.v8 ?? '?'})`,
    `${env.platform ?? '?'} ${env.arch ?? '?'}, ${env.cpuCount ?? '?'} x ${env.cpuModel ?? '?'}, ${fmt(env.totalMemMB, 0)} MB RAM`,
  ];
  if (runs != null) bits.push(`${runs} ${params.rounds != null && params.runs == null ? 'rounds' : 'runs'}, medians`);
  if (result.wallSeconds != null) bits.push(`the script ran ${fmt(result.wallSeconds, 0)} s`);
  const lines = [
    `Script: [\`bench/${name}.js\`](../bench/${name}.js) · how it measures: [bench/README.md](../bench/README.md#${readmeAnchor ?? `${name.replace(/[^a-z0-9-]/g, '')}js`}) · ${bits.join(' · ')}.`,
  ];
  if (params.quick || result.quick) lines.push('', '**These are `--quick` figures (a smoke test), not a full run.**');
  if (params.only) lines.push('', `**Partial run** (\`--only ${cell(JSON.stringify(params.only))}\`).`);
  return lines.join('\n');
}

function img(ctx, file, alt, svg) {
  ctx.charts.set(file, svg);
  return `![${alt}](benchmarks/${file})`;
}

function byId(list) {
  return new Map((list ?? []).map((v) => [v.id, v]));
}

/**
 * The memory sections share one shape: pairs of a "before" and an "after" variant, each against a floor variant.
 * metrics: [{ key, label, unit, file }]; pairs: [{ title, before, after, floor }] (variant objects, floor optional).
 */
function memoryCharts(ctx, name, { pairs, metrics, subtitle }) {
  const parts = [];
  for (const m of metrics) {
    const groups = pairs.map((p) => {
      const floorValue = p.floor?.[m.key] ?? null;
      return {
        title: `${p.title}${p.floor ? ` (floor ${fmt(floorValue)} ${m.unit})` : ''}`,
        marker: p.floor ? { value: floorValue, label: `floor: ${p.floor.id}` } : undefined,
        rows: [
          { label: p.beforeLabel ?? p.before.code ?? p.before.id, value: p.before[m.key] ?? null, kind: 'before', note: floorNote(p.before[m.key], floorValue) },
          { label: p.afterLabel ?? p.after.code ?? p.after.id, value: p.after[m.key] ?? null, kind: 'after', note: floorNote(p.after[m.key], floorValue) },
        ],
      };
    });
    parts.push(img(ctx, `${name}-${m.file}.svg`, `${name}: ${m.label}`, barChart({ title: `${name}: ${m.label}`, subtitle, unit: m.unit, groups })));
  }
  return parts.join('\n\n');
}

function floorNote(value, floorValue) {
  const r = div(value, floorValue);
  return r == null ? undefined : `${times(r)} floor`;
}

/** Table and goal tally for pairs judged on one metric (`goalKey`) against their floor. */
function pairTable(pairs, { goalKey, extra = [] }) {
  const tally = { met: [], missed: [], unjudged: [] };
  const rows = pairs.map((p) => {
    const rb = div(p.before.minHeapMB, p.floor?.minHeapMB);
    const ra = div(p.after[goalKey], p.floor?.[goalKey]);
    if (p.judge === false) {
      // keep the row, but it is not a rewrite the plugin makes, so no verdict
    } else if (ra == null) tally.unjudged.push(p.after.id);
    else (ra <= FLOOR_GOAL ? tally.met : tally.missed).push(`${p.after.id} ${times(ra)}`);
    return [
      code(p.before.code ?? p.before.id),
      code(p.after.code ?? p.after.id),
      `${fmt(p.before.minHeapMB)} → ${fmt(p.after.minHeapMB)}`,
      rb == null ? '-' : `${times(rb)} → ${times(div(p.after.minHeapMB, p.floor.minHeapMB))}`,
      `${fmt(p.before.peakRssMB)} → ${fmt(p.after.peakRssMB)}`,
      p.floor ? `${times(div(p.before.peakRssMB, p.floor.peakRssMB))} → ${times(div(p.after.peakRssMB, p.floor.peakRssMB))}` : '-',
      ...extra.map((f) => f(p)),
      p.judge === false ? `not judged (${NOT_REWRITTEN.get(p.before.id) ?? 'not a rewrite'})` : floorVerdict(ra),
    ];
  });
  return { rows, tally };
}

function tallyText(tally) {
  const n = tally.met.length + tally.missed.length;
  const parts = [`${tally.met.length} of ${n} met`];
  if (tally.missed.length) parts.push(`missed: ${tally.missed.join(', ')}`);
  if (tally.unjudged.length) parts.push(`no floor to judge: ${tally.unjudged.join(', ')}`);
  return parts.join('; ');
}

/**
 * Comparisons a benchmark makes that no codemod or fix performs: charted, not judged against the goal.
 * keys-map: no-intermediate-arrays does not report `Object.keys(o).map(k => o[k])` because Object.values measured worse.
 * concat: prefer-in-place reports `a = a.concat(b)` only inside a loop; a single append is left alone because the push
 * loop measured worse (its own growth copies), so rewrite-in-place never writes this pair's "after".
 */
const NOT_REWRITTEN = new Map([
  ['keys-map', 'not rewritten: measured worse'],
  ['concat', 'not rewritten: a single append measured worse as a push loop'],
]);

const MEMORY_METRICS = [
  { key: 'minHeapMB', label: 'min heap, before vs after, against the floor', unit: 'MB', file: 'min-heap' },
  { key: 'peakRssMB', label: 'peak RSS, before vs after, against the floor', unit: 'MB', file: 'peak-rss' },
];
const FLOOR_GOAL_TEXT = `Goal: the rewritten program within 10 % of the floor (after / floor <= ${times(FLOOR_GOAL)}), judged on min heap, the figure the floor ratio in the results uses; peak RSS is shown next to it. Ratios to the floor are computed from the medians in the results.`;

const sections = {
  'in-place-memory'(ctx, r) {
    const v = byId(r.variants);
    // README: floor-b (a and b built) is the floor of the concat pair; every other pair works on a alone.
    const floorOf = (id) => (id === 'concat' ? v.get('floor-b') : v.get('floor'));
    const pairs = r.variants
      .filter((x) => x.pair && v.has(x.pair))
      .map((x) => ({
        title: `${x.id} → ${x.pair}${NOT_REWRITTEN.has(x.id) ? ` (${NOT_REWRITTEN.get(x.id)})` : ''}`,
        before: x,
        after: v.get(x.pair),
        floor: floorOf(x.id),
        judge: !NOT_REWRITTEN.has(x.id),
      }));
    const { rows, tally } = pairTable(pairs, { goalKey: 'minHeapMB', extra: [(p) => `${fmt(p.before.opMs, 0)} → ${fmt(p.after.opMs, 0)}`] });
    ctx.goals.push({ section: 'in-place-memory', goal: `\`rewrite-in-place\` output within 10 % of the floor (min heap)`, result: tallyText(tally) });
    const floors = ['floor', 'floor-b'].filter((id) => v.has(id)).map((id) => `\`${id}\` ${code(v.get(id).code)}: min heap ${fmt(v.get(id).minHeapMB)} MB, peak RSS ${fmt(v.get(id).peakRssMB)} MB`);
    return [
      `Copy-and-rebind (\`a = a.map(f)\` and friends) against the in-place form the \`rewrite-in-place\` codemod writes, on ${fmt(r.params?.n, 0)} ${r.params?.elementKind ?? 'elements'}. Min heap: the smallest \`--max-old-space-size\` that still runs, found by bisection to ${r.params?.bisection?.resolutionMB ?? '?'} MB.`,
      FLOOR_GOAL_TEXT,
      `**Goal: ${tallyText(tally)}.**`,
      v.get('sort')?.minHeapMB != null && v.get('sort').minHeapMB === v.get('toSorted')?.minHeapMB
        ? `\`a.sort(cmp)\` needs the same min heap as \`a = a.toSorted(cmp)\` (${fmt(v.get('sort').minHeapMB)} MB): V8 sorts through a work copy of its own, so in place saves only the peak RSS of the second array.`
        : '',
      memoryCharts(ctx, 'in-place-memory', { pairs, metrics: MEMORY_METRICS, subtitle: `${fmt(r.params?.n, 0)} doubles; medians of ${r.params?.runs} runs; dashed line: the floor (build only)` }),
      `Floors: ${floors.join('; ')}.`,
      table(['before', 'after', 'min heap MB', 'min heap / floor', 'peak RSS MB', 'peak RSS / floor', 'op ms', 'goal (after, min heap)'], rows),
    ].join('\n\n');
  },

  'intermediate-arrays'(ctx, r) {
    const v = byId(r.variants);
    const floorOf = { xs: v.get('floor'), set: v.get('floor-set'), obj: v.get('floor-obj') };
    const pairs = (r.comparisons ?? [])
      .filter((c) => v.get(c.chain)?.minHeapMB != null && v.get(c.fused)?.minHeapMB != null)
      .map((c) => ({
        title: `${c.chain} → ${c.fused}${NOT_REWRITTEN.has(c.chain) ? ` (${NOT_REWRITTEN.get(c.chain)})` : ''}`,
        before: v.get(c.chain),
        after: v.get(c.fused),
        floor: floorOf[v.get(c.chain).build],
        judge: !NOT_REWRITTEN.has(c.chain),
      }));
    const unavailable = (r.variants ?? []).filter((x) => x.available === false).map((x) => `${code(x.code)} (${x.note})`);
    const { rows, tally } = pairTable(pairs, { goalKey: 'minHeapMB', extra: [(p) => `${fmt(p.before.opMs, 0)} → ${fmt(p.after.opMs, 0)}`] });
    ctx.goals.push({ section: 'intermediate-arrays', goal: '`fuse-array-chains` output within 10 % of the floor (min heap)', result: tallyText(tally) });
    const d = r.params?.data ?? {};
    return [
      `Chained array methods against the one pass \`fuse-array-chains\` writes. Data: xs = ${d.xs ?? '?'}; set = ${d.set ?? '?'}; o = ${d.obj ?? d.o ?? '?'}. Each data set has its own floor (build only). The fused forms build their result array, which the floor does not hold.`,
      FLOOR_GOAL_TEXT,
      `**Goal: ${tallyText(tally)}.**`,
      memoryCharts(ctx, 'intermediate-arrays', { pairs, metrics: MEMORY_METRICS, subtitle: `medians of ${r.params?.runs} runs; dashed line: the floor of the data set` }),
      table(['before', 'after', 'min heap MB', 'min heap / floor', 'peak RSS MB', 'peak RSS / floor', 'op ms', 'goal (after, min heap)'], rows),
      unavailable.length ? `Not measured on this Node: ${unavailable.join('; ')}.` : '',
    ].filter(Boolean).join('\n\n');
  },

  'typed-arrays'(ctx, r) {
    const empty = byId(r.variants).get('empty');
    const kindOf = (x) => (x.reference ? 'reference' : /Array$/.test(x.kind ?? '') && !/^(PACKED|HOLEY)/.test(x.kind) ? 'after' : 'before');
    const tally = { met: [], missed: [], unjudged: [] };
    for (const x of r.variants.filter((y) => kindOf(y) === 'after')) {
      const ra = div(x.minHeapMB, empty?.minHeapMB);
      if (ra == null) tally.unjudged.push(x.id);
      else (ra <= FLOOR_GOAL ? tally.met : tally.missed).push(`${x.id} ${times(ra)}`);
    }
    ctx.goals.push({ section: 'typed-arrays', goal: '`use-typed-arrays` output within 10 % of the floor (min heap; floor: the empty process)', result: tallyText(tally) });
    const charts = MEMORY_METRICS.map((m) =>
      img(ctx, `typed-arrays-${m.file}.svg`, `typed-arrays: ${m.key === 'minHeapMB' ? 'min heap' : 'peak RSS'}`, barChart({
        title: `typed-arrays: ${m.key === 'minHeapMB' ? 'min heap' : 'peak RSS'} of ${fmt(r.params?.n, 0)} elements`,
        subtitle: `number[] built 7 ways (before) vs typed arrays (after); dashed line: the empty process; medians of ${r.params?.runs} runs`,
        unit: 'MB',
        groups: [{ marker: empty ? { value: empty[m.key], label: 'floor: the empty process' } : undefined, rows: r.variants.map((x) => ({ label: x.code, value: x[m.key] ?? null, kind: kindOf(x), note: floorNote(x[m.key], empty?.[m.key]) })) }],
      })),
    );
    const bytes = img(ctx, 'typed-arrays-bytes-per-element.svg', 'typed-arrays: bytes per element', barChart({
      title: 'typed-arrays: bytes per element (heap + off-heap)',
      subtitle: `medians of ${r.params?.runs} runs`,
      unit: 'B',
      digits: 2,
      groups: [{ rows: r.variants.filter((x) => !x.reference).map((x) => ({ label: x.code, value: x.bytesPerElement ?? null, kind: kindOf(x) })) }],
    }));
    return [
      `What one element costs in a \`number[]\` depending on how it was built, against the typed arrays \`use-typed-arrays\` writes, at N = ${fmt(r.params?.n, 0)}. Typed arrays keep their data off the V8 heap, so their min heap is the empty process's; peak RSS counts the data.`,
      `Goal: the rewritten program within 10 % of the floor, judged on min heap against the empty process (the floor in these results: typed arrays add nothing to the heap). Ratios to the floor are computed from the medians.`,
      `**Goal: ${tallyText(tally)}.**`,
      ...charts,
      bytes,
      table(
        ['variant', 'elements kind', 'B/element', 'x Float64Array', 'min heap MB', 'min heap / empty', 'peak RSS MB', 'peak RSS / empty', 'build ms'],
        r.variants.map((x) => [code(x.code), cell(x.kind ?? '-'), fmt(x.bytesPerElement, 2), times(x.bytesVsFloat64), fmt(x.minHeapMB), times(div(x.minHeapMB, empty?.minHeapMB)), fmt(x.peakRssMB), times(div(x.peakRssMB, empty?.peakRssMB)), fmt(x.buildMs, 0)]),
      ),
    ].join('\n\n');
  },

  'retained-intermediates'(ctx, r) {
    const b = r.partB;
    const out = [`Is a large local still reachable after its last use (Part A), and what the \`release-intermediates\` codemod buys on a seed-shaped ETL program (Part B).`];
    if (!b?.programs?.length) {
      out.push('**Part B (before/after the codemod) is not in the results.**');
      ctx.goals.push({ section: 'retained-intermediates', goal: '`release-intermediates` output within 10 % of the floor', result: 'Part B not in the results' });
    } else {
      const metrics = [
        ['minHeapMB', 'min heap'],
        ['heapAtProcessingMB', 'heap at the start of processing'],
        ['heapAtProcessedMB', 'heap at the end of processing'],
        ['peakRssMB', 'peak RSS (4 GB limit)'],
      ];
      const groups = b.programs.flatMap((p) => {
        const ver = new Map(p.versions.map((x) => [x.version, x]));
        return metrics.map(([key, label]) => ({
          title: `${p.id}: ${label}`,
          rows: [
            { label: `${p.id} before`, value: ver.get('before')?.[key] ?? null, kind: 'before' },
            { label: `${p.id} after`, value: ver.get('after')?.[key] ?? null, kind: 'after', note: p.ratios?.[key] == null ? undefined : `${times(p.ratios[key])} before` },
          ],
        }));
      });
      ctx.goals.push({ section: 'retained-intermediates', goal: '`release-intermediates` output within 10 % of the floor', result: 'cannot be judged: Part B measures no floor (no program that holds only what the processing phase needs)' });
      out.push(
        `Part B: ${cell(b.after ?? '')}; input ${fmt(b.params?.etlMB, 0)} MB of JSON. Goal (within 10 % of the floor): **cannot be judged, the results hold no floor for these programs**; the before/after ratios are the results' own.`,
        img(ctx, 'retained-intermediates-part-b.svg', 'retained-intermediates Part B', barChart({ title: 'retained-intermediates Part B: before vs after release-intermediates', subtitle: `${fmt(b.params?.etlMB, 0)} MB JSON input; medians of ${r.params?.runs} runs; no floor measured`, unit: 'MB', groups })),
        table(
          ['program', 'what', 'min heap MB', 'heap at processing MB', 'heap at processed MB', 'peak RSS MB', 'ms', 'raw live at processing'],
          b.programs.map((p) => {
            const ver = new Map(p.versions.map((x) => [x.version, x]));
            const ba = (key, d = 1) => `${fmt(ver.get('before')?.[key], d)} → ${fmt(ver.get('after')?.[key], d)} (${times(p.ratios?.[key])})`;
            return [`[${p.id}](../${p.file})`, cell(p.what ?? ''), ba('minHeapMB'), ba('heapAtProcessingMB'), ba('heapAtProcessedMB'), ba('peakRssMB'), ba('ms', 0), `${ver.get('before')?.rawLiveAtProcessing ?? '-'} → ${ver.get('after')?.rawLiveAtProcessing ?? '-'}`];
          }),
        ),
      );
    }
    const a = r.partA;
    if (a?.situations?.length) {
      const tiers = (a.tiers ?? []).map((t) => t.id);
      out.push(
        `Part A: is x (${fmt(a.xMB, 0)} MB) still reachable at the probe? ${cell(a.method ?? '')}. Tiers: ${(a.tiers ?? []).map((t) => `${t.id} (${t.flags.length ? t.flags.join(' ') : 'default flags'})`).join(', ')}.`,
        table(['#', 'situation', 'expected', ...tiers.map((t) => `reachable, ${t}`)], a.situations.map((s) => [cell(s.n), cell(s.what), cell(s.expect ?? '-'), ...tiers.map((t) => cell(s.tiers?.[t]?.text ?? '-'))])),
      );
    } else {
      out.push('Part A is not in the results.');
    }
    return out.join('\n\n');
  },

  'streaming-read'(ctx, r) {
    const v = byId(r.variants);
    const empty = v.get('empty');
    const kindOf = (x) => (x.reference ? 'reference' : /split/.test(x.id) ? 'before' : 'after');
    const tally = { met: [], missed: [], unjudged: [] };
    for (const x of r.variants.filter((y) => kindOf(y) === 'after')) {
      const ra = div(x.peakRssMB, empty?.peakRssMB);
      if (ra == null) tally.unjudged.push(x.id);
      else (ra <= FLOOR_GOAL ? tally.met : tally.missed).push(`${x.id} ${times(ra)}`);
    }
    ctx.goals.push({ section: 'streaming-read', goal: 'streaming reads within 10 % of the floor (peak RSS; floor: the empty process)', result: tallyText(tally) });
    const chart = (key, unit, file, titleText, marker) =>
      img(ctx, file, titleText, barChart({
        title: titleText,
        legend: { before: 'whole file + split', after: 'streaming', reference: 'reference' },
        subtitle: `${fmt(r.file?.mb, 0)} MB file, ${fmt(r.file?.lines, 0)} lines; medians of ${r.params?.runs} runs${marker ? '; dashed line: the empty process' : ''}`,
        unit,
        digits: key === 'ms' ? 0 : 1,
        groups: [{ marker, rows: r.variants.filter((x) => key !== 'ms' || x.id !== 'empty').map((x) => ({ label: x.what ?? x.id, value: x[key] ?? null, kind: kindOf(x), note: marker ? floorNote(x[key], marker.value) : undefined })) }],
      }));
    return [
      `Reading a large text file line by line: whole-file read + \`split\` (what \`prefer-streaming-read\` reports; no codemod) against streaming. Every non-reference variant visits the same ${fmt(r.file?.lines, 0)} lines.`,
      `Goal: the streaming program within 10 % of the floor, judged on peak RSS (this script measures no min heap) against the empty process. Ratios to the floor are computed from the medians.`,
      `**Goal: ${tallyText(tally)}.**`,
      chart('peakRssMB', 'MB', 'streaming-read-peak-rss.svg', 'streaming-read: peak RSS', empty ? { value: empty.peakRssMB, label: 'floor: the empty process' } : undefined),
      chart('ms', 'ms', 'streaming-read-ms.svg', 'streaming-read: read + iterate time'),
      table(
        ['variant', 'peak RSS MB', 'peak RSS / empty', 'x split (peak)', 'ms', 'x split (time)'],
        r.variants.map((x) => [code(x.what ?? x.id), fmt(x.peakRssMB), times(div(x.peakRssMB, empty?.peakRssMB)), times(x.peakVsSplit), fmt(x.ms, 0), times(x.msVsSplit)]),
      ),
    ].join('\n\n');
  },

  'allocation-in-loop'(ctx, r) {
    const v = byId(r.variants);
    const pairs = r.variants.filter((x) => x.pair && v.has(x.pair)).map((x) => ({ title: x.group, before: x, after: v.get(x.pair) }));
    ctx.goals.push({ section: 'allocation-in-loop', goal: '`hoist-allocations` output within 10 % of the floor', result: 'cannot be judged: no floor (empty loop) in the results' });
    const chart = (key, unit, file, label, digits) =>
      img(ctx, file, label, barChart({
        title: `allocation-in-loop: ${label}`,
        subtitle: `${fmt(r.params?.turns, 0)} turns x ${fmt((r.params?.bytesPerAllocation ?? 0) / 2 ** 20, 0)} MiB; medians of ${r.params?.runs} runs; no floor measured`,
        unit,
        digits,
        groups: pairs.map((p) => ({ title: p.title, rows: [{ label: p.before.code, value: p.before[key] ?? null, kind: 'before' }, { label: p.after.code, value: p.after[key] ?? null, kind: 'after' }] })),
      }));
    return [
      `A ${fmt((r.params?.bytesPerAllocation ?? 0) / 2 ** 20, 0)} MiB buffer allocated on every turn of a loop against the one buffer \`hoist-allocations\` makes before the loop (reset with \`fill(0)\`).`,
      'Goal (within 10 % of the floor): **cannot be judged, the results hold no floor** (a loop that allocates nothing); peak RSS before and after are shown.',
      chart('peakRssMB', 'MB', 'allocation-in-loop-peak-rss.svg', 'peak RSS', 1),
      chart('ms', 'ms', 'allocation-in-loop-ms.svg', 'loop time', 0),
      table(
        ['before', 'after', 'ms', 'x hoisted (time)', 'off-heap MB allocated', 'heap MB allocated', 'GCs', 'peak RSS MB', 'x hoisted (peak)'],
        pairs.map((p) => [code(p.before.code), code(p.after.code), `${fmt(p.before.ms, 0)} → ${fmt(p.after.ms, 0)}`, times(p.before.msVsHoisted), `${fmt(p.before.offHeapAllocatedMB, 0)} → ${fmt(p.after.offHeapAllocatedMB, 0)}`, `${fmt(p.before.heapAllocatedMB, 2)} → ${fmt(p.after.heapAllocatedMB, 2)}`, `${fmt(p.before.gcs, 0)} → ${fmt(p.after.gcs, 0)}`, `${fmt(p.before.peakRssMB)} → ${fmt(p.after.peakRssMB)}`, times(p.before.peakVsHoisted)]),
      ),
    ].join('\n\n');
  },

  'lint-speed'(ctx, r) {
    const c = byId(r.configs);
    const rec = c.get('recommended');
    const measured = r.goal?.measured ?? rec?.ratioVsNoRules ?? null;
    const met = r.goal?.met ?? (measured == null ? null : measured <= LINT_GOAL);
    const inter = r.interleaved ? byId(r.interleaved.configs) : undefined;
    const byInterleaved = r.goal?.measuredBy === 'interleaved';
    const judgedOn = byInterleaved ? `file by file, interleaved; whole-run rounds: ${times(rec?.ratioVsNoRules)}, paired ${times(rec?.pairedRatioMedian)}` : `paired ${times(rec?.pairedRatioMedian)}`;
    ctx.goals.push({ section: 'lint-speed', goal: `\`recommended\` <= ${times(LINT_GOAL)} no-rules ESLint`, result: `${verdict(met, times(measured), `<= ${times(LINT_GOAL)}`)}${rec ? `; ${judgedOn}` : ''}` });
    const ratioRows = (key) => r.configs.map((x) => ({ label: `${x.id} (${x.rules} rules)`, value: x[key] ?? null, kind: x.id === 'no-rules' || x.id === 'noop-rule' ? 'reference' : 'before', note: undefined }));
    const perRule = ctx.results['lint-speed-rules'];
    const perRuleConfigs = (perRule?.configs ?? []).filter((x) => x.id.startsWith('rule:'));
    // A rule that does nothing costs ESLint's per-rule machinery alone: the line each rule's own cost starts from.
    const perRuleNoop = (perRule?.configs ?? []).find((x) => x.id === 'noop-rule');
    const out = [
      `ESLint ${r.environment?.eslint ?? ''} with no rules vs the plugin's configs, in one process, on ${fmt(r.corpus?.files, 0)} files (${fmt(r.corpus?.lines, 0)} lines: ${(r.corpus?.dirs ?? []).map((d) => `\`${d}\``).join(', ')}); ${r.params?.rounds} rounds after ${r.params?.warmupRounds} warm-up, configurations in rotating order.`,
      `Goal: ${verdict(met, times(measured), `\`recommended\` <= ${times(LINT_GOAL)} no-rules`)}${byInterleaved ? `, judged on the file-by-file measurement below; the whole-run rounds give ${times(rec?.ratioVsNoRules)} (median of per-round ratios, "paired": ${times(rec?.pairedRatioMedian)})` : `; median of per-round ratios ("paired"): ${times(rec?.pairedRatioMedian)}`}.`,
      inter
        ? [
            `File by file (${cell(r.interleaved.method)}; ${r.interleaved.rounds} rounds after a warm-up, ${fmt(r.interleaved.wallSeconds, 0)} s): load from other tenants of the shared machine falls on every configuration alike, where the whole-run rounds let it fall on one run at a time.`,
            table(
              ['config', 'median s', 'x no-rules', 'x noop-rule', 'goal'],
              r.interleaved.configs.map((x) => [code(x.id), fmt(x.medianSeconds, 2), times(x.ratioVsNoRules), times(x.ratioVsNoopRule), x.id === 'recommended' ? verdict(x.ratioVsNoRules <= LINT_GOAL, times(x.ratioVsNoRules), `<= ${times(LINT_GOAL)}`) : '']),
            ),
            'Whole runs of `ESLint#lintFiles`, configurations alternated round by round:',
          ].join('\n\n')
        : '',
      img(ctx, 'lint-speed.svg', 'lint-speed: x no-rules', barChart({
        title: 'lint-speed: lint time relative to ESLint with no rules',
        subtitle: `ratio of medians (top) and median of per-round ratios (bottom); ${r.params?.rounds} rounds`,
        unit: 'x no-rules',
        ratio: true,
        legend: { reference: 'no rules / one no-op rule', before: 'the plugin\'s configs' },
        goal: { value: LINT_GOAL, label: `goal: recommended <= ${times(LINT_GOAL)}` },
        groups: [
          { title: 'ratio of medians', rows: ratioRows('ratioVsNoRules') },
          { title: 'paired (median of per-round ratios)', rows: ratioRows('pairedRatioMedian') },
        ],
      })),
      table(
        ['config', 'rules', 'median s', 'min s', 'x no-rules', 'paired x', 'x noop-rule', 'messages', 'goal'],
        r.configs.map((x) => [code(x.id), fmt(x.rules, 0), fmt(x.medianSeconds, 2), fmt(x.minSeconds, 2), times(x.ratioVsNoRules), times(x.pairedRatioMedian), times(x.ratioVsNoopRule), fmt(x.messages, 0), x.id === 'recommended' && !byInterleaved ? verdict(x.ratioVsNoRules <= LINT_GOAL, times(x.ratioVsNoRules), `<= ${times(LINT_GOAL)}`) : '']),
      ),
    ];
    if (perRuleConfigs.length) {
      out.push(
        img(ctx, 'lint-speed-per-rule.svg', 'lint-speed: each rule alone', barChart({
          title: 'lint-speed: each rule alone, relative to no rules',
          subtitle: 'ratio of medians; a rule that does nothing shows what any rule costs',
          unit: 'x no-rules',
          ratio: true,
          legend: { reference: 'a rule that does nothing', before: 'one rule alone' },
          groups: [
            {
              rows: [
                ...(perRuleNoop ? [{ label: 'no-op rule', value: perRuleNoop.ratioVsNoRules ?? null, kind: 'reference' }] : []),
                ...perRuleConfigs.map((x) => ({ label: x.id.slice(5), value: x.ratioVsNoRules ?? null, kind: 'before' })),
              ],
            },
          ],
        })),
        table(
          ['config', 'median s', 'x no-rules', 'paired x', 'x no-op rule', 'messages'],
          (perRule?.configs ?? []).map((x) => [code(x.id), fmt(x.medianSeconds, 2), times(x.ratioVsNoRules), times(x.pairedRatioMedian), times(x.ratioVsNoopRule), fmt(x.messages, 0)]),
        ),
        provenance('lint-speed', perRule, 'lint-speedjs'),
      );
    } else {
      out.push('**Lint time per rule is not in the results**: `node bench/lint-speed.js --each-rule` writes it to `bench/results/lint-speed-rules.json`, which has not been run and merged.');
    }
    return out.join('\n\n');
  },

  'codemod-throughput'(ctx, r) {
    const runs = r.runs ?? [];
    const noop = runs.find((x) => x.id === 'noop');
    const judged = runs.filter((x) => x.id === 'ours' || x.id.startsWith('single:'));
    const label = (id) => (id === 'ours' ? 'all (memory-codemod all)' : id.replace(/^single:/, ''));
    const singles = judged.filter((x) => x.id !== 'ours');
    const singlesMet = singles.filter((x) => x.throughputVsNoop >= THROUGHPUT_GOAL);
    const ours = runs.find((x) => x.id === 'ours');
    const measured = r.goal?.measured ?? ours?.throughputVsNoop ?? null;
    const missedSingles = singles.filter((x) => !(x.throughputVsNoop >= THROUGHPUT_GOAL)).map((x) => `${label(x.id)} ${times(x.throughputVsNoop)}`);
    ctx.goals.push({
      section: 'codemod-throughput',
      goal: `codemods >= ${times(THROUGHPUT_GOAL)} a no-op jscodeshift transform`,
      result: `all: ${verdict(measured != null && measured >= THROUGHPUT_GOAL, times(measured), `>= ${times(THROUGHPUT_GOAL)}`)}; single codemods: ${singlesMet.length} of ${singles.length} met${missedSingles.length ? ` (missed: ${missedSingles.join(', ')})` : ''}`,
    });
    const context = runs.filter((x) => x.id !== 'noop' && !judged.includes(x));
    const out = [
      `The codemod CLI (\`all\`, and each codemod alone) against jscodeshift running a transform that only parses, on the same ${fmt(r.corpus?.files, 0)} files (${fmt(r.corpus?.lines, 0)} lines, ${fmt((r.corpus?.bytes ?? 0) / 1e6, 1)} MB: ${(r.corpus?.sources ?? []).join(', ')}), same worker count (${r.params?.workers}), ${r.params?.rounds} rounds in one run. Throughput ratio = no-op seconds / our seconds.`,
      `Goal (\`all\` >= ${times(THROUGHPUT_GOAL)} the no-op): ${verdict(measured != null && measured >= THROUGHPUT_GOAL, times(measured), `>= ${times(THROUGHPUT_GOAL)}`)}; paired: ${times(r.goal?.pairedMedian)}. Single codemods: ${singlesMet.length} of ${singles.length} at or above ${times(THROUGHPUT_GOAL)}${missedSingles.length ? `; missed: ${missedSingles.join(', ')}` : ''}.`,
      img(ctx, 'codemod-throughput.svg', 'codemod-throughput: x no-op', barChart({
        title: 'codemod-throughput: throughput relative to a jscodeshift no-op transform',
        subtitle: `median of ${r.params?.rounds} rounds; higher is faster${context.length ? `; ${context.map((x) => x.id).join(', ')} (context) in the table only` : ''}`,
        unit: 'x no-op throughput',
        ratio: true,
        legend: { reference: 'jscodeshift no-op transform', before: 'all codemods', other: 'one codemod alone' },
        goal: { value: THROUGHPUT_GOAL, label: `goal: >= ${times(THROUGHPUT_GOAL)}` },
        groups: [
          { rows: noop ? [{ label: 'no-op (jscodeshift, parse only)', value: noop.throughputVsNoop, kind: 'reference' }] : [] },
          { rows: judged.map((x) => ({ label: label(x.id), value: x.throughputVsNoop ?? null, kind: x.id === 'ours' ? 'before' : 'other' })) },
        ],
      })),
      table(
        ['run', 'median s', 'files/s', 'MB/s', 'x no-op throughput', 'peak RSS MB', 'goal'],
        runs.map((x) => [x.id === 'noop' || x.id === 'no-parse' ? `\`${x.id}\` (${x.id === 'noop' ? 'reference' : 'context'})` : code(label(x.id)), fmt(x.medianSeconds, 2), fmt(x.filesPerSecond, 1), fmt(x.mbPerSecond, 2), times(x.throughputVsNoop), fmt(x.peakRssMB, 0), judged.includes(x) ? verdict(x.throughputVsNoop >= THROUGHPUT_GOAL, times(x.throughputVsNoop), `>= ${times(THROUGHPUT_GOAL)}`) : '']),
      ),
    ];
    if (!noop) out.push('**The no-op run is not in the results.**');
    if (!singles.length) out.push('**Single-codemod runs are not in the results** (the run used `--no-singles` or `--quick`).');
    return out.join('\n\n');
  },

  'accumulating-spread'(ctx, r) {
    const groups = (key) => {
      const byPair = new Map();
      for (const x of r.variants) {
        const pairId = x.pair ?? x.id;
        if (!byPair.has(pairId)) byPair.set(pairId, []);
        byPair.get(pairId).push(x);
      }
      return [...byPair.entries()].map(([pairId, xs]) => {
        const last = (x) => x.sizes?.[x.sizes.length - 1];
        return {
          title: `${xs[0].kind} accumulators, n = ${fmt(last(xs[0])?.n, 0)} (mutating form: ${pairId})`,
          rows: xs.map((x) => ({ label: x.code, value: last(x)?.[key] ?? null, kind: x.pair ? 'before' : 'after', note: last(x)?.[key === 'ms' ? 'msVsMutating' : 'allocatedVsMutating'] == null ? undefined : `${fmt(last(x)[key === 'ms' ? 'msVsMutating' : 'allocatedVsMutating'], 0)}x mutating` })),
        };
      });
    };
    return [
      `Accumulators that copy on every step (\`[...acc, x]\`, \`{ ...acc, [k]: v }\`, \`concat\`, \`Object.assign({}, ...)\`) against the mutating forms \`fix-spread-patterns\` writes, at three sizes. Allocation is measured with \`v8.GCProfiler\` (checked on a known allocation: ${fmt(r.params?.allocationCheck?.measuredBytes, 0)} B measured for ${fmt(r.params?.allocationCheck?.expectedBytes, 0)} B). No floor or goal applies to this script.`,
      img(ctx, 'accumulating-spread-allocated.svg', 'accumulating-spread: MB allocated', barChart({ title: 'accumulating-spread: MB allocated at the largest n', subtitle: `medians of ${r.params?.runs} runs`, unit: 'MB', groups: groups('allocatedMB') })),
      img(ctx, 'accumulating-spread-ms.svg', 'accumulating-spread: ms', barChart({ title: 'accumulating-spread: time at the largest n', subtitle: `medians of ${r.params?.runs} runs`, unit: 'ms', digits: 0, groups: groups('ms') })),
      table(
        ['code', 'n', 'ms', 'x mutating (time)', 'MB allocated', 'x mutating (alloc)', 'x prev n (alloc)', 'peak RSS MB', 'sys ms'],
        r.variants.flatMap((x) => (x.sizes ?? []).map((s) => [code(x.code), fmt(s.n, 0), fmt(s.ms, 1), times(s.msVsMutating), fmt(s.allocatedMB, 1), times(s.allocatedVsMutating), times(s.allocatedVsPreviousN), fmt(s.peakRssMB, 1), fmt(s.sysMs, 0)])),
      ),
    ].join('\n\n');
  },

  'append-in-loop'(ctx, r) {
    const last = (x) => x.sizes?.[x.sizes.length - 1];
    return [
      `Appending in a loop: \`acc = [...acc, x]\` and \`acc = acc.concat([x])\` against the \`push\` that \`rewrite-in-place\` writes. No floor or goal applies to this script.`,
      img(ctx, 'append-in-loop-ms.svg', 'append-in-loop: ms', barChart({
        title: `append-in-loop: time at n = ${fmt(last(r.variants[0])?.n, 0)}`,
        subtitle: `medians of ${r.runs ?? r.params?.runs} runs`,
        unit: 'ms',
        groups: [{ rows: r.variants.map((x) => ({ label: x.code, value: last(x)?.ms ?? null, kind: x.id === 'push' ? 'after' : 'before' })) }],
      })),
      table(['code', 'n', 'ms', 'MB copied', 'peak RSS MB'], r.variants.flatMap((x) => (x.sizes ?? []).map((s) => [code(x.code), fmt(s.n, 0), fmt(s.ms, 2), fmt(s.copiedMB, 1), fmt(s.peakRssMB, 1)]))),
    ].join('\n\n');
  },

  'spread-arguments'(ctx, r) {
    const positions = [
      ['shallow', 'shallow stack'],
      ['deep', `${fmt(r.params?.depthFrames, 0)} interpreted frames`],
      ['deepOpt', `${fmt(r.params?.depthFrames, 0)} optimized frames`],
    ];
    return [
      `The element count from which a spread or \`.apply\` call throws \`RangeError\` (stack size: ${r.params?.stackSizeKB ?? '?'} KB), and the loops \`fix-spread-patterns\` writes instead, on ${fmt(r.params?.loopN, 0)} elements. No floor or goal applies to this script.`,
      img(ctx, 'spread-arguments.svg', 'spread-arguments: first throw', barChart({
        title: 'spread-arguments: elements at which the call first throws RangeError',
        legend: { before: 'a spread or .apply call' },
        subtitle: `${r.params?.runs} runs per form`,
        unit: 'elements',
        digits: 0,
        groups: r.forms.map((f) => ({ title: f.code, rows: positions.map(([key, text]) => ({ label: text, value: f[key]?.firstThrow ?? null, kind: 'before' })) })),
      })),
      table(['form', ...positions.map(([, text]) => `throws from (${text})`), 'same in every run'], r.forms.map((f) => [code(f.code), ...positions.map(([key]) => fmt(f[key]?.firstThrow, 0)), positions.every(([key]) => f[key]?.stable) ? 'yes' : 'no'])),
      table(['replacement', 'elements', 'ms (shallow)', 'ms (deep)', 'threw'], (r.replacements ?? []).map((x) => [code(x.code), fmt(x.n, 0), fmt(x.shallow?.ms, 0), fmt(x.deep?.ms, 0), x.shallow?.threw || x.deep?.threw ? 'yes' : 'no'])),
    ].join('\n\n');
  },

  'retained-views'(ctx, r) {
    const groupNames = [...new Set(r.forms.map((f) => f.group))];
    return [
      `A ${fmt(r.params?.parentMB, 0)} MiB parent is dropped and a ${r.params?.piece ? `${String(r.params.piece).length}-character piece (${code(r.params.piece)})` : 'small piece'} of it kept: how much of the parent stays alive, and what the piece costs. \`copy-retained-views\` replaces a kept view or slice with a copy that releases the parent. No floor or goal applies to this script.`,
      img(ctx, 'retained-views.svg', 'retained-views: parent retained', barChart({
        title: `retained-views: MB of the ${fmt(r.params?.parentMB, 0)} MiB parent a kept piece keeps alive`,
        subtitle: `medians of ${r.params?.runs} runs`,
        unit: 'MB',
        legend: { before: 'keeps the parent alive', after: 'releases the parent' },
        groups: groupNames.map((g) => ({ title: g, rows: r.forms.filter((f) => f.group === g).map((f) => ({ label: f.code, value: f.parentRetainedMB ?? null, kind: f.verdict === 0 ? 'after' : 'before' })) })),
      })),
      table(
        ['kept piece', 'group', 'parent retained MB', 'piece heap B', 'piece off-heap B', 'writes reach parent'],
        r.forms.map((f) => [code(f.code), cell(f.group), fmt(f.parentRetainedMB, 2), fmt(f.pieceHeapB, 1), fmt(f.pieceExternalB, 1), f.writesReachParent == null ? '-' : f.writesReachParent ? 'yes' : 'no']),
      ),
    ].join('\n\n');
  },

  transfer(ctx, r) {
    const v = byId(r.variants);
    const kindOf = (id) => ({ clone: 'before', workerdata: 'before', transfer: 'after', 'workerdata-transfer': 'after' })[id] ?? 'reference';
    const empty = v.get('worker-empty');
    const wt = v.get('workerdata-transfer');
    const ra = div(wt?.peakIncreaseMB, empty?.peakIncreaseMB);
    ctx.goals.push({
      section: 'transfer',
      goal: '`transfer-buffers` output within 10 % of the floor (peak RSS increase)',
      result: `workerData + transferList vs a Worker started with no data: ${floorVerdict(ra)}; postMessage: cannot be judged (no floor: the increase is measured over the RSS before the call)`,
    });
    const chart = (key, unit, file, label, digits) =>
      img(ctx, file, label, barChart({
        title: `transfer: ${label}`,
        legend: { before: 'cloned (before)', after: 'transferred (after transfer-buffers)', reference: 'context' },
        subtitle: `${fmt(r.params?.mb, 0)} MiB Float64Array to a Worker; medians of ${r.params?.runs} runs`,
        unit,
        digits,
        groups: [{ rows: r.variants.map((x) => ({ label: x.code, value: x[key] ?? null, kind: kindOf(x.id) })) }],
      }));
    return [
      `A ${fmt(r.params?.mb, 0)} MiB \`Float64Array\` sent to a \`worker_threads\` Worker: structured clone against the transfer list \`transfer-buffers\` adds. Peak RSS increase = \`maxRSS\` after the worker's acknowledgement minus RSS just before the call.`,
      `Goal (within 10 % of the floor, peak RSS increase): \`workerData\` with \`transferList\` against a Worker started with no data (\`worker-empty\`, start-up alone, the floor of the \`workerData\` rows): ${floorVerdict(ra)}. The \`postMessage\` rows have no floor in the results. Ratio computed from the medians.`,
      chart('peakIncreaseMB', 'MB', 'transfer-peak-rss.svg', 'peak RSS increase', 1),
      chart('ackMs', 'ms', 'transfer-ack-ms.svg', 'time to the acknowledgement', 1),
      table(
        ['variant', 'send ms', 'ack ms', 'x transfer (ack)', 'peak RSS +MB', 'worker receives B', 'sender detached'],
        r.variants.map((x) => [code(x.code), fmt(x.sendMs, 1), fmt(x.ackMs, 1), times(x.ackVsTransfer), fmt(x.peakIncreaseMB, 1), fmt(x.receivedBufferBytes, 0), x.detached ? 'yes' : 'no']),
      ),
    ].join('\n\n');
  },
};

/** Benchmarks in page order: the before/after memory figures first, then speed, then the rest. */
const ORDER = [
  'in-place-memory',
  'intermediate-arrays',
  'typed-arrays',
  'retained-intermediates',
  'streaming-read',
  'allocation-in-loop',
  'transfer',
  'lint-speed',
  'codemod-throughput',
  'accumulating-spread',
  'append-in-loop',
  'spread-arguments',
  'retained-views',
];
/** Result files rendered inside another section. */
const NESTED = new Set(['lint-speed-rules']);

/**
 * Renders the page and its charts from the merged results (the parsed bench/results.json).
 * Returns { markdown, charts: Map<file name, svg text> }. Pure: the same results give the same bytes.
 */
export function renderReport(merged) {
  const results = merged.results ?? {};
  const ctx = { charts: new Map(), goals: [], results };
  const names = [...ORDER, ...Object.keys(results).filter((n) => !ORDER.includes(n) && !NESTED.has(n)).sort()];
  const body = [];
  const missing = [];
  for (const name of names) {
    const r = results[name];
    body.push(`## ${name}`);
    if (!r) {
      missing.push(name);
      body.push(`**No result in bench/results.json.** Run \`node bench/${name}.js\`, then \`node bench/run.js --merge-only\`.`);
      continue;
    }
    const render = sections[name];
    body.push(provenance(name, r));
    body.push(render ? render(ctx, r) : `No chart for this benchmark yet: its figures are in [bench/results/${name}.json](../bench/results/${name}.json).`);
  }
  const env = merged.environment ?? {};
  const markdown = [
    `<!-- Generated by ${GENERATOR} from bench/results.json. Do not edit: re-run it. -->`,
    '',
    '# Benchmarks',
    '',
    `Every figure on this page is read from [\`bench/results.json\`](../bench/results.json) (merged ${env.date ? env.date.slice(0, 10) : '?'} from \`bench/results/*.json\`${merged.quick ? ', **`--quick` figures**' : ''}); each section says when and where its script ran. How each script measures: [bench/README.md](../bench/README.md). Memory figures are medians over fresh child processes; speed figures are ratios measured side by side in one run. Compare ratios, not seconds: the machine is shared.`,
    '',
    '## Goals',
    '',
    table(['benchmark', 'goal', 'result'], ctx.goals.map((g) => [`[${g.section}](#${g.section})`, g.goal, g.result])),
    '',
    missing.length ? `**Missing from the results:** ${missing.map((m) => `\`${m}\``).join(', ')}.\n` : '',
    ...body.flatMap((b) => [b, '']),
  ].join('\n').replace(/\n{3,}/g, '\n\n');
  return { markdown: markdown.endsWith('\n') ? markdown : `${markdown}\n`, charts: ctx.charts };
}

/**
 * Writes <outDir>/benchmarks.md and <outDir>/benchmarks/*.svg (SVGs no longer generated are removed), and the measured
 * block of every rule page in `rulesDir` (default <outDir>/rules). Returns the paths written.
 */
export function writeReport(outDir, merged, { rulesDir = path.join(outDir, 'rules') } = {}) {
  if (!existsSync(rulesDir)) throw new Error(`${rulesDir}: no rule pages to write the measured blocks into (pass --rules-dir)`);
  const { markdown, charts } = renderReport(merged);
  const chartDir = path.join(outDir, 'benchmarks');
  mkdirSync(chartDir, { recursive: true });
  for (const f of readdirSync(chartDir)) {
    if (f.endsWith('.svg') && !charts.has(f)) rmSync(path.join(chartDir, f));
  }
  const written = [path.join(outDir, 'benchmarks.md')];
  writeFileSync(written[0], markdown);
  for (const [file, svg] of charts) {
    writeFileSync(path.join(chartDir, file), svg);
    written.push(path.join(chartDir, file));
  }
  const rulePages = writeRuleQuotes(rulesDir, merged.results ?? {});
  return { written, rulePages };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      results: { type: 'string', default: path.join(benchDir, 'results.json') },
      'out-dir': { type: 'string', default: path.join(repoDir, 'docs') },
      'rules-dir': { type: 'string' },
    },
  });
  const { written, rulePages } = writeReport(args['out-dir'], JSON.parse(readFileSync(args.results, 'utf8')), { rulesDir: args['rules-dir'] });
  console.log(`wrote ${path.relative(process.cwd(), written[0]) || written[0]} and ${written.length - 1} charts; measured blocks changed in ${rulePages.length} rule page(s)`);
}
