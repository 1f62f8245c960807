// Mesh statistics with explicit `number[]` annotations.
export interface Mesh {
  positions: number[];
  indices: number[];
}

export function centroid(mesh: Mesh): [number, number, number] {
  const sums: number[] = new Array(3).fill(0);
  for (let i = 0; i < mesh.positions.length; i++) sums[i % 3] += mesh.positions[i]!;
  const count = mesh.positions.length / 3;
  return [sums[0]! / count, sums[1]! / count, sums[2]! / count];
}

export function edgeLengths(mesh: Mesh, vertexCount: number): number {
  const lengths: number[] = new Array(vertexCount).fill(0);
  for (let i = 0; i < lengths.length; i++) lengths[i] = Math.hypot(mesh.positions[3 * i]!, mesh.positions[3 * i + 1]!);
  let longest = 0;
  for (const length of lengths) longest = Math.max(longest, length);
  return longest;
}

export function degrees(mesh: Mesh, vertexCount: number): number {
  const degree: Array<number> = Array.from({ length: vertexCount }, () => 0);
  for (let i = 0; i < vertexCount; i++) degree[i] = mesh.indices.filter((v) => v === i).length | 0;
  return degree.reduce((a, b) => a + b, 0);
}

export function weights({ indices }: Mesh): number[] {
  const w: number[] = [];
  for (let i = 0; i < indices.length; i++) w.push(indices[i]! / indices.length);
  return w;
}

export function scaled(mesh: Mesh, factor: number): number {
  const out: number[] = [];
  for (let i = 0; i < mesh.positions.length; i++) out.push(mesh.positions[i]! * factor);
  return out.reduce((a, b) => a + b, 0) as number;
}

export const shared: number[] = new Array(256).fill(0);

export function faceAreas(mesh: Mesh): number {
  const areas: number[] = new Array(mesh.indices.length).fill(0);
  for (let i = 0; i < areas.length; i++) areas[i] = mesh.positions[mesh.indices[i]!]! * 0.5;
  return areas.reduce((a, b) => a + b, 0);
}

export function starts(mesh: Mesh): number {
  const offsets = new Array<number>(mesh.indices.length);
  for (let i = 0; i < offsets.length; i++) offsets[i] = (mesh.indices[i]! * 3) | 0;
  return offsets.indexOf(0);
}
