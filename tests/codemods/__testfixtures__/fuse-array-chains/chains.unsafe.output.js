export function scores(rows) {
  const high = rows.reduce((out, r) => { const s = r.score * 2; if (s > 10) out.push(s); return out; }, []);
  const names = Array.from(rows, (r) => r.name.trim());
  return { high, names };
}
