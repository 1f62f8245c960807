interface Point {
  x: number;
  y: number;
}

export function extent(points: Point[]): [number, number] {
  const xs: number[] = points.map((p) => p.x);
  const left: number = Math.min(...xs);
  const right = Math.max(...xs);
  return [left, right];
}

export function merge(target: number[], points: Point[]): void {
  const ys: number[] = Array.from(points, (p) => p.y);
  target.push(...ys);
}

export const names = (points: Point[]): string[] => points.reduce<string[]>((acc, p) => acc.concat([`${p.x},${p.y}`]), []);
