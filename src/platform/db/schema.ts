/** Every table Tend owns, gathered for Drizzle's typed queries. */
export * from '../../modules/people/schema.js';
export * from '../auth/schema.js';
export * from '../audit/schema.js';
export * from '../privacy/schema.js';
export * from '../../content/schema.js';
export * from '../../modules/framework/schema.js';
export * from '../../modules/wellbeing/schema.js';
export * from '../../modules/instruments/schema.js';
export * from '../../modules/assessments/schema.js';
export * from '../jobs/schema.js';
export * from '../throttle/schema.js';
