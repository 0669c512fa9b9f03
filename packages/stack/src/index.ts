export { startStack, GATEWAY_HEAP, SERVICE_HEAP, type Stack } from "./stack.js";
export { entry, runService, ready, ROOT, type Service, type RunOptions } from "./service.js";
