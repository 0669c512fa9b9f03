/** From the 2016 application: how Assens' councils work together with the city council. */
export const medborgerraad = {
  coverage: "Hele Assens Kommune (ikke geografisk forankret, til forskel fra lokalrådene)",
  composition: [
    "Repræsentanter fra frivillige sociale foreninger",
    "Selvorganiserede grupper",
    "Enkeltpersoner",
  ],
  role: "Byrådets sparringspartner vedrørende aktivt medborgerskab; en central samarbejdspartner i et frikommuneforsøg.",
};

export const annualDialogue = {
  participants: ["Lokalrådene", "Byrådspolitikere"],
  frequency: "Årligt",
  topics: ["Udvikling af lokalområderne", "Øget samarbejde og samskabelse"],
};
