/** The activities of the Demokratiekperimentarium's report "Understøt borgernes initiativ". */
export const activities = [
  {
    key: "ny-dialogmodel",
    title: "Ny dialogmodel – implementering af model for dialog med lokalområder og aktive borgere",
    description: "Byrådet godkendte i januar 2015 en ny dialogmodel, der afløser de faste dialogmøder i lokalområderne; Fælles-skaberne udbreder kendskabet til den.",
    purposes: [
      "Det skal være nemt for borgere, foreninger og virksomheder at komme i dialog med kommunen om en idé eller et projekt og blive hjulpet videre.",
      "Det skal være nemt for medarbejdere og politikere at komme i dialog med de relevante borgere om sager og planer for lokalområder og fællesskabet.",
    ],
    challenges: [
      "Det er mest de samme borgere og lokalfora, der bruger modellen; frivillige foreninger er ikke nået.",
      "Modellen skal implementeres internt, så den også bruges, når kommunen vil noget med borgerne.",
      "Færre møder mellem lokalområder og politikere end før; lokalfora inviterer sjældent selv politikere.",
    ],
    successes: [
      "De, der bruger modellen og kontakter en Fælles-skaber, bliver hjulpet godt og hurtigt videre.",
      "Kontakten til lokalområderne stiger, bl.a. med stor efterspørgsel efter Fælles-skabere hos klubber og foreninger.",
      "God og relevant dialog på møderne mellem politikere, administration og lokalområder.",
    ],
    lessons: [
      "Det tager tid at ændre vaner og udbrede en ny dialogform – hos lokalområder, foreninger og kommunens afdelinger.",
      "Et hold af bredt funderede medarbejdere, der arbejder målrettet med dialog og samarbejde, er vigtigt.",
    ],
    recommendations: [
      "Fortsæt med at understøtte og implementere dialogmodellen som ramme for dialog og samarbejde.",
      "Udvikl løsninger som Book-en-Politiker, så flere inviterer politikere ud lokalt.",
    ],
    contact: "Lotte Rømer Grove, Strategi og Udvikling",
  },
  {
    key: "faelles-skaberne",
    title: "Fælles-skaberne",
    description: "Kommunens konsulenter for frivillighed og lokaldemokrati, i centrum for den nye dialogmodel og dens implementering.",
    purposes: [],
    challenges: [],
    successes: ["Borgerpanelundersøgelsen om demokrati viser, at 54 % af de adspurgte kender Fælles-skaberne."],
    lessons: [
      "Effektiv information og kommunikation mellem kommunens afdelinger og Fælles-skaberne er afgørende.",
      "Der er stor efterspørgsel på Fælles-skaberne, og rollen udvikles løbende.",
    ],
    recommendations: ["Fortsat styrke og udvikle den nye dialogmodel og Fælles-skaberne, så der er nem adgang til samarbejde med kommunen."],
    contact: null,
  },
  {
    key: "go-dialog-holbaek-teater",
    title: "Go' Dialog med Holbæk Teater",
    description: "Åbne, politiske cafédebatter på Holbæk Teater med skiftende temaer og politikere; teatercheferne var værter.",
    purposes: ["Gøre det let for borgerne at komme i dialog med politikerne og give politikerne en uformel samtale med borgerne om vigtige emner."],
    challenges: [],
    successes: [
      "Alle seks planlagte debataftener blev afholdt med stor deltagelse af borgere og politikere fra alle byrådets partier.",
      "Holbæk Teater har udvidet konceptet til Go' Dialog-arrangementer i lokalområderne.",
    ],
    lessons: [],
    recommendations: ["Byrådet deltager fortsat i og bakker op om Go' Dialog og lignende uformelle debatarrangementer."],
    contact: "Strategi og Udvikling; Holbæk Teater, teaterdirektørerne Brian Kristensen og Kristoffer Møller Hansen",
  },
  {
    key: "infoskaerme",
    title: "Infoskærme",
    description: "En gruppe fra Mørkøv tog initiativ til infoskærme i alle lokalområder; Demokratiekperimentariet og Fælles-skaberne hjalp med midler og organisering.",
    purposes: [],
    challenges: [],
    successes: ["Borgerne blev hjulpet videre og kunne realisere deres initiativ."],
    lessons: [],
    recommendations: [],
    contact: null,
  },
];
