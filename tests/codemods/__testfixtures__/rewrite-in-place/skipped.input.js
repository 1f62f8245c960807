export function f(xs, g) {
  xs = xs.map((x) => x + 1);
  let ys = Array.from(xs);
  ys = ys.map(g);
  let zs = Array.from(xs);
  zs = zs.map((z, i, all) => z + all[i - 1]);
  return [xs, ys, zs];
}
