/**
 * Scheduled work (reminders, survey waves) that runs once across all instances: db-scheduler keeps
 * its executions in the database, so any number of Velocity instances over one PostgreSQL pick each
 * execution exactly once. Modules declare their tasks as beans of db-scheduler's {@code Task} type
 * and schedule one-off executions through its {@code SchedulerClient}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.velocity.scheduling;
