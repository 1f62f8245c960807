import { readFileSync, writeFileSync } from 'node:fs'

export const cache = readFileSync(process.argv[4], 'utf8')
console.log(cache.length)

const input = readFileSync(process.argv[2], 'utf8')
const lines = input.split('\n')
const rows = lines.map((line) => line.split(','))
;[rows.length].forEach((n) => console.log(n))
writeFileSync(process.argv[3], JSON.stringify(rows))
expensive(readFileSync(process.argv[5], 'utf8'))

function expensive(x) {
  return x
}
