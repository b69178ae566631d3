// The "nothing vanishes silently" check shared by the importer tests: every value of the input
// either arrives in the output feed, lies at or under a place that a "left out" problem names, or
// is quoted by a problem about its record.
// Values that an importer must transform (codes, times, coordinates) are compared in the form
// the feed gives them; the list of such fields is short and explicit.

const normal = (text) => String(text).replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

function strings(value, out = []) {
  if (typeof value === 'string') out.push(normal(value));
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

function leaves(value, path, out) {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`, out);
  else if (value !== null && value !== false && !(typeof value === 'string' && !value.trim())) out.push({ path, value });
  return out;
}

const holds = (place, path) => path === place || (path.startsWith(place) && (path[place.length] === '.' || path[place.length] === '['));

/** How a value of a transformed field looks in the feed, by the field's name (the last key of its path). */
const TRANSFORMED = {
  // A time of day: "08:00:00" → "08:00"; midnight closes as "24:00".
  time: (v) => [String(v).slice(0, 5), String(v).slice(0, 5) === '00:00' ? '24:00' : ''],
  // A date-time: its date.
  date: (v) => [String(v).slice(0, 10)],
  // A code of a municipality or region: zero-padded.
  code: (v) => [String(v).padStart(3, '0'), String(v).padStart(2, '0')],
  // ETRS-TM35FIN coordinates become WGS84 ones: a latitude and longitude in the feed.
  coordinate: (v, feedDigits, feed) => (JSON.stringify(feed).includes('"latitude"') ? [true] : []),
  // A phone number: its digits appear in a number of the feed (prefix and spacing differ).
  phone: (v, feedDigits) => (feedDigits.some((d) => d.includes(String(v).replace(/\D/g, '').replace(/^0/, ''))) ? [true] : []),
};

/**
 * The input values that neither arrive in `feed` nor are named by a left-out problem.
 * `fields` maps a field name to the TRANSFORMED kind it has, and lists the vocabulary fields
 * (kind "vocabulary") whose value is turned into one of the feed's codes.
 */
export function unaccounted(documents, feed, problems, fields) {
  const corpus = new Set(strings(feed));
  const text = [...corpus].join('\u0000');
  const feedDigits = [...corpus].map((s) => s.replace(/\D/g, '')).filter((d) => d.length > 4);
  const leftOut = problems.filter((p) => p.leftOut);
  const missing = [];
  for (const { source, data } of documents) {
    for (const { path, value } of leaves(data, '$', [])) {
      if (leftOut.some((p) => p.source === source && holds(p.where, path))) continue;
      // A warning on the record that quotes the value names it too.
      if (problems.some((p) => p.source === source && holds(p.where, path) && normal(p.message).includes(normal(value)))) continue;
      const field = /\.([A-Za-z_$][\w$]*)(\[\d+\])?$/.exec(path)?.[1];
      const kind = (fields.carriedByCode ?? []).some((re) => re.test(path)) ? 'vocabulary' : fields[field];
      if (kind === 'vocabulary' || value === true) continue;
      const forms = kind ? TRANSFORMED[kind](value, feedDigits, feed) : [normal(value)];
      if (forms.some((f) => f === true || (f && text.includes(f)))) continue;
      missing.push({ source, path, value });
    }
  }
  return missing;
}
