// An independent validator for partyorg's JSON Schemas: Ajv 8 in strict mode, draft 2020-12.
// Usage: node check.mjs SCHEMA_DIR BUNDLE_DIR DATASET.json...
//   SCHEMA_DIR  what `partyorg schema --all --out DIR` wrote (references resolved between the files)
//   BUNDLE_DIR  one `partyorg schema --bundle NAME` per schema, as NAME.bundle.json (each compiled alone)
// Every schema must compile in strict mode; every dataset must be valid against the dataset bundle.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [schemaDir, bundleDir, ...datasets] = process.argv.slice(2);
const read = (f) => JSON.parse(readFileSync(f, "utf8"));
const fresh = () => { const ajv = new Ajv2020({ strict: true, allErrors: true }); addFormats(ajv); return ajv; };
let failures = 0;

const all = fresh();
const files = readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"));
for (const f of files) all.addSchema(read(join(schemaDir, f)));
for (const f of files) {
  try { all.getSchema(read(join(schemaDir, f)).$id); console.log(`ok   ${f} (with the others)`); }
  catch (e) { failures++; console.log(`FAIL ${f}: ${e.message}`); }
}
for (const f of readdirSync(bundleDir).filter((f) => f.endsWith(".bundle.json"))) {
  try { fresh().compile(read(join(bundleDir, f))); console.log(`ok   ${f} (alone)`); }
  catch (e) { failures++; console.log(`FAIL ${f}: ${e.message}`); }
}
const dataset = fresh().compile(read(join(bundleDir, "dataset.bundle.json")));
for (const d of datasets) {
  if (dataset(read(d))) console.log(`ok   ${d} is valid`);
  else { failures++; console.log(`FAIL ${d}: ${JSON.stringify(dataset.errors.slice(0, 5))}`); }
}
process.exit(failures === 0 ? 0 : 1);
