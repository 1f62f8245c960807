import { readFileSync } from 'node:fs';

// Small or unknown values, values used to the end, values a later closure needs, releases already written.
export function config() {
  const text = readFileSync('config.json', 'utf8');
  const parsed = JSON.parse(text);
  return validate(parsed);
}

export function handle(message) {
  const data = JSON.parse(message);
  return process(data);
}

export async function load(path) {
  let raw = readFileSync(path, 'utf8');
  const rows = JSON.parse(raw);
  raw = undefined;
  await save(rows);
}

export function watcher(path) {
  const text = readFileSync(path, 'utf8');
  setTimeout(() => console.log(text.length), 1000);
  return work();
}

export function last(path) {
  const text = readFileSync(path, 'utf8');
  return parse(text);
}

function validate(x) { return x; }
function process(x) { return x; }
function parse(x) { return x; }
function work() { return 1; }
async function save(x) { return x; }
