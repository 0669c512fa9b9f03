export { serveHttp, type RunningServer } from "./serve.js";
export { stopOnSignal } from "./signals.js";
