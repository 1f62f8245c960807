export function scale(values, k) {
  values = values.map((v) => v * k);
  values = values.filter((v) => v > 1);
  return values;
}
