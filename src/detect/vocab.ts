/**
 * Word lists the recognizers lean on. Everything is stored folded (lower case, no accents,
 * single spaces) so lookups are one Set.has() after `fold()`.
 */

/** Lower case, accents removed, anything but letters (any script) and digits turned into single spaces. */
const NON_ASCII = /[^\x00-\x7f]/;

export function fold(text: string): string {
  const ascii = NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return ascii
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function set(words: string): Set<string> {
  return new Set(
    words
      .split('|')
      .map((w) => fold(w))
      .filter(Boolean),
  );
}

/** Countries in English, Spanish and ICE's upper-case "NAME, QUALIFIER" forms. */
export const COUNTRIES = set(
  [
    'afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia and herzegovina|bosnia-herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cabo verde|cape verde|cambodia|cameroon|canada|central african republic|chad|chile|china|china, peoples republic of|china, people s republic of|colombia|comoros|congo|congo, democratic republic of the|democratic republic of the congo|costa rica|cote d ivoire|ivory coast|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kiribati|korea|korea, south|korea, north|south korea|north korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macau|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|russian federation|rwanda|saint lucia|samoa|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|timor-leste|togo|tonga|trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|uganda|ukraine|united arab emirates|united kingdom|united states|uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|unknown|stateless',
    // Spanish
    'afganistan|argelia|belice|bolivia|brasil|camerun|canada|chile|china|colombia|corea del sur|cuba|ecuador|egipto|espana|estados unidos|etiopia|filipinas|francia|guatemala|guinea|haiti|honduras|india|irak|iran|italia|jamaica|japon|mexico|marruecos|nicaragua|nigeria|pakistan|panama|paraguay|peru|republica dominicana|rumania|rusia|senegal|siria|sudafrica|turquia|ucrania|uruguay|venezuela|vietnam',
  ].join('|'),
);

/** Nationality adjectives (English, Spanish masculine/feminine). */
export const NATIONALITIES = set(
  'afghan|albanian|algerian|angolan|argentine|argentinian|armenian|bangladeshi|belizean|bolivian|brazilian|burmese|cameroonian|canadian|chilean|chinese|colombian|congolese|costa rican|cuban|dominican|ecuadorian|egyptian|eritrean|ethiopian|filipino|french|georgian|ghanaian|guatemalan|guinean|haitian|honduran|indian|indonesian|iranian|iraqi|jamaican|kazakh|kyrgyz|mauritanian|mexican|moroccan|nepalese|nepali|nicaraguan|nigerian|pakistani|panamanian|paraguayan|peruvian|romanian|russian|salvadoran|salvadorean|senegalese|somali|sri lankan|syrian|tajik|turkish|ugandan|ukrainian|uzbek|venezuelan|vietnamese|yemeni|mexicano|mexicana|guatemalteco|guatemalteca|hondureno|hondurena|salvadoreno|salvadorena|nicaraguense|venezolano|venezolana|cubano|cubana|haitiano|haitiana|ecuatoriano|ecuatoriana|colombiano|colombiana|peruano|peruana|dominicano|dominicana|chino|china|indio|india|ucraniano|ucraniana|ruso|rusa',
);

/** Common given names across the populations in detention data (folded). */
export const GIVEN_NAMES = set(
  [
    // Spanish / Latin American
    'maria|jose|juan|luis|carlos|jorge|miguel|pedro|francisco|antonio|manuel|jesus|david|daniel|javier|alejandro|fernando|ricardo|roberto|mario|oscar|sergio|eduardo|rafael|raul|hector|victor|edwin|wilmer|wilson|nelson|marvin|kevin|brayan|bryan|bayron|byron|yeferson|jefferson|anderson|erick|eric|elmer|santos|cristian|christian|josue|angel|jairo|william|walter|henry|denis|dennis|alex|alexis|franklin|fredy|freddy|gerson|ever|edgar|rene|mauricio|julio|cesar|ramon|andres|diego|pablo|gabriel|samuel|ivan|omar|hugo|arturo|alberto|enrique|ernesto|guillermo|gustavo|ismael|jaime|joel|lorenzo|marco|marcos|martin|mateo|nicolas|orlando|rodrigo|ruben|salvador|sebastian|tomas|jonathan|brandon|ana|rosa|carmen|marta|martha|gloria|sandra|claudia|patricia|veronica|andrea|paola|diana|karla|keila|dania|yohana|johana|marisol|rosibel|nohemi|noemi|sonia|silvia|lucia|elena|isabel|laura|sofia|valeria|daniela|gabriela|fernanda|alejandra|mariela|maritza|yesenia|glenda|lesly|leslie|wendy|ingrid|evelyn|delmy|reina|blanca|teresa|juana|francisca|guadalupe|lupe|esperanza|dolores|luz|yolanda|miriam|alba|olga|cristina|carolina|jessica|jennifer|kimberly|katherine|heidy|yaneth|janeth|yessica|mayra|iris|norma|lidia|ruth|esther|sara|raquel|rebeca|susana|beatriz|josefa|margarita|irma|aracely|araceli|adriana|monica|elizabeth|nancy|lorena|vilma|zoila',
    // Haitian / West African / French
    'jean|baptiste|jean baptiste|pierre|jacques|louis|marie|nadege|fabiola|wisline|mackenson|woodley|ricardo|guerline|fatoumata|fatou|mamadou|aliou|amadou|ousmane|ibrahima|moussa|abdoulaye|mariama|aissatou|kadiatou|oumar|boubacar|sekou|lamine|cheikh|modou|awa|bintou|adama|issa|souleymane|kofi|kwame|ama|akosua|emmanuel|samuel|joseph|francis|ibrahim|mohamed|mohammed|muhammad|ahmed|ahmad|ali|hassan|hussein|omar|yusuf|abdul|abdullah|samira|fatima|aisha|amina|khadija|mariam|zainab',
    // Eastern European / Asian / South Asian
    'oksana|olena|olga|natalia|tetiana|iryna|svetlana|dmytro|oleksandr|andriy|serhiy|volodymyr|ivan|mykola|vasyl|yuri|sergei|alexei|dmitri|nikolai|tenzin|pema|dorje|lakshmi|priya|gurpreet|harpreet|manpreet|jaspreet|amandeep|rajesh|ramesh|suresh|mahesh|vijay|sanjay|ravi|arjun|rahul|sunil|anil|deepak|kumar|singh|wei|li|ming|jun|hui|yan|mei|ling|xiao|chen|nguyen|tran|minh|anh|thi|van|john|michael|james|robert|mary|linda|susan|karen|lisa|nancy|betty|margaret|paul|mark|george|peter|thomas|richard|charles|steven|andrew|anthony|brian|jason|matthew|jane|emily|anna|sarah|emma|olivia',
  ].join('|'),
);

/** Name particles allowed in lower case inside a name ("de la", "van der"). */
export const NAME_PARTICLES = set('de|del|de la|la|las|los|y|da|das|do|dos|di|du|van|von|der|den|le|bin|binti|bint|al|el|ibn|ben|mac|st');

/**
 * Words that never occur in a person's name but do occur in capitalised non-name phrases:
 * facilities, organisations, places, column headers, months, statuses, common English words.
 */
export const NON_NAME_WORDS = set(
  [
    // facilities and places
    'center|centre|ctr|cntr|fac|det|proc|spc|cdf|igsa|dsgsa|digsa|usms|county|jail|detention|processing|facility|facilities|correctional|corrections|service|services|annex|complex|prison|penitentiary|institution|hold|room|unit|residential|family|shelter|house|academy|camp|station|office|field|contract|federal|state|city|parish|regional|district|department|dept|division|bureau|agency|administration|police|sheriff|marshal|marshals|justice|security|homeland|immigration|customs|enforcement|removal|operations|court|courts|judge|building|road|rd|street|st|avenue|ave|drive|dr|highway|hwy|suite|north|south|east|west|northern|southern|eastern|western|central|new|port|fort|beach|lake|river|valley|mount|saint|san|santa|los|las|el|republic|kingdom|united|states|america|american|peoples|people|democratic|federation|islands|island',
    // US states that are not also common given names or surnames (datelines: "HOUSTON, TEXAS —")
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|hawaii|idaho|illinois|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|nebraska|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|wisconsin|wyoming|jersey|york|hampshire|calif|fla|ariz|tenn|mass|wash|dc',
    // organisations
    'inc|llc|ltd|corp|corporation|company|co|group|association|foundation|council|committee|commission|university|college|school|institute|hospital|clinic|church|ministry|project|network|coalition|alliance|union|society|trust|fund|bank|partners|solutions|systems|ice|uscis|dhs|cbp|eoir|ero|hsi|doj|bop|usms|geo|cca|corecivic|ahtna|akal|gov|government|national|international|global|public|private|media|press|news|team|staff|management|support|user|users|admin|administrator|microsoft|office|windows|owner|author|unknown',
    // header and table words
    'name|names|number|numbers|no|id|identifier|date|dates|time|year|years|month|months|day|days|country|countries|citizenship|nationality|birth|gender|sex|male|female|age|total|totals|subtotal|count|counts|sum|average|avg|mean|median|percent|percentage|rate|ratio|level|type|types|status|category|categories|code|codes|case|cases|fear|credible|reasonable|decision|decisions|determination|claim|claims|established|positive|negative|vacated|affirmed|referred|pending|granted|denied|approved|relief|asylum|withholding|torture|persecution|removal|release|released|book|booked|in|out|stay|final|order|orders|address|city|zip|aor|alos|adp|fy|ytd|criminal|crim|non|threat|mandatory|guaranteed|minimum|inspection|inspections|standard|standards|meets|acceptable|compliant|deficient|rating|regular|population|capacity|detained|detainee|detainees|alien|aliens|file|data|report|list|table|sheet|summary|note|notes|source|description|details|detailed|information|info|comments|remarks|yes|not|applicable|none|other|misc|adult|adults|single|juvenile|minor|minors|children|child|women|men|operator|provider|medical|health|mental|personnel|per|diem|over|under|first|last|middle|given|family|surname|full|phone|email|signature|title|position|role|expedited|notice|appear|reinstated|voluntary|departure|parole|refugee|refugees|asylee|asylees|resettlement|humanitarian|bond|bonded|removed|returned|transferred|escaped|deceased',
    // months and days
    'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
    // common English / Spanish words that start capitalised phrases
    'the|of|and|for|to|a|an|on|at|by|with|from|as|is|are|was|were|be|this|that|these|those|all|any|each|per|via|or|if|but|not|than|then|there|here|which|who|what|when|where|how|why|our|your|their|its|his|her|we|you|they|it|i|de|del|para|por|con|sin|sobre|el|los|las|un|una',
  ].join('|'),
);

/** Titles that mark a named official in prose ("Secretary Jane Smith said"). */
export const OFFICIAL_TITLES = set(
  'secretary|director|deputy|acting|assistant|commissioner|administrator|president|vice|senator|sen|representative|rep|congressman|congresswoman|governor|gov|mayor|chief|officer|agent|spokesperson|spokesman|spokeswoman|attorney|general|judge|justice|minister|ambassador|sheriff|warden|superintendent|chairman|chairwoman|chair|professor|prof|dr|ceo|executive|manager|supervisor|inspector|lieutenant|captain|sergeant|commander',
);

/** US state codes, for DETLOC codes (seven letters, last two are the state). */
export const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI MP AS'.split(
    ' ',
  ),
);
