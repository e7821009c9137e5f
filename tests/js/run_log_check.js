/* Run the book's training-log engine in Node on files named in a JSON request.

   Usage: node run_log_check.js SCRIPT... < request.json
   The scripts are the generated rules and widgets/bookext/js/log-*.js, in the
   order the book joins them. The request is a list of checks:
   [{"id": "...", "today": "YYYY-MM-DD", "unit": "km", "files": [{"name": ..., "path": ...}]}].
   Prints {"id": data, ...}: each check's JSON, as the page saves it. */
"use strict";

const fs = require("node:fs");
const vm = require("node:vm");

const context = vm.createContext({
  console, TextDecoder, Blob, Response, DecompressionStream, Uint8Array, DataView,
});
context.window = context;
for (const script of process.argv.slice(2)) {
  vm.runInContext(fs.readFileSync(script, "utf8"), context, { filename: script });
}

async function main() {
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  const out = {};
  for (const item of request) {
    const files = item.files.map((f) => ({ name: f.name, bytes: new Uint8Array(fs.readFileSync(f.path)) }));
    const checked = await context.CourseLog.check(files, { today: item.today, unit: item.unit || "km" });
    out[item.id] = item.figure ? { data: checked.data, figure: context.CourseLog.figure(checked, item.unit || "km") } : checked.data;
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
