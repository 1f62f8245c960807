interface Point {
  x: number;
  y: number;
}

export function extent(points: Point[]): [number, number] {
  const xs: number[] = points.map((p) => p.x);
  let left: number = Infinity;
  for (const value of xs) {
    const n = +value;
    if (n < left || n !== n || (n === 0 && left === 0 && 1 / left > 0)) left = n;
  }
  let right = -Infinity;
  for (const value of xs) {
    const n = +value;
    if (n > right || n !== n || (n === 0 && right === 0 && 1 / right < 0)) right = n;
  }
  return [left, right];
}

export function merge(target: number[], points: Point[]): void {
  const ys: number[] = Array.from(points, (p) => p.y);
  for (let i = 0, n = ys.length; i < n; i++) target.push(ys[i]!);
}

export const names = (points: Point[]): string[] => points.reduce<string[]>((acc, p) => {
  acc.push(`${p.x},${p.y}`);
  return acc;
}, []);
