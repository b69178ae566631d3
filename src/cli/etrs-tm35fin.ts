/**
 * ETRS-TM35FIN (EPSG:3067) plane coordinates to geographic latitude and longitude, as PTV
 * publishes addresses in the former and maps want the latter. ETRS89 and WGS84 differ by well
 * under a metre in Finland, less than the precision of an address point.
 *
 * Inverse transverse Mercator by Krüger's n-series (Karney 2011; the same formulas as the
 * Finnish recommendation JHS 154), accurate to millimetres across the whole of Finland.
 */

const A = 6378137; // GRS80 semi-major axis
const F = 1 / 298.257222101; // GRS80 flattening
const K0 = 0.9996; // scale on the central meridian
const LON0 = (27 * Math.PI) / 180; // central meridian 27° E
const FALSE_EASTING = 500000;

const N = F / (2 - F);
const E = Math.sqrt(F * (2 - F));
const A1 = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const H = [
  N / 2 - (2 / 3) * N ** 2 + (37 / 96) * N ** 3 - (1 / 360) * N ** 4,
  (1 / 48) * N ** 2 + (1 / 15) * N ** 3 - (437 / 1440) * N ** 4,
  (17 / 480) * N ** 3 - (37 / 840) * N ** 4,
  (4397 / 161280) * N ** 4,
];

export interface LatLon {
  readonly latitude: number;
  readonly longitude: number;
}

/** Converts northing (N) and easting (E) in metres to WGS84 degrees. */
export function etrsTm35finToWgs84(northing: number, easting: number): LatLon {
  const xi = northing / (A1 * K0);
  const eta = (easting - FALSE_EASTING) / (A1 * K0);
  let xiPrime = xi;
  let etaPrime = eta;
  H.forEach((h, i) => {
    const j = 2 * (i + 1);
    xiPrime -= h * Math.sin(j * xi) * Math.cosh(j * eta);
    etaPrime -= h * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const beta = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  const l = Math.asin(Math.tanh(etaPrime) / Math.cos(beta));
  const q = Math.asinh(Math.tan(beta));
  let qPrime = q + E * Math.atanh(E * Math.tanh(q));
  for (let i = 0; i < 10; i++) {
    const next = q + E * Math.atanh(E * Math.tanh(qPrime));
    if (Math.abs(next - qPrime) < 1e-15) break;
    qPrime = next;
  }
  return {
    latitude: (Math.atan(Math.sinh(qPrime)) * 180) / Math.PI,
    longitude: ((LON0 + l) * 180) / Math.PI,
  };
}

/** True when the point lies in the area where EPSG:3067 is used (Finland and its sea areas, with margin). */
export function isInFinlandTm35(northing: number, easting: number): boolean {
  return northing >= 6_500_000 && northing <= 7_850_000 && easting >= 0 && easting <= 800_000;
}
