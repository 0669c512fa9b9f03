import { inject } from "vitest";

// Every test worker (and every process it spawns) runs with this run's secrets, outside development mode.
Object.assign(process.env, inject("testEnv"));
