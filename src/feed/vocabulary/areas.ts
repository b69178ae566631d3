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

// One record per municipality: code|fi|sv (empty when same as fi)|region, records separated by ';'
const MUNICIPALITY_DATA =
  '005|Alajärvi||14;009|Alavieska||17;010|Alavus||14;016|Asikkala||07;018|Askola||01;019|Aura||02;020|Akaa||06;' +
  '035|Brändö||21;043|Eckerö||21;046|Enonkoski||10;047|Enontekiö|Enontekis|19;049|Espoo|Esbo|01;050|Eura||04;' +
  '051|Eurajoki|Euraåminne|04;052|Evijärvi||14;060|Finström||21;061|Forssa||05;062|Föglö||21;065|Geta||21;' +
  '069|Haapajärvi||17;071|Haapavesi||17;072|Hailuoto|Karlö|17;074|Halsua||16;075|Hamina|Fredrikshamn|08;' +
  '076|Hammarland||21;077|Hankasalmi||13;078|Hanko|Hangö|01;079|Harjavalta||04;081|Hartola||07;082|Hattula||05;' +
  '086|Hausjärvi||05;090|Heinävesi||12;091|Helsinki|Helsingfors|01;092|Vantaa|Vanda|01;097|Hirvensalmi||10;' +
  '098|Hollola||07;102|Huittinen||04;103|Humppila||05;105|Hyrynsalmi||18;106|Hyvinkää|Hyvinge|01;' +
  '108|Hämeenkyrö|Tavastkyro|06;109|Hämeenlinna|Tavastehus|05;111|Heinola||07;139|Ii||17;140|Iisalmi|Idensalmi|11;' +
  '142|Iitti||07;143|Ikaalinen|Ikalis|06;145|Ilmajoki||14;146|Ilomantsi|Ilomants|12;148|Inari|Enare|19;' +
  '149|Inkoo|Ingå|01;151|Isojoki|Storå|14;152|Isokyrö|Storkyro|14;153|Imatra||09;165|Janakkala||05;167|Joensuu||12;' +
  '169|Jokioinen|Jockis|05;170|Jomala||21;171|Joroinen|Jorois|11;172|Joutsa||13;176|Juuka||12;177|Juupajoki||06;' +
  '178|Juva||10;179|Jyväskylä||13;181|Jämijärvi||04;182|Jämsä||13;186|Järvenpää|Träskända|01;202|Kaarina|S:t Karins|02;' +
  '204|Kaavi||11;205|Kajaani|Kajana|18;208|Kalajoki||17;211|Kangasala||06;213|Kangasniemi||10;214|Kankaanpää||04;' +
  '216|Kannonkoski||13;217|Kannus||16;218|Karijoki|Bötom|14;224|Karkkila|Högfors|01;226|Karstula||13;230|Karvia||04;' +
  '231|Kaskinen|Kaskö|15;232|Kauhajoki||14;233|Kauhava||14;235|Kauniainen|Grankulla|01;236|Kaustinen|Kaustby|16;' +
  '239|Keitele||11;240|Kemi||19;241|Keminmaa||19;244|Kempele||17;245|Kerava|Kervo|01;249|Keuruu||13;250|Kihniö||06;' +
  '256|Kinnula||13;257|Kirkkonummi|Kyrkslätt|01;260|Kitee||12;261|Kittilä||19;263|Kiuruvesi||11;265|Kivijärvi||13;' +
  '271|Kokemäki|Kumo|04;272|Kokkola|Karleby|16;273|Kolari||19;275|Konnevesi||13;276|Kontiolahti||12;280|Korsnäs||15;' +
  '284|Koski Tl||02;285|Kotka||08;286|Kouvola||08;287|Kristiinankaupunki|Kristinestad|15;288|Kruunupyy|Kronoby|15;' +
  '290|Kuhmo||18;291|Kuhmoinen||06;295|Kumlinge||21;297|Kuopio||11;300|Kuortane||14;301|Kurikka||14;' +
  '304|Kustavi|Gustavs|02;305|Kuusamo||17;309|Outokumpu||12;312|Kyyjärvi||13;316|Kärkölä||07;317|Kärsämäki||17;' +
  '318|Kökar||21;320|Kemijärvi||19;322|Kemiönsaari|Kimitoön|02;398|Lahti|Lahtis|07;399|Laihia|Laihela|15;' +
  '400|Laitila||02;402|Lapinlahti||11;403|Lappajärvi||14;405|Lappeenranta|Villmanstrand|09;407|Lapinjärvi|Lappträsk|01;' +
  '408|Lapua|Lappo|14;410|Laukaa||13;416|Lemi||09;417|Lemland||21;418|Lempäälä||06;420|Leppävirta||11;' +
  '421|Lestijärvi||16;422|Lieksa||12;423|Lieto|Lundo|02;425|Liminka|Limingo|17;426|Liperi||12;430|Loimaa||02;' +
  '433|Loppi||05;434|Loviisa|Lovisa|01;435|Luhanka||13;436|Lumijoki||17;438|Lumparland||21;440|Luoto|Larsmo|15;' +
  '441|Luumäki||09;444|Lohja|Lojo|01;445|Parainen|Pargas|02;475|Maalahti|Malax|15;478|Maarianhamina|Mariehamn|21;' +
  '480|Marttila||02;481|Masku||02;483|Merijärvi||17;484|Merikarvia|Sastmola|04;489|Miehikkälä||08;' +
  '491|Mikkeli|S:t Michel|10;494|Muhos||17;495|Multia||13;498|Muonio||19;499|Mustasaari|Korsholm|15;500|Muurame||13;' +
  '503|Mynämäki||02;504|Myrskylä|Mörskom|01;505|Mäntsälä||01;507|Mäntyharju||10;508|Mänttä-Vilppula||06;' +
  '529|Naantali|Nådendal|02;531|Nakkila||04;535|Nivala||17;536|Nokia||06;538|Nousiainen|Nousis|02;541|Nurmes||12;' +
  '543|Nurmijärvi||01;545|Närpiö|Närpes|15;560|Orimattila||07;561|Oripää||02;562|Orivesi||06;563|Oulainen||17;' +
  '564|Oulu|Uleåborg|17;576|Padasjoki||07;577|Paimio|Pemar|02;578|Paltamo||18;580|Parikkala||09;581|Parkano||06;' +
  '583|Pelkosenniemi||19;584|Perho||16;588|Pertunmaa||10;592|Petäjävesi||13;593|Pieksämäki||10;595|Pielavesi||11;' +
  '598|Pietarsaari|Jakobstad|15;599|Pedersören kunta|Pedersöre|15;601|Pihtipudas||13;604|Pirkkala|Birkala|06;' +
  '607|Polvijärvi||12;608|Pomarkku|Påmark|04;609|Pori|Björneborg|04;611|Pornainen|Borgnäs|01;614|Posio||19;' +
  '615|Pudasjärvi||17;616|Pukkila||01;619|Punkalaidun||06;620|Puolanka||18;623|Puumala||10;624|Pyhtää|Pyttis|08;' +
  '625|Pyhäjoki||17;626|Pyhäjärvi||17;630|Pyhäntä||17;631|Pyhäranta||02;635|Pälkäne||06;636|Pöytyä||02;' +
  '638|Porvoo|Borgå|01;678|Raahe|Brahestad|17;680|Raisio|Reso|02;681|Rantasalmi||10;683|Ranua||19;684|Rauma|Raumo|04;' +
  '686|Rautalampi||11;687|Rautavaara||11;689|Rautjärvi||09;691|Reisjärvi||17;694|Riihimäki||05;697|Ristijärvi||18;' +
  '698|Rovaniemi||19;700|Ruokolahti||09;702|Ruovesi||06;704|Rusko||02;707|Rääkkylä||12;710|Raasepori|Raseborg|01;' +
  '729|Saarijärvi||13;732|Salla||19;734|Salo||02;736|Saltvik||21;738|Sauvo|Sagu|02;739|Savitaipale||09;' +
  '740|Savonlinna|Nyslott|10;742|Savukoski||19;743|Seinäjoki||14;746|Sievi||17;747|Siikainen||04;748|Siikajoki||17;' +
  '749|Siilinjärvi||11;751|Simo||19;753|Sipoo|Sibbo|01;755|Siuntio|Sjundeå|01;758|Sodankylä||19;759|Soini||14;' +
  '761|Somero||02;762|Sonkajärvi||11;765|Sotkamo||18;766|Sottunga||21;768|Sulkava||10;771|Sund||21;' +
  '777|Suomussalmi||18;778|Suonenjoki||11;781|Sysmä||07;783|Säkylä||04;785|Vaala||17;790|Sastamala||06;' +
  '791|Siikalatva||17;831|Taipalsaari||09;832|Taivalkoski||17;833|Taivassalo|Tövsala|02;834|Tammela||05;' +
  '837|Tampere|Tammerfors|06;844|Tervo||11;845|Tervola||19;846|Teuva|Östermark|14;848|Tohmajärvi||12;' +
  '849|Toholampi||16;850|Toivakka||13;851|Tornio|Torneå|19;853|Turku|Åbo|02;854|Pello||19;857|Tuusniemi||11;' +
  '858|Tuusula|Tusby|01;859|Tyrnävä||17;886|Ulvila|Ulvsby|04;887|Urjala||06;889|Utajärvi||17;890|Utsjoki||19;' +
  '892|Uurainen||13;893|Uusikaarlepyy|Nykarleby|15;895|Uusikaupunki|Nystad|02;905|Vaasa|Vasa|15;908|Valkeakoski||06;' +
  '915|Varkaus||11;918|Vehmaa||02;921|Vesanto||11;922|Vesilahti||06;924|Veteli|Vetil|16;925|Vieremä||11;' +
  '927|Vihti|Vichtis|01;931|Viitasaari||13;934|Vimpeli||14;935|Virolahti||08;936|Virrat|Virdois|06;941|Vårdö||21;' +
  '946|Vöyri|Vörå|15;976|Ylitornio|Övertorneå|19;977|Ylivieska||17;980|Ylöjärvi||06;981|Ypäjä||05;' +
  '989|Ähtäri|Etseri|14;992|Äänekoski||13';

export const MUNICIPALITIES: readonly Municipality[] = MUNICIPALITY_DATA.split(';').map((record): Municipality => {
  const [code = '', fi = '', sv = '', regionCode = ''] = record.split('|');
  return { code, name: { fi, sv: sv || fi }, region: regionCode };
});

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
