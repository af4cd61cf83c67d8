/**
 * The frame around every page: layout and navigation for each role, the home page, error pages, and
 * the API's common answers (problem details, the OpenAPI description).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "identity"})
package app.velocity.shell;
