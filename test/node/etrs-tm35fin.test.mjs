// ETRS-TM35FIN (EPSG:3067) → WGS84: checked against PROJ 9.1.1 (`cs2cs EPSG:3067 EPSG:4326`)
// across Finland, against Helsinki Cathedral's published position, and against an independent
// forward projection (Snyder's series, USGS Professional Paper 1395) written here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { etrsTm35finToWgs84, isInFinlandTm35 } = await loadSrc('src/cli/etrs-tm35fin.ts');

/** Metres between two WGS84 points close to each other. */
function metres(a, b) {
  const dy = (a.latitude - b.latitude) * 111_320;
  const dx = (a.longitude - b.longitude) * 111_320 * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

// [northing, easting, latitude, longitude] from `echo "E N" | cs2cs -f %.9f EPSG:3067 EPSG:4326`.
const PROJ_PAIRS = [
  [6672650, 386200, 60.174834902, 24.948704245], // central Helsinki
  [6730000, 258000, 60.632447285, 22.574362988], // Uusikaupunki area (the PTV fixture's point)
  [6840000, 510000, 61.693041891, 27.189023655], // Mikkeli
  [7760000, 480000, 69.946565838, 26.477377955], // Utsjoki
  [6680000, 105000, 60.065764943, 19.895058404], // Åland, 7° west of the central meridian
  [7000000, 650000, 63.098190767, 29.972122711], // North Karelia
  [7530000, 370000, 67.855468812, 23.908502299], // Kittilä
];

/** Forward transverse Mercator by Snyder's series: independent of the Krüger series under test. */
function snyderForward(latDeg, lonDeg) {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const ep2 = e2 / (1 - e2);
  const k0 = 0.9996;
  const phi = (latDeg * Math.PI) / 180;
  const dLon = ((lonDeg - 27) * Math.PI) / 180;
  const n = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const t = Math.tan(phi) ** 2;
  const c = ep2 * Math.cos(phi) ** 2;
  const A = dLon * Math.cos(phi);
  const m = a * ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi
    - ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi)
    + ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi)
    - ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));
  const easting = 500000 + k0 * n * (A + ((1 - t + c) * A ** 3) / 6 + ((5 - 18 * t + t ** 2 + 72 * c - 58 * ep2) * A ** 5) / 120);
  const northing = k0 * (m + n * Math.tan(phi) * (A ** 2 / 2 + ((5 - t + 9 * c + 4 * c ** 2) * A ** 4) / 24
    + ((61 - 58 * t + t ** 2 + 600 * c - 330 * ep2) * A ** 6) / 720));
  return { northing, easting };
}

describe('ETRS-TM35FIN to WGS84', () => {
  for (const [northing, easting, latitude, longitude] of PROJ_PAIRS) {
    it(`matches PROJ within a centimetre at N ${northing} E ${easting}`, () => {
      const result = etrsTm35finToWgs84(northing, easting);
      assert.ok(metres(result, { latitude, longitude }) < 0.01, JSON.stringify(result));
    });
  }

  it('puts Helsinki Cathedral (60.170278 N, 24.952222 E) within a metre', () => {
    // The cathedral's EPSG:3067 position, N 6672136.6 E 386379.4 (PROJ from its WGS84 position).
    const result = etrsTm35finToWgs84(6672136.601, 386379.376);
    assert.ok(metres(result, { latitude: 60.170278, longitude: 24.952222 }) < 1, JSON.stringify(result));
  });

  it('round-trips with an independent forward projection near the central meridian', () => {
    for (const [lat, lon] of [[60.1703, 24.9522], [61.6886, 27.2723], [65.0121, 25.4651], [62.8924, 27.677]]) {
      const { northing, easting } = snyderForward(lat, lon);
      const back = etrsTm35finToWgs84(northing, easting);
      assert.ok(metres(back, { latitude: lat, longitude: lon }) < 0.05, `${lat},${lon} → ${JSON.stringify(back)}`);
    }
  });

  it('knows which plane coordinates lie in Finland', () => {
    assert.equal(isInFinlandTm35(6672136, 386379), true);
    assert.equal(isInFinlandTm35(60.17, 24.95), false, 'degrees are not TM35FIN metres');
  });
});
