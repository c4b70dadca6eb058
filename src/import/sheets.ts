// The spreadsheet template: one sheet per part of a school, Dutch headers, the allowed values of each list column
// and an explanation per column. The template writer and the importer both read these definitions, so the
// template and the import can never disagree.
import { Ambt, ExternalKind } from "../model/index.js";

export interface Column {
  /** The header as written in row 1. */
  header: string;
  key: string;
  required?: boolean;
  /** Allowed values (a data-validation list in the template). */
  list?: readonly string[];
  explain: string;
  example: string | number;
}

export interface SheetDef {
  name: string;
  explain: string;
  columns: Column[];
}

export const DAY_VALUES = ["ma", "di", "wo", "do", "vr"] as const;
export const DAY_CODES = { ma: "mon", di: "tue", wo: "wed", do: "thu", vr: "fri" } as const;
/** Other ways people write a day. */
export const DAY_ALIASES: Record<string, keyof typeof DAY_CODES> = {
  maandag: "ma",
  dinsdag: "di",
  woensdag: "wo",
  donderdag: "do",
  vrijdag: "vr",
  mon: "ma",
  tue: "di",
  wed: "wo",
  thu: "do",
  fri: "vr",
  monday: "ma",
  tuesday: "di",
  wednesday: "wo",
  thursday: "do",
  friday: "vr",
};

export const AMBT_VALUES = Ambt.options;
export const LEVEL_VALUES = ["kleuter", "lager"] as const;
export const YES_NO = ["ja", "nee"] as const;

/** External kinds in Dutch (the template's list) → the schema's codes. */
export const EXTERNAL_KINDS: Record<string, (typeof ExternalKind.options)[number]> = {
  "pedagogisch-begeleider": "pedagogical-adviser",
  lerarenopleider: "teacher-educator",
  vrijwilliger: "volunteer",
  atelierpartner: "atelier-partner",
  ondersteuner: "support-worker",
  clb: "clb",
  trainer: "trainer",
  ouder: "parent",
};

export const PURPOSES = {
  plg: "plg",
  kernteam: "kernteam",
  partners: "partners",
  "co-teaching-overleg": "coteach-consult",
  "collegiale-visitatie": "peer-visit",
  intervisie: "intervisie",
  team: "team",
  "eigen-keuze": "own-choice",
  zorg: "zorg",
} as const;

export const PREFER = { "om het even": "any", voormiddag: "morning", namiddag: "afternoon" } as const;
export const MODES = { fysiek: "physical", digitaal: "digital" } as const;

export const SHEETS: SheetDef[] = [
  {
    name: "Klassen",
    explain: "Eén rij per klas (klasgroep).",
    columns: [
      {
        header: "Klas",
        key: "id",
        required: true,
        explain: "Korte code van de klas, bv. L1A of K2 (letters, cijfers, - _ .)",
        example: "VB1",
      },
      { header: "Naam", key: "name", explain: "Naam zoals iedereen ze kent (mag leeg)", example: "Voorbeeldklas" },
      {
        header: "Niveau",
        key: "level",
        required: true,
        list: LEVEL_VALUES,
        explain: "kleuter of lager",
        example: "lager",
      },
      {
        header: "Leerjaar",
        key: "grades",
        required: true,
        explain: "1-6 (lager) of 1-3 (kleuter); een graadsklas: 5,6",
        example: "1",
      },
      { header: "Leerlingen", key: "pupils", required: true, explain: "Aantal leerlingen (1-60)", example: 21 },
      {
        header: "Klasleerkracht",
        key: "classTeachers",
        required: true,
        explain: "Naam (zoals op blad Personeel) of code; meerdere: scheid met komma",
        example: "Voorbeeld Leerkracht",
      },
      { header: "Co-teacher", key: "coTeachers", explain: "Naam of namen van co-teachers (mag leeg)", example: "" },
    ],
  },
  {
    name: "Personeel",
    explain: "Eén rij per personeelslid: leerkrachten, zorg, directie, LO, levensbeschouwing.",
    columns: [
      { header: "Naam", key: "name", required: true, explain: "Voornaam en naam", example: "Voorbeeld Leerkracht" },
      {
        header: "Code",
        key: "id",
        explain: "Korte code (mag leeg: dan maakt Vrijrooster er een uit de naam)",
        example: "",
      },
      {
        header: "Ambt",
        key: "ambt",
        required: true,
        list: AMBT_VALUES,
        explain: "Het ambt, uit de lijst",
        example: "onderwijzer",
      },
      {
        header: "Opdracht",
        key: "fraction",
        explain: "x/24 (onderwijzend personeel) of x/36; leeg = 24/24",
        example: "24/24",
      },
      { header: "E-mail", key: "email", explain: "Voor de agenda-uitnodigingen (mag leeg)", example: "" },
      {
        header: "Overleg (min/week)",
        key: "meetingMinutesPerWeek",
        explain: "Vaste overlegminuten per week op school (mag leeg)",
        example: 0,
      },
      {
        header: "Zorgleerkracht",
        key: "careTeacher",
        list: YES_NO,
        explain: "ja: haar/zijn zorguren mogen een klas overnemen",
        example: "nee",
      },
      {
        header: "Niet als vervanger",
        key: "noSubstitution",
        list: YES_NO,
        explain: "ja: mag geen klas overnemen (bv. ondersteuner)",
        example: "nee",
      },
      {
        header: "Plage max",
        key: "plageMax",
        explain: "Met de school afgesproken maximum lestijden (voltijds), mag leeg",
        example: "",
      },
    ],
  },
  {
    name: "Beschikbaarheid",
    explain:
      "Alleen voor wie niet elke dag de hele dag op school is: één rij per dag en tijdvak waarin de persoon er is. Wie hier niet staat, is altijd beschikbaar; wie hier wel staat, enkel in deze tijdvakken.",
    columns: [
      {
        header: "Naam",
        key: "who",
        required: true,
        explain: "Naam van een personeelslid of externe",
        example: "Voorbeeld Leerkracht",
      },
      { header: "Dag", key: "day", required: true, list: DAY_VALUES, explain: "ma, di, wo, do of vr", example: "ma" },
      { header: "Van", key: "from", required: true, explain: "Begin, UU:MM", example: "08:30" },
      { header: "Tot", key: "to", required: true, explain: "Einde, UU:MM", example: "15:15" },
    ],
  },
  {
    name: "Vakken",
    explain:
      "De lessen die NIET de klasleerkracht geeft (LO, levensbeschouwing, Frans, ...). De klasleerkracht vult alle andere lestijden.",
    columns: [
      { header: "Vak", key: "id", required: true, explain: "Korte code, bv. LO, LBV, FRA", example: "VB" },
      { header: "Naam", key: "name", explain: "Naam van het vak", example: "Voorbeeldvak" },
      {
        header: "Klassen",
        key: "groups",
        required: true,
        explain: "Klascodes of -namen met komma, of: alle, lager, kleuter",
        example: "VB1",
      },
      {
        header: "Lestijden",
        key: "periods",
        required: true,
        explain: "Lestijden per week per klas (1-10)",
        example: 2,
      },
      {
        header: "Leerkracht",
        key: "staff",
        required: true,
        explain: "Naam (of namen met komma: samen, bv. levensbeschouwing)",
        example: "Voorbeeld Leerkracht",
      },
      { header: "Max per dag", key: "maxPerDay", explain: "Hoogstens zoveel lestijden per dag (leeg = 1)", example: 1 },
      {
        header: "Min dagen ertussen",
        key: "minDaysApart",
        explain: "Minstens zoveel dagen tussen twee lessen (leeg = 0)",
        example: 1,
      },
      {
        header: "Voorkeur",
        key: "prefer",
        list: Object.keys(PREFER),
        explain: "om het even, voormiddag of namiddag",
        example: "om het even",
      },
      {
        header: "Samen",
        key: "together",
        list: YES_NO,
        explain:
          "ja: de klassen krijgen het vak samen, tegelijk, verdeeld over de leerkrachten (bv. levensbeschouwing voor L1A en L1B in groepen); leeg = elke klas apart",
        example: "nee",
      },
    ],
  },
  {
    name: "Externen",
    explain: "Mensen van buiten de school die meedoen: pedagogisch begeleider, lerarenopleider, atelierpartner, ...",
    columns: [
      { header: "Naam", key: "name", required: true, explain: "Voornaam en naam", example: "Voorbeeld Externe" },
      { header: "Code", key: "id", explain: "Korte code (mag leeg)", example: "" },
      {
        header: "Soort",
        key: "kind",
        required: true,
        list: Object.keys(EXTERNAL_KINDS),
        explain: "Uit de lijst",
        example: "pedagogisch-begeleider",
      },
      { header: "E-mail", key: "email", explain: "Voor de agenda-uitnodigingen (mag leeg)", example: "" },
    ],
  },
  {
    name: "Stagiairs",
    explain: "Student-leraren op stage.",
    columns: [
      { header: "Naam", key: "name", required: true, explain: "Voornaam en naam", example: "Voorbeeld Stagiair" },
      { header: "Code", key: "id", explain: "Korte code (mag leeg)", example: "" },
      { header: "Hogeschool", key: "college", required: true, explain: "Naam van de hogeschool", example: "UCLL" },
      {
        header: "Mentor",
        key: "mentor",
        required: true,
        explain: "Naam van de mentor (blad Personeel)",
        example: "Voorbeeld Leerkracht",
      },
      { header: "Klas", key: "group", required: true, explain: "Klascode of -naam", example: "VB1" },
      {
        header: "Van",
        key: "from",
        required: true,
        explain: "Eerste dag van de stage, JJJJ-MM-DD",
        example: "2027-02-01",
      },
      {
        header: "Tot",
        key: "to",
        required: true,
        explain: "Laatste dag van de stage, JJJJ-MM-DD",
        example: "2027-02-26",
      },
      {
        header: "Dagen",
        key: "weekdays",
        required: true,
        explain: "Stagedagen met komma, bv. ma,di,do",
        example: "ma,di",
      },
      {
        header: "Zelfstandig",
        key: "independent",
        list: YES_NO,
        explain: "ja: mag de klas alleen overnemen (zelfstandige stage)",
        example: "nee",
      },
    ],
  },
  {
    name: "Doelen",
    explain: "Wie samen vrij moet zijn om te leren (PLG, kernteam, intervisie, ...).",
    columns: [
      {
        header: "Doel",
        key: "name",
        required: true,
        explain: "Naam van het doel, bv. PLG taal",
        example: "Voorbeelddoel",
      },
      { header: "Code", key: "id", explain: "Korte code (mag leeg)", example: "" },
      {
        header: "Soort",
        key: "purpose",
        list: Object.keys(PURPOSES),
        explain: "Uit de lijst (leeg = plg)",
        example: "plg",
      },
      {
        header: "Leden",
        key: "members",
        required: true,
        explain: "Namen met komma: wie er zeker bij moet zijn",
        example: "Voorbeeld Leerkracht",
      },
      {
        header: "Optionele leden",
        key: "optionalMembers",
        explain: "Namen met komma: graag erbij (mag leeg)",
        example: "",
      },
      { header: "Externen", key: "externals", explain: "Namen van externen (blad Externen) met komma", example: "" },
      {
        header: "Vorm",
        key: "mode",
        list: Object.keys(MODES),
        explain: "fysiek of digitaal (leeg = fysiek)",
        example: "fysiek",
      },
      {
        header: "Min minuten",
        key: "minBlockMinutes",
        explain: "Minimum duur van een blok in minuten (leeg = 180 fysiek, 90 digitaal)",
        example: "",
      },
      {
        header: "Om de hoeveel weken",
        key: "everyWeeks",
        explain: "1 = wekelijks, 2 = om de twee weken, ... (leeg = 1)",
        example: 1,
      },
      { header: "Gewicht", key: "weight", explain: "Hoe belangrijk t.o.v. de andere doelen (leeg = 1)", example: 1 },
      {
        header: "Verplicht",
        key: "required",
        list: YES_NO,
        explain: "ja: een week zonder dit blok is niet aanvaardbaar",
        example: "nee",
      },
    ],
  },
];

export const sheetByName = (name: string): SheetDef | undefined =>
  SHEETS.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
