import { defineMunicipality } from "@frikommune/municipality-kit";
import { member } from "@frikommune/members";
import { data } from "./data.js";

export default defineMunicipality({ ...member("assens"), data });
