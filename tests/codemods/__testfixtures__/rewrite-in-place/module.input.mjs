let samples = Array.from({ length: 1000 }, (_, k) => k * 0.1);
samples = samples.map((x) => Math.sin(x));
export { samples };
