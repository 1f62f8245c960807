// Every site here is reported but not rewritten: the seed, the list or the call's place make a rewrite unsafe.
export function extend(rows, seed) {
  return rows.reduce((acc, row) => [...acc, row], seed);
}

export function index(rows) {
  return rows.reduce((acc, row) => ({ ...acc, [row.key]: row }), {});
}

export function widest(xs, ys) {
  xs.push(...ys);
  return f(Math.max(...xs));
}
