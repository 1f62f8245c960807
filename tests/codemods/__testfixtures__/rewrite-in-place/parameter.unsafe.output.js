export function scale(values, k) {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    values[i] = v * k;
  }
  let w = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > 1) values[w++] = v;
  }
  values.length = w;
  return values;
}
