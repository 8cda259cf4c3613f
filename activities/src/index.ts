export * from './bind-activities';
export * from './system/system-check.activity';
