/**
 * Recorded starts whose server parameters the plan does not reproduce, keyed `<fixture>` (every run of it)
 * or `<patroni>/<fixture>`, with the reason. The test fails when one of them starts to agree.
 */
export const SERVER_PARAMETER_GAPS: Record<string, string> = {};
