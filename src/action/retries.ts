/** Retries of a failed API call: 2 more tries, 0.5 s then 2 s apart, so an outage costs seconds, not 35. */
export const apiRetries = { retries: 2, retryBaseMs: 500 } as const;
