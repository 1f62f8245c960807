export function table(n) {
  let rows = Array.from({ length: n }, (_, r) => r);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let cells = Array.from({ length: n }, (_, c) => c);
    for (let j = 0; j < cells.length; j++) {
      const c = cells[j];
      cells[j] = c * r;
    }
    rows[i] = cells;
  }
  return rows;
}
