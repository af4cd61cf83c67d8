package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in person; the password hash is erased after sign-in. No
 * account is ever locked: {@link SignInThrottle} slows guessing down instead.
 */
class AccountDetails implements UserDetails, CredentialsContainer {

  private final CurrentUser user;
  private String passwordHash;
  private final boolean active;

  AccountDetails(CurrentUser user, String passwordHash, boolean active) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.active = active;
  }

  CurrentUser user() {
    return user;
  }

  static List<GrantedAuthority> authorities(CurrentUser user) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(user);
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.email();
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
