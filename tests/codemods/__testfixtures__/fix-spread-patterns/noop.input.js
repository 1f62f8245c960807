// Nothing to rewrite: small fixed lists, mutation already, rest parameters.
export function small(a, b, c) {
  return Math.max(...[a, b, c]);
}

export function forward(target, ...items) {
  target.push(...items);
  return items.reduce((acc, x) => {
    acc.push(x);
    return acc;
  }, []);
}
