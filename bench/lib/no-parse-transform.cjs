// Context for bench/codemod-throughput.js: a transform that returns at once, without parsing. Its time is what
// jscodeshift costs by itself (start-up, finding and reading the files, sending them to the workers and back).
module.exports = function noParseTransform() {
  return undefined;
};
