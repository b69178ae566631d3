/** Official Finnish regions (maakunnat) and municipalities (kunnat), 2025, by Statistics Finland codes.
 *  Feed entries name their areas by these codes; widgets use the names to show and filter them in fi/sv/en. */

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

// One record per municipality, in code order: the Finnish name, "|" and the Swedish name where it
// differs, the two-digit region code, and "+n" when the municipality code is n more than the one
// before (none: one more; the first counts from 000). Removing a municipality adds its step to
// the next one. test/node/areas.test.mjs checks the decoded list against Statistics Finland codes.
const MUNICIPALITY_DATA =
  'Alajärvi14+5,Alavieska17+4,Alavus14,Asikkala07+6,Askola01+2,Aura02,Akaa06,Brändö21+15,Eckerö21+8,' +
  'Enonkoski10+3,Enontekiö|Enontekis19,Espoo|Esbo01+2,Eura04,Eurajoki|Euraåminne04,Evijärvi14,Finström21+8,' +
  'Forssa05,Föglö21,Geta21+3,Haapajärvi17+4,Haapavesi17+2,Hailuoto|Karlö17,Halsua16+2,Hamina|Fredrikshamn08,' +
  'Hammarland21,Hankasalmi13,Hanko|Hangö01,Harjavalta04,Hartola07+2,Hattula05,Hausjärvi05+4,Heinävesi12+4,' +
  'Helsinki|Helsingfors01,Vantaa|Vanda01,Hirvensalmi10+5,Hollola07,Huittinen04+4,Humppila05,Hyrynsalmi18+2,' +
  'Hyvinkää|Hyvinge01,Hämeenkyrö|Tavastkyro06+2,Hämeenlinna|Tavastehus05,Heinola07+2,Ii17+28,' +
  'Iisalmi|Idensalmi11,Iitti07+2,Ikaalinen|Ikalis06,Ilmajoki14+2,Ilomantsi|Ilomants12,Inari|Enare19+2,' +
  'Inkoo|Ingå01,Isojoki|Storå14+2,Isokyrö|Storkyro14,Imatra09,Janakkala05+12,Joensuu12+2,' +
  'Jokioinen|Jockis05+2,Jomala21,Joroinen|Jorois11,Joutsa13,Juuka12+4,Juupajoki06,Juva10,Jyväskylä13,' +
  'Jämijärvi04+2,Jämsä13,Järvenpää|Träskända01+4,Kaarina|S:t Karins02+16,Kaavi11+2,Kajaani|Kajana18,' +
  'Kalajoki17+3,Kangasala06+3,Kangasniemi10+2,Kankaanpää04,Kannonkoski13+2,Kannus16,Karijoki|Bötom14,' +
  'Karkkila|Högfors01+6,Karstula13+2,Karvia04+4,Kaskinen|Kaskö15,Kauhajoki14,Kauhava14,' +
  'Kauniainen|Grankulla01+2,Kaustinen|Kaustby16,Keitele11+3,Kemi19,Keminmaa19,Kempele17+3,Kerava|Kervo01,' +
  'Keuruu13+4,Kihniö06,Kinnula13+6,Kirkkonummi|Kyrkslätt01,Kitee12+3,Kittilä19,Kiuruvesi11+2,Kivijärvi13+2,' +
  'Kokemäki|Kumo04+6,Kokkola|Karleby16,Kolari19,Konnevesi13+2,Kontiolahti12,Korsnäs15+4,Koski Tl02+4,' +
  'Kotka08,Kouvola08,Kristiinankaupunki|Kristinestad15,Kruunupyy|Kronoby15,Kuhmo18+2,Kuhmoinen06,' +
  'Kumlinge21+4,Kuopio11+2,Kuortane14+3,Kurikka14,Kustavi|Gustavs02+3,Kuusamo17,Outokumpu12+4,Kyyjärvi13+3,' +
  'Kärkölä07+4,Kärsämäki17,Kökar21,Kemijärvi19+2,Kemiönsaari|Kimitoön02+2,Lahti|Lahtis07+76,' +
  'Laihia|Laihela15,Laitila02,Lapinlahti11+2,Lappajärvi14,Lappeenranta|Villmanstrand09+2,' +
  'Lapinjärvi|Lappträsk01+2,Lapua|Lappo14,Laukaa13+2,Lemi09+6,Lemland21,Lempäälä06,Leppävirta11+2,' +
  'Lestijärvi16,Lieksa12,Lieto|Lundo02,Liminka|Limingo17+2,Liperi12,Loimaa02+4,Loppi05+3,Loviisa|Lovisa01,' +
  'Luhanka13,Lumijoki17,Lumparland21+2,Luoto|Larsmo15+2,Luumäki09,Lohja|Lojo01+3,Parainen|Pargas02,' +
  'Maalahti|Malax15+30,Maarianhamina|Mariehamn21+3,Marttila02+2,Masku02,Merijärvi17+2,Merikarvia|Sastmola04,' +
  'Miehikkälä08+5,Mikkeli|S:t Michel10+2,Muhos17+3,Multia13,Muonio19+3,Mustasaari|Korsholm15,Muurame13,' +
  'Mynämäki02+3,Myrskylä|Mörskom01,Mäntsälä01,Mäntyharju10+2,Mänttä-Vilppula06,Naantali|Nådendal02+21,' +
  'Nakkila04+2,Nivala17+4,Nokia06,Nousiainen|Nousis02+2,Nurmes12+3,Nurmijärvi01+2,Närpiö|Närpes15+2,' +
  'Orimattila07+15,Oripää02,Orivesi06,Oulainen17,Oulu|Uleåborg17,Padasjoki07+12,Paimio|Pemar02,Paltamo18,' +
  'Parikkala09+2,Parkano06,Pelkosenniemi19+2,Perho16,Pertunmaa10+4,Petäjävesi13+4,Pieksämäki10,' +
  'Pielavesi11+2,Pietarsaari|Jakobstad15+3,Pedersören kunta|Pedersöre15,Pihtipudas13+2,Pirkkala|Birkala06+3,' +
  'Polvijärvi12+3,Pomarkku|Påmark04,Pori|Björneborg04,Pornainen|Borgnäs01+2,Posio19+3,Pudasjärvi17,' +
  'Pukkila01,Punkalaidun06+3,Puolanka18,Puumala10+3,Pyhtää|Pyttis08,Pyhäjoki17,Pyhäjärvi17,Pyhäntä17+4,' +
  'Pyhäranta02,Pälkäne06+4,Pöytyä02,Porvoo|Borgå01+2,Raahe|Brahestad17+40,Raisio|Reso02+2,Rantasalmi10,' +
  'Ranua19+2,Rauma|Raumo04,Rautalampi11+2,Rautavaara11,Rautjärvi09+2,Reisjärvi17+2,Riihimäki05+3,' +
  'Ristijärvi18+3,Rovaniemi19,Ruokolahti09+2,Ruovesi06+2,Rusko02+2,Rääkkylä12+3,Raasepori|Raseborg01+3,' +
  'Saarijärvi13+19,Salla19+3,Salo02+2,Saltvik21+2,Sauvo|Sagu02+2,Savitaipale09,Savonlinna|Nyslott10,' +
  'Savukoski19+2,Seinäjoki14,Sievi17+3,Siikainen04,Siikajoki17,Siilinjärvi11,Simo19+2,Sipoo|Sibbo01+2,' +
  'Siuntio|Sjundeå01+2,Sodankylä19+3,Soini14,Somero02+2,Sonkajärvi11,Sotkamo18+3,Sottunga21,Sulkava10+2,' +
  'Sund21+3,Suomussalmi18+6,Suonenjoki11,Sysmä07+3,Säkylä04+2,Vaala17+2,Sastamala06+5,Siikalatva17,' +
  'Taipalsaari09+40,Taivalkoski17,Taivassalo|Tövsala02,Tammela05,Tampere|Tammerfors06+3,Tervo11+7,Tervola19,' +
  'Teuva|Östermark14,Tohmajärvi12+2,Toholampi16,Toivakka13,Tornio|Torneå19,Turku|Åbo02+2,Pello19,' +
  'Tuusniemi11+3,Tuusula|Tusby01,Tyrnävä17,Ulvila|Ulvsby04+27,Urjala06,Utajärvi17+2,Utsjoki19,Uurainen13+2,' +
  'Uusikaarlepyy|Nykarleby15,Uusikaupunki|Nystad02+2,Vaasa|Vasa15+10,Valkeakoski06+3,Varkaus11+7,Vehmaa02+3,' +
  'Vesanto11+3,Vesilahti06,Veteli|Vetil16+2,Vieremä11,Vihti|Vichtis01+2,Viitasaari13+4,Vimpeli14+3,' +
  'Virolahti08,Virrat|Virdois06,Vårdö21+5,Vöyri|Vörå15+5,Ylitornio|Övertorneå19+30,Ylivieska17,Ylöjärvi06+3,' +
  'Ypäjä05,Ähtäri|Etseri14+8,Äänekoski13+3';

function decodeMunicipalities(data: string): Municipality[] {
  let code = 0;
  return data.split(',').map((record) => {
    const [, fi = '', sv, region = '', step] = /^([^|\d]+)(?:\|([^\d]+))?(\d\d)(?:\+(\d+))?$/.exec(record) ?? [];
    code += Number(step ?? 1);
    return { code: String(code).padStart(3, '0'), name: { fi, sv: sv ?? fi }, region };
  });
}

export const MUNICIPALITIES: readonly Municipality[] = decodeMunicipalities(MUNICIPALITY_DATA);

export const municipalityByCode: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export const regionByCode: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

const municipalitiesByRegion = new Map<string, Municipality[]>();
for (const m of MUNICIPALITIES) {
  const list = municipalitiesByRegion.get(m.region);
  if (list) list.push(m);
  else municipalitiesByRegion.set(m.region, [m]);
}

/** Municipalities of one region in code order; empty for an unknown region code. */
export function municipalitiesInRegion(regionCode: string): readonly Municipality[] {
  return municipalitiesByRegion.get(regionCode) ?? [];
}

export function isMunicipalityCode(code: string): boolean {
  return municipalityByCode.has(code);
}

export function isRegionCode(code: string): boolean {
  return regionByCode.has(code);
}
