import { readFileSync } from 'node:fs';

// `records` lives in the scope object that the returned closure keeps; the release rests on `filter` calling its
// callback before it returns, which only --unsafe takes on trust.
export function index(path) {
  let records = JSON.parse(readFileSync(path, 'utf8'));
  const ids = records.filter((record) => record.parent !== records.length).map((record) => record.id);
  records = undefined;
  const seen = new Set(ids);
  return (id) => seen.has(id);
}
