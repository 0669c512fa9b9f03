export { erasePerson, erasureServices, type Erasure, type Person, type SchemaErasure } from "./erasure.js";
export { deploymentDifferences, deploymentFiles, writeDeployment, type DeploymentDifference } from "./deployment/generated.js";
