// Builds a summary of sensor readings: the accumulators and argument spreads here are what large inputs break.
export function summarize(readings) {
  const ids = readings.reduce((acc, r) => {
    acc.push(r.id);
    return acc;
  }, []);
  const byDay = readings.reduce((acc, r, i) => {
    acc[i] = r.day;
    return acc;
  }, {});
  const flagged = readings.reduce((acc, r) => {
    if (!r.flag) return acc;
    // flagged readings keep their children too
    acc.push(r.id);
    for (const item of r.children) acc.push(item);
    return acc;
  }, []);
  const values = readings.map((r) => r.value);
  let highest = -Infinity;
  for (const value of values) {
    const n = +value;
    if (n > highest || n !== n || (n === 0 && highest === 0 && 1 / highest < 0)) highest = n;
  }
  let lowest = 0;
  for (const value of values) {
    const n = +value;
    if (n < lowest || n !== n || (n === 0 && lowest === 0 && 1 / lowest > 0)) lowest = n;
  }
  return { ids, byDay, flagged, highest, lowest };
}

export function decode(bytes) {
  const codes = new Uint8Array(bytes);
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

export function collect(parts) {
  const all = [];
  for (const part of parts) {
    const chunk = Array.from(part);
    for (let i = 0, n = chunk.length; i < n; i++) all.push(chunk[i]);
  }
  return all;
}

export function totals(rows) {
  let acc = {};
  for (const row of rows) acc.total = row.value;
  return acc;
}
