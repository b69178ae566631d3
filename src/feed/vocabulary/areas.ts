/** Official Finnish regions (maakunnat) and municipalities (kunnat), 2025, by Statistics Finland codes.
 *  Feed entries name their areas by these codes; widgets use the names to show and filter them in fi/sv/en. */
import { MUNICIPALITY_REGIONS, regionOfMunicipality } from './municipality-regions.js';

export interface Region {
  readonly code: string;
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
}

export interface Municipality {
  readonly code: string;
  readonly name: { readonly fi: string; readonly sv: string };
  readonly region: string;
}

const region = (code: string, fi: string, sv: string, en: string): Region => ({ code, name: { fi, sv, en } });

export const REGIONS: readonly Region[] = [
  region('01', 'Uusimaa', 'Nyland', 'Uusimaa'),
  region('02', 'Varsinais-Suomi', 'Egentliga Finland', 'Southwest Finland'),
  region('04', 'Satakunta', 'Satakunta', 'Satakunta'),
  region('05', 'Kanta-Häme', 'Egentliga Tavastland', 'Kanta-Häme'),
  region('06', 'Pirkanmaa', 'Birkaland', 'Pirkanmaa'),
  region('07', 'Päijät-Häme', 'Päijänne-Tavastland', 'Päijät-Häme'),
  region('08', 'Kymenlaakso', 'Kymmenedalen', 'Kymenlaakso'),
  region('09', 'Etelä-Karjala', 'Södra Karelen', 'South Karelia'),
  region('10', 'Etelä-Savo', 'Södra Savolax', 'South Savo'),
  region('11', 'Pohjois-Savo', 'Norra Savolax', 'North Savo'),
  region('12', 'Pohjois-Karjala', 'Norra Karelen', 'North Karelia'),
  region('13', 'Keski-Suomi', 'Mellersta Finland', 'Central Finland'),
  region('14', 'Etelä-Pohjanmaa', 'Södra Österbotten', 'South Ostrobothnia'),
  region('15', 'Pohjanmaa', 'Österbotten', 'Ostrobothnia'),
  region('16', 'Keski-Pohjanmaa', 'Mellersta Österbotten', 'Central Ostrobothnia'),
  region('17', 'Pohjois-Pohjanmaa', 'Norra Österbotten', 'North Ostrobothnia'),
  region('18', 'Kainuu', 'Kajanaland', 'Kainuu'),
  region('19', 'Lappi', 'Lappland', 'Lapland'),
  region('21', 'Ahvenanmaa', 'Åland', 'Åland'),
];

// The municipalities' names, in the code order of municipality-regions.ts: the Finnish name, then
// "|" and the Swedish name where it differs. test/node/areas.test.mjs checks the pairing.
const MUNICIPALITY_NAMES =
  'Alajärvi,Alavieska,Alavus,Asikkala,Askola,Aura,Akaa,Brändö,Eckerö,Enonkoski,Enontekiö|Enontekis,' +
  'Espoo|Esbo,Eura,Eurajoki|Euraåminne,Evijärvi,Finström,Forssa,Föglö,Geta,Haapajärvi,Haapavesi,' +
  'Hailuoto|Karlö,Halsua,Hamina|Fredrikshamn,Hammarland,Hankasalmi,Hanko|Hangö,Harjavalta,Hartola,Hattula,' +
  'Hausjärvi,Heinävesi,Helsinki|Helsingfors,Vantaa|Vanda,Hirvensalmi,Hollola,Huittinen,Humppila,Hyrynsalmi,' +
  'Hyvinkää|Hyvinge,Hämeenkyrö|Tavastkyro,Hämeenlinna|Tavastehus,Heinola,Ii,Iisalmi|Idensalmi,Iitti,' +
  'Ikaalinen|Ikalis,Ilmajoki,Ilomantsi|Ilomants,Inari|Enare,Inkoo|Ingå,Isojoki|Storå,Isokyrö|Storkyro,' +
  'Imatra,Janakkala,Joensuu,Jokioinen|Jockis,Jomala,Joroinen|Jorois,Joutsa,Juuka,Juupajoki,Juva,Jyväskylä,' +
  'Jämijärvi,Jämsä,Järvenpää|Träskända,Kaarina|S:t Karins,Kaavi,Kajaani|Kajana,Kalajoki,Kangasala,' +
  'Kangasniemi,Kankaanpää,Kannonkoski,Kannus,Karijoki|Bötom,Karkkila|Högfors,Karstula,Karvia,Kaskinen|Kaskö,' +
  'Kauhajoki,Kauhava,Kauniainen|Grankulla,Kaustinen|Kaustby,Keitele,Kemi,Keminmaa,Kempele,Kerava|Kervo,' +
  'Keuruu,Kihniö,Kinnula,Kirkkonummi|Kyrkslätt,Kitee,Kittilä,Kiuruvesi,Kivijärvi,Kokemäki|Kumo,' +
  'Kokkola|Karleby,Kolari,Konnevesi,Kontiolahti,Korsnäs,Koski Tl,Kotka,Kouvola,' +
  'Kristiinankaupunki|Kristinestad,Kruunupyy|Kronoby,Kuhmo,Kuhmoinen,Kumlinge,Kuopio,Kuortane,Kurikka,' +
  'Kustavi|Gustavs,Kuusamo,Outokumpu,Kyyjärvi,Kärkölä,Kärsämäki,Kökar,Kemijärvi,Kemiönsaari|Kimitoön,' +
  'Lahti|Lahtis,Laihia|Laihela,Laitila,Lapinlahti,Lappajärvi,Lappeenranta|Villmanstrand,' +
  'Lapinjärvi|Lappträsk,Lapua|Lappo,Laukaa,Lemi,Lemland,Lempäälä,Leppävirta,Lestijärvi,Lieksa,Lieto|Lundo,' +
  'Liminka|Limingo,Liperi,Loimaa,Loppi,Loviisa|Lovisa,Luhanka,Lumijoki,Lumparland,Luoto|Larsmo,Luumäki,' +
  'Lohja|Lojo,Parainen|Pargas,Maalahti|Malax,Maarianhamina|Mariehamn,Marttila,Masku,Merijärvi,' +
  'Merikarvia|Sastmola,Miehikkälä,Mikkeli|S:t Michel,Muhos,Multia,Muonio,Mustasaari|Korsholm,Muurame,' +
  'Mynämäki,Myrskylä|Mörskom,Mäntsälä,Mäntyharju,Mänttä-Vilppula,Naantali|Nådendal,Nakkila,Nivala,Nokia,' +
  'Nousiainen|Nousis,Nurmes,Nurmijärvi,Närpiö|Närpes,Orimattila,Oripää,Orivesi,Oulainen,Oulu|Uleåborg,' +
  'Padasjoki,Paimio|Pemar,Paltamo,Parikkala,Parkano,Pelkosenniemi,Perho,Pertunmaa,Petäjävesi,Pieksämäki,' +
  'Pielavesi,Pietarsaari|Jakobstad,Pedersören kunta|Pedersöre,Pihtipudas,Pirkkala|Birkala,Polvijärvi,' +
  'Pomarkku|Påmark,Pori|Björneborg,Pornainen|Borgnäs,Posio,Pudasjärvi,Pukkila,Punkalaidun,Puolanka,Puumala,' +
  'Pyhtää|Pyttis,Pyhäjoki,Pyhäjärvi,Pyhäntä,Pyhäranta,Pälkäne,Pöytyä,Porvoo|Borgå,Raahe|Brahestad,' +
  'Raisio|Reso,Rantasalmi,Ranua,Rauma|Raumo,Rautalampi,Rautavaara,Rautjärvi,Reisjärvi,Riihimäki,Ristijärvi,' +
  'Rovaniemi,Ruokolahti,Ruovesi,Rusko,Rääkkylä,Raasepori|Raseborg,Saarijärvi,Salla,Salo,Saltvik,Sauvo|Sagu,' +
  'Savitaipale,Savonlinna|Nyslott,Savukoski,Seinäjoki,Sievi,Siikainen,Siikajoki,Siilinjärvi,Simo,' +
  'Sipoo|Sibbo,Siuntio|Sjundeå,Sodankylä,Soini,Somero,Sonkajärvi,Sotkamo,Sottunga,Sulkava,Sund,Suomussalmi,' +
  'Suonenjoki,Sysmä,Säkylä,Vaala,Sastamala,Siikalatva,Taipalsaari,Taivalkoski,Taivassalo|Tövsala,Tammela,' +
  'Tampere|Tammerfors,Tervo,Tervola,Teuva|Östermark,Tohmajärvi,Toholampi,Toivakka,Tornio|Torneå,Turku|Åbo,' +
  'Pello,Tuusniemi,Tuusula|Tusby,Tyrnävä,Ulvila|Ulvsby,Urjala,Utajärvi,Utsjoki,Uurainen,' +
  'Uusikaarlepyy|Nykarleby,Uusikaupunki|Nystad,Vaasa|Vasa,Valkeakoski,Varkaus,Vehmaa,Vesanto,Vesilahti,' +
  'Veteli|Vetil,Vieremä,Vihti|Vichtis,Viitasaari,Vimpeli,Virolahti,Virrat|Virdois,Vårdö,Vöyri|Vörå,' +
  'Ylitornio|Övertorneå,Ylivieska,Ylöjärvi,Ypäjä,Ähtäri|Etseri,Äänekoski';

function decodeMunicipalities(): Municipality[] {
  const names = MUNICIPALITY_NAMES.split(',');
  return MUNICIPALITY_REGIONS.map(([code, region], i) => {
    const [fi = '', sv = fi] = names[i]?.split('|') ?? [];
    return { code, name: { fi, sv }, region };
  });
}

// The /* @__PURE__ */ marks let a bundle that only needs municipality-regions.ts drop the names.
export const MUNICIPALITIES: readonly Municipality[] = /* @__PURE__ */ decodeMunicipalities();

const byCode = <T extends { readonly code: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.code, item]));

export const municipalityByCode: ReadonlyMap<string, Municipality> = /* @__PURE__ */ byCode(MUNICIPALITIES);

export const regionByCode: ReadonlyMap<string, Region> = /* @__PURE__ */ byCode(REGIONS);

function groupByRegion(municipalities: readonly Municipality[]): Map<string, Municipality[]> {
  const byRegion = new Map<string, Municipality[]>();
  for (const m of municipalities) {
    const list = byRegion.get(m.region);
    if (list) list.push(m);
    else byRegion.set(m.region, [m]);
  }
  return byRegion;
}

const municipalitiesByRegion = /* @__PURE__ */ groupByRegion(MUNICIPALITIES);

/** Municipalities of one region in code order; empty for an unknown region code. */
export function municipalitiesInRegion(regionCode: string): readonly Municipality[] {
  return municipalitiesByRegion.get(regionCode) ?? [];
}

export function isMunicipalityCode(code: string): boolean {
  return regionOfMunicipality.has(code);
}

export function isRegionCode(code: string): boolean {
  return regionByCode.has(code);
}
