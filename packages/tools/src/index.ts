export { erasePerson, erasureServices, type Erasure, type Person, type SchemaErasure } from "./erasure.js";
export { deploymentDifferences, deploymentFiles, writeDeployment, type DeploymentDifference } from "./deployment/generated.js";
export { scratchCopy, type ScratchCopy } from "./scratch-copy.js";
export { scaffoldMunicipality } from "./members/scaffold.js";
export { recompose } from "./members/repository.js";
