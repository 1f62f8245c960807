// The baseline of bench/codemod-throughput.js: the least a real jscodeshift transform does. It parses the file with
// the parser jscodeshift was given (`--parser`, default babel) and returns undefined ("skipped": nothing printed,
// nothing written). CommonJS so that jscodeshift loads it with --no-babel. It exports no `parser`, so the command
// line's --parser is the one used.
module.exports = function noopTransform(file, api) {
  api.jscodeshift(file.source);
  return undefined;
};
