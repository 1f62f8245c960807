// What the differential tests share: compiling a template, copying inputs exactly, and comparing what the original
// and the rewritten code return, throw and leave in their arguments.
export type Run = (...args: unknown[]) => unknown;

/** The `run` function a template source declares. */
export function compile(source: string): Run {
  return new Function(`${source}\nreturn run;`)() as Run;
}

const BUILTIN_PROTOTYPES: ReadonlySet<unknown> = new Set([null, Object.prototype, Array.prototype, Set.prototype, Map.prototype, Function.prototype]);

/** A deep copy that keeps holes, key order, descriptors, symbols and prototypes (functions are shared). */
export function clone(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Set) return new Set(Array.from(value, clone));
  if (value instanceof Map) return new Map(Array.from(value, ([k, v]) => [clone(k), clone(v)]));
  if (Array.isArray(value)) {
    // The generated arrays hold plain elements only (holes aside): copy them without a descriptor each.
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) copy[i] = clone(value[i]);
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  const copy: object = Object.create(BUILTIN_PROTOTYPES.has(proto) ? (proto as object | null) : (clone(proto) as object));
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) descriptor.value = clone(descriptor.value);
    Object.defineProperty(copy, key, descriptor);
  }
  return copy;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (Object.is(value, -0)) return '-0';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (typeof value === 'object' && value !== null) return `an object with keys [${Reflect.ownKeys(value).map(String).join(', ')}]`;
  return String(value);
}

/** Where `actual` and `expected` differ (a path and both values), or undefined when they are the same. */
export function differ(actual: unknown, expected: unknown, path: string): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null) return `${path}: ${show(actual)} where the original gives ${show(expected)}`;
  if (Array.isArray(actual) !== Array.isArray(expected)) return `${path}: ${show(actual)} where the original gives ${show(expected)}`;
  if (actual instanceof Set || actual instanceof Map || expected instanceof Set || expected instanceof Map) {
    if (actual.constructor !== expected.constructor) return `${path}: a ${actual.constructor.name} where the original gives a ${expected.constructor.name}`;
    return differ(Array.from(actual as Iterable<unknown>), Array.from(expected as Iterable<unknown>), `${path} entries`);
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: length ${actual.length} where the original gives ${expected.length}`;
    for (let i = 0; i < actual.length; i++) {
      if (i in actual !== i in expected) return `${path}[${i}]: ${i in actual ? show(actual[i]) : 'a hole'} where the original gives ${i in expected ? show(expected[i]) : 'a hole'}`;
      const inner = differ(actual[i], expected[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    // Same elements and holes (no template gives an array other own properties; listing the keys of 20,000-element
    // arrays would cost more than the runs themselves).
    return Object.getPrototypeOf(actual) === Object.getPrototypeOf(expected) ? undefined : `${path}: another prototype than the original's`;
  }
  const protoA: unknown = Object.getPrototypeOf(actual);
  const protoE: unknown = Object.getPrototypeOf(expected);
  if (protoA !== protoE) {
    if (BUILTIN_PROTOTYPES.has(protoA) || BUILTIN_PROTOTYPES.has(protoE)) return `${path}: another prototype than the original's`;
    const inner = differ(protoA, protoE, `${path}.[[Prototype]]`);
    if (inner) return inner;
  }
  const keysA = Reflect.ownKeys(actual);
  const keysE = Reflect.ownKeys(expected);
  if (keysA.length !== keysE.length || keysA.some((key, i) => key !== keysE[i])) {
    return `${path}: own keys [${keysA.map(String).join(', ')}] where the original gives [${keysE.map(String).join(', ')}]`;
  }
  for (const key of keysA) {
    const a = Object.getOwnPropertyDescriptor(actual, key)!;
    const e = Object.getOwnPropertyDescriptor(expected, key)!;
    const at = `${path}[${typeof key === 'symbol' ? key.toString() : JSON.stringify(key)}]`;
    if (a.enumerable !== e.enumerable || a.configurable !== e.configurable || a.writable !== e.writable || a.get !== e.get || a.set !== e.set) return `${at}: another descriptor than the original's`;
    const inner = differ(a.value, e.value, at);
    if (inner) return inner;
  }
  return undefined;
}

export type Outcome = { threw: false; value: unknown } | { threw: true; error: string };

export function outcome(run: () => unknown): Outcome {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    return { threw: true, error: error instanceof Error ? error.constructor.name : typeof error };
  }
}

/**
 * Runs the original and the rewritten function, each on its own copy of the arguments (or on fresh ones from
 * `make`), and tells how the rewrite behaves differently, if it does: another value, another error, or other
 * arguments afterwards (what the caller sees).
 */
export function compareRuns(before: Run, after: Run, args: readonly unknown[], make: () => unknown[] = () => clone(args) as unknown[]): string | undefined {
  const a = make();
  const b = make();
  const expected = outcome(() => before(...a));
  const actual = outcome(() => after(...b));
  if (expected.threw || actual.threw) {
    const describe = (o: Outcome): string => (o.threw ? `throws ${o.error}` : `returns ${show(o.value)}`);
    if (!expected.threw || !actual.threw || expected.error !== actual.error) return `the fix ${describe(actual)} where the original ${describe(expected)}`;
  } else {
    const difference = differ(actual.value, expected.value, 'result');
    if (difference) return difference;
  }
  return differ(a, args, 'arguments after the original') ?? differ(b, args, 'arguments after the fix');
}

/**
 * The value with every typed array, Buffer, DataView and ArrayBuffer replaced by its class and contents (elements
 * by `Object.is`, so -0 and NaN count; bytes for the untyped ones), so that `differ` compares bytes, not identities.
 */
export function plain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof ArrayBuffer) return { class: 'ArrayBuffer', bytes: Array.from(new Uint8Array(value)) };
  if (value instanceof DataView) return { class: 'DataView', bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  if (ArrayBuffer.isView(value)) return { class: Buffer.isBuffer(value) ? 'Buffer' : value.constructor.name, values: Array.from(value as unknown as ArrayLike<unknown>) };
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) copy[i] = plain(value[i]);
    return copy;
  }
  if (value instanceof Map) return new Map(Array.from(value, ([k, v]) => [plain(k), plain(v)]));
  if (value instanceof Set) return new Set(Array.from(value, plain));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}
