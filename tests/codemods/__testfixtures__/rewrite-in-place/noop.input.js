// Nothing to rewrite: new names, member targets, small literals.
export function f(xs) {
  const doubled = xs.map((x) => x * 2);
  this.items = this.items.filter(Boolean);
  let point = [1, 2];
  point = point.map((c) => c * 2);
  return [doubled, point];
}
