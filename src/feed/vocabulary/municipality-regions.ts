/**
 * The region of each Finnish municipality (2025, Statistics Finland codes): all that filtering by
 * region needs, kept apart from the names in areas.ts so that a component which only filters
 * (the contact list) does not carry 309 names.
 */

// One record per municipality, in code order: its two-digit region code, and "+n" when the
// municipality code is n more than the one before (none: one more; the first counts from 000).
// areas.ts lists the names in this same order; removing a municipality removes its record there
// too and adds its step to the next record here. test/node/areas.test.mjs checks the pairing.
const MUNICIPALITY_DATA =
  '14+5,17+4,14,07+6,01+2,02,06,21+15,21+8,10+3,19,01+2,04,04,14,21+8,05,21,21+3,17+4,17+2,17,16+2,08,' +
  '21,13,01,04,07+2,05,05+4,12+4,01,01,10+5,07,04+4,05,18+2,01,06+2,05,07+2,17+28,11,07+2,06,14+2,12,' +
  '19+2,01,14+2,14,09,05+12,12+2,05+2,21,11,13,12+4,06,10,13,04+2,13,01+4,02+16,11+2,18,17+3,06+3,10+2,' +
  '04,13+2,16,14,01+6,13+2,04+4,15,14,14,01+2,16,11+3,19,19,17+3,01,13+4,06,13+6,01,12+3,19,11+2,13+2,' +
  '04+6,16,19,13+2,12,15+4,02+4,08,08,15,15,18+2,06,21+4,11+2,14+3,14,02+3,17,12+4,13+3,07+4,17,21,19+2,' +
  '02+2,07+76,15,02,11+2,14,09+2,01+2,14,13+2,09+6,21,06,11+2,16,12,02,17+2,12,02+4,05+3,01,13,17,21+2,' +
  '15+2,09,01+3,02,15+30,21+3,02+2,02,17+2,04,08+5,10+2,17+3,13,19+3,15,13,02+3,01,01,10+2,06,02+21,' +
  '04+2,17+4,06,02+2,12+3,01+2,15+2,07+15,02,06,17,17,07+12,02,18,09+2,06,19+2,16,10+4,13+4,10,11+2,' +
  '15+3,15,13+2,06+3,12+3,04,04,01+2,19+3,17,01,06+3,18,10+3,08,17,17,17+4,02,06+4,02,01+2,17+40,02+2,' +
  '10,19+2,04,11+2,11,09+2,17+2,05+3,18+3,19,09+2,06+2,02+2,12+3,01+3,13+19,19+3,02+2,21+2,02+2,09,10,' +
  '19+2,14,17+3,04,17,11,19+2,01+2,01+2,19+3,14,02+2,11,18+3,21,10+2,21+3,18+6,11,07+3,04+2,17+2,06+5,' +
  '17,09+40,17,02,05,06+3,11+7,19,14,12+2,16,13,19,02+2,19,11+3,01,17,04+27,06,17+2,19,13+2,15,02+2,' +
  '15+10,06+3,11+7,02+3,11+3,06,16+2,11,01+2,13+4,14+3,08,06,21+5,15+5,19+30,17,06+3,05,14+8,13+3';

function decode(data: string): [code: string, region: string][] {
  let code = 0;
  return data.split(',').map((record) => {
    const [region = '', step = '1'] = record.split('+');
    code += Number(step);
    return [String(code).padStart(3, '0'), region];
  });
}

/** [municipality code, region code] in code order. */
export const MUNICIPALITY_REGIONS: readonly (readonly [code: string, region: string])[] = decode(MUNICIPALITY_DATA);

/** The region code of each municipality code. */
export const regionOfMunicipality: ReadonlyMap<string, string> = new Map(MUNICIPALITY_REGIONS);
