// Sources whose iteration runs no code of the program: `Array.from(source, callback)` is an exact equivalent.
export function doubled(rows) {
  const unique = new Set(rows);
  return Array.from(unique, (row) => row * 2);
}

export function letters(word) {
  return Array.from(word.split(''), (letter) => letter + '!');
}

export function pairs(items) {
  // A callback that reads only its parameters and cannot throw: fixed on any source.
  return Array.from(items, (item, i) => [item, i]);
}
