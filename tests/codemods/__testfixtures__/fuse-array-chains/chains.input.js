// Chains that copy a whole array only to walk it again.
export function labels(set) {
  return Array.from(set).map((item) => item * 2);
}

export function names(byId) {
  // Object.keys(o).map((k) => o[k]) is left alone: Object.values(o) measured slower on Node 20.
  return [...byId.keys()].map((id) => id.toUpperCase());
}

export function scores(rows) {
  const high = rows.map((r) => r.score * 2).filter((s) => s > 10);
  const total = rows.filter((r) => r.ok).reduce((sum, r) => sum + r.score, 0);
  [...rows].forEach((r) => {
    console.log(r);
  });
  return { high, total };
}
