/** The tool's name and version as reports show them. Kept in step with package.json by a test. */
export const TOOL = { name: 'asylum-pii-gate', version: '0.1.0' } as const;
