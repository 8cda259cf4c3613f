/** The one task queue the procedure worker polls. API and worker both read it from here, never from a literal. */
export const PROCEDURES_TASK_QUEUE = 'congdoan-procedures';
