// Local days in the deployment's time zone: one implementation, in src/shared.
export * from '../../shared/days.js'
