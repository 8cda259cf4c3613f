export * from './calendar-date';
export * from './lunar-calendar';
export * from './year-calendar';
export * from './official-notices';
export * from './working-calendar';
export * from './deadline';
