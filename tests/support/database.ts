import { withClient } from "@frikommune/db";

/** A fresh, empty database on the test cluster, so every test file starts from the seed alone. */
export async function createTestDatabase(serverUrl: string): Promise<string> {
  const name = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs SQL against the test database directly, e.g. to add generated rows. */
export { withClient };
