export function List({ items }: { items: string[] }) {
  let labels = items.slice();
  labels = labels.map((item) => item.toUpperCase());
  return <ul>{labels.map((label) => <li key={label}>{label}</li>)}</ul>;
}
