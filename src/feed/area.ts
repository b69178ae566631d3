/**
 * Questions about the area a service, project or event covers: does it serve this municipality
 * or region, and how is it named for people.
 */
import type { Lang } from '../i18n/lang.js';
import type { Area } from './types.js';
import { municipalityByCode, regionByCode } from './vocabulary/areas.js';
import { regionOfMunicipality } from './vocabulary/municipality-regions.js';

/** True when the area serves `municipality`: directly, through its region, or as the whole country. */
export function servesMunicipality(area: Area | undefined, municipality: string): boolean {
  if (!area) return false;
  if (area.wholeCountry || area.municipalities?.includes(municipality)) return true;
  const region = regionOfMunicipality.get(municipality);
  return region !== undefined && (area.regions?.includes(region) ?? false);
}

/** True when the area reaches anyone in `region`: the whole region, a municipality in it, or the whole country. */
export function servesRegion(area: Area | undefined, region: string): boolean {
  if (!area) return false;
  if (area.wholeCountry || area.regions?.includes(region)) return true;
  return area.municipalities?.some((code) => regionOfMunicipality.get(code) === region) ?? false;
}

export function municipalityName(code: string, lang: Lang): string {
  const municipality = municipalityByCode.get(code);
  if (!municipality) return code;
  return lang === 'sv' ? municipality.name.sv : municipality.name.fi;
}

export function regionName(code: string, lang: Lang): string {
  return regionByCode.get(code)?.name[lang] ?? code;
}

/** Names of the regions and municipalities of an area, or undefined for the whole country. */
export function areaNames(area: Area, lang: Lang): string[] | undefined {
  if (area.wholeCountry) return undefined;
  return [
    ...(area.regions ?? []).map((code) => regionName(code, lang)),
    ...(area.municipalities ?? []).map((code) => municipalityName(code, lang)),
  ];
}
