// Part B of bench/retained-intermediates.js: as etl-before.mjs, but the processing loop is written inline in main()
// instead of in its own function. A hot loop in main() gets OSR-compiled, and optimized code does not keep dead
// values: so here `raw` may die partway through the loop even without the rewrite.
// The benchmark runs this file as it is ("before") and a copy rewritten at bench time by
// `memory-codemod release-intermediates` ("after").
//
//   node bench/programs/retained/etl-inline-before.mjs <records.json> <summary.json>
import { readFile, writeFile } from 'node:fs/promises';

async function main(input, summaryPath) {
  const raw = await readFile(input, 'utf8');
  const records = JSON.parse(raw);
  await writeFile(summaryPath, JSON.stringify({ input, records: records.length, stage: 'parsed' }));

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
