// Builds a summary of sensor readings: the accumulators and argument spreads here are what large inputs break.
export function summarize(readings) {
  const ids = readings.reduce((acc, r) => [...acc, r.id], []);
  const byDay = readings.reduce((acc, r, i) => ({ ...acc, [i]: r.day }), {});
  const flagged = readings.reduce((acc, r) => {
    if (!r.flag) return acc;
    // flagged readings keep their children too
    return [...acc, r.id, ...r.children];
  }, []);
  const values = readings.map((r) => r.value);
  const highest = Math.max(...values);
  const lowest = Math.min(0, ...values);
  return { ids, byDay, flagged, highest, lowest };
}

export function decode(bytes) {
  const text = String.fromCharCode(...new Uint8Array(bytes));
  return text;
}

export function collect(parts) {
  const all = [];
  for (const part of parts) {
    const chunk = Array.from(part);
    all.push(...chunk);
  }
  return all;
}

export function totals(rows) {
  let acc = {};
  for (const row of rows) acc = { ...acc, total: row.value };
  return acc;
}
