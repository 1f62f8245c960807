// Buffers kept beyond their turn, sizes that change per turn, small scratch values: nothing to hoist.
export function keep(rows, width) {
  const kept = [];
  for (const row of rows) {
    const copy = new Float64Array(width);
    copy.set(row);
    kept.push(copy);
  }
  for (const row of rows) kept.push(new Float64Array(row.length));
  for (const row of rows) {
    const v = new Float64Array(3);
    v[0] = row[0];
  }
  return kept;
}
