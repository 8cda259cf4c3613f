// Six groups, run one after another by scripts/test.sh:
//   web          the officers' web UI components, in jsdom (apps/web/src/**/*.spec.tsx)
//   e2e          the built web UI in Debian's Chromium against the real stack (test/e2e), after `npm run build`
//   unit         pure code, no servers (libs, apps, activities: *.spec.ts beside the code)
//   workflows    workflow code on Temporal's time-skipping test server (test/workflows)
//   integration  real PostgreSQL + the real Temporal dev server, through HTTP (test/integration)
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        // SWC rewrites the aliases itself, so global setup (which Jest does not module-map) resolves them too.
        baseUrl: __dirname,
        paths: compilerOptions.paths,
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};
const common = { rootDir: __dirname, testEnvironment: 'node', transform, moduleNameMapper, moduleFileExtensions: ['ts', 'js', 'json'] };

// The web UI's components: TSX for the browser (jsdom), React's automatic runtime, CSS imports ignored.
const web = {
  rootDir: __dirname,
  displayName: 'web',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/apps/web/jest.style-stub.js',
    // @ant-design/icons' CommonJS build requires the ES build of a colour helper: give it the CommonJS one (same code).
    '^@ant-design/colors/es/(.*)$': '<rootDir>/node_modules/@ant-design/colors/lib/$1',
  },
  moduleFileExtensions: ['tsx', 'ts', 'js', 'json'],
  transform: {
    '^.+\\.(ts|tsx)$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } },
    ],
  },
};

module.exports = {
  projects: [
    web,
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,activities,workflows}/**/*.spec.ts', '<rootDir>/test/lint/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'] },
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/test/workflows/**/*.spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/support/long-timeout.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/long-timeout.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/long-timeout.ts'],
    },
  ],
};
