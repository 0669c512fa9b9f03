export { erasePerson, erasureServices, type Erasure, type Person, type SchemaErasure } from "./erasure.js";
