export function table(n) {
  let rows = Array.from({ length: n }, (_, r) => r);
  rows = rows.map((r) => {
    let cells = Array.from({ length: n }, (_, c) => c);
    cells = cells.map((c) => c * r);
    return cells;
  });
  return rows;
}
