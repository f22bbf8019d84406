// dump-faker.mjs writes the person-name definitions of some @faker-js/faker
// locales as JSON, so that the Go generator can read plain data instead of
// the bundled JavaScript. Node resolves the import from the script's own
// folder, so fetch.sh copies it next to the node_modules that holds
// @faker-js/faker and runs it there:  node dump-faker.mjs > faker-names.json
import * as faker from '@faker-js/faker';

// Dutch and English locales; en_BORK and en_AU_ocker are joke locales.
const locales = [
  'nl', 'nl_BE',
  'en', 'en_AU', 'en_CA', 'en_GB', 'en_GH', 'en_HK', 'en_IE', 'en_IN',
  'en_NG', 'en_NP', 'en_US', 'en_ZA',
];

// Each field maps a sex ("generic", "female", "male") to a list of names.
const fields = ['first_name', 'last_name'];

const out = {};
for (const name of locales) {
  const person = faker[name]?.person ?? {};
  const entry = {};
  for (const f of fields) {
    const bySex = person[f];
    if (!bySex) continue;
    entry[f] = {};
    for (const sex of Object.keys(bySex).sort()) {
      entry[f][sex] = [...bySex[sex]];
    }
  }
  out[name] = entry;
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
