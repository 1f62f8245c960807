// Nothing to fuse: small literals, lazy chains, a single walk.
export const doubled = [1, 2, 3].map((x) => x * 2).filter(Boolean);
export const lazy = (rows) => _.chain(rows).map((r) => r.id).filter(Boolean).value();
export const once = (rows) => rows.map((r) => r.id);
