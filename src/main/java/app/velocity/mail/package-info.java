/**
 * Outgoing e-mail: every message is kept in the outbox, and sent through SMTP when a server is
 * configured.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.velocity.mail;
