interface Row {
  id: number;
  score: number;
}

export function topScores(rows: Row[], limit: number): number[] {
  let scores: number[] = rows.map((row) => row.score);
  scores = scores.filter((s): s is number => s >= 0);
  scores = scores.toSorted((a, b) => b - a);
  scores = scores.toSpliced(limit);
  return scores;
}

export function scaled(n: number): Float64Array {
  let buffer = new Float64Array(n);
  buffer = buffer.map((_, i) => i * 0.5);
  return buffer;
}

export function parse(text: string): number[] {
  let values = text.split(',').map(Number);
  values = values.filter((v) => !Number.isNaN(v));
  return values;
}
