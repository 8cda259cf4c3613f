export * from './bind-activities';
export * from './system/system-check.activity';
export * from './cases/case-activities.activity';
export * from './cases/document-number';
export * from './notifications/email-notifications.activity';
export * from './notifications/notification-email';
