import { defineMunicipality } from "@frikommune/municipality-kit";
import { member } from "@frikommune/members";
import { data } from "./data.js";
import { local } from "./local/index.js";

export default defineMunicipality({ ...member("assens"), data, local });
