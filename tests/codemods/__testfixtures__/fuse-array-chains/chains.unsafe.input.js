export function scores(rows) {
  const high = rows.map((r) => r.score * 2).filter((s) => s > 10);
  const names = [...rows].map((r) => r.name.trim());
  return { high, names };
}
