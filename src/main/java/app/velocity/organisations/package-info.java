/**
 * The coaching firm, its client organisations and their people, with the admin screens that manage
 * them and the CSV import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.velocity.organisations;
