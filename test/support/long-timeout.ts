// Tests that start servers and workers get a minute each (Jest's `testTimeout` cannot be set per project).
jest.setTimeout(60_000);
