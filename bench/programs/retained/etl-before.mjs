// Part B of bench/retained-intermediates.js: the seed's shape. An ETL step reads a large JSON file into `raw`,
// parses it, awaits an unrelated write, then runs an allocating processing phase, summarize(). `raw` is dead after
// JSON.parse but main()'s frame still holds it, through the await and the whole processing phase.
// The benchmark runs this file as it is ("before") and a copy rewritten at bench time by
// `memory-codemod release-intermediates` ("after").
//
//   node bench/programs/retained/etl-before.mjs <records.json> <summary.json>
//
// checkpoint() exists only when bench/programs/retained/probe.mjs is preloaded (it runs gc() and records the heap);
// otherwise the optional call does nothing.
import { readFile, writeFile } from 'node:fs/promises';

/** Aggregates the orders per customer: the processing phase (allocates about 0.7x the parsed records). */
function summarize(records) {
  globalThis.checkpoint?.('processing');
  const byCustomer = new Map();
  for (const r of records) {
    let agg = byCustomer.get(r.customer);
    if (agg === undefined) {
      agg = { customer: r.customer, orders: [], total: 0, skus: new Set() };
      byCustomer.set(r.customer, agg);
    }
    const amount = r.qty * r.price;
    agg.orders.push({ id: r.id, day: r.ts.slice(0, 10), amount });
    agg.total += amount;
    agg.skus.add(r.sku);
  }
  globalThis.checkpoint?.('processed');
  return byCustomer;
}

async function main(input, summaryPath) {
  const raw = await readFile(input, 'utf8');
  const records = JSON.parse(raw);
  await writeFile(summaryPath, JSON.stringify({ input, records: records.length, stage: 'parsed' }));

  const byCustomer = summarize(records);
  let top = null;
  let orders = 0;
  for (const agg of byCustomer.values()) {
    orders += agg.orders.length;
    if (top === null || agg.total > top.total) top = agg;
  }
  return { customers: byCustomer.size, orders, topCustomer: top.customer, topTotal: Math.round(top.total * 100) / 100 };
}

const [input, summaryPath] = process.argv.slice(2);
const result = await main(input, summaryPath);
console.log(JSON.stringify(result));
