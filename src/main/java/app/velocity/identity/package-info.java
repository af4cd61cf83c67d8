/**
 * Who is signed in and how they got in: first-run setup, sign-in with throttling and lockout,
 * password reset and invitation-to-join links, personal access tokens for the API, and the security
 * rules every request passes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "mail"})
package app.velocity.identity;
