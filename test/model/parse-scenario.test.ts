import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/index.js';

describe('safeParseScenario', () => {
  it('reports a missing schema version with its path', () => {
    const result = safeParseScenario({});
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toContainEqual({
      code: 'missing',
      path: ['schemaVersion'],
      message: 'schemaVersion is required',
    });
  });
});
