// The names of the scenario parameters, alone, so the page can read them from its address
// without loading the rules (parameters.ts says what each one does).

export const PARAMETER_KEYS = ["warningDays", "redFriction", "usCommitment", "alliedWill"] as const;
