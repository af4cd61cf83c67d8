package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonView;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up a person by e-mail for sign-in; people without a password cannot sign in. */
@Service
class AccountDetailsService implements UserDetailsService {

  private final Directory directory;
  private final Credentials credentials;

  AccountDetailsService(Directory directory, Credentials credentials) {
    this.directory = directory;
    this.credentials = credentials;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    PersonView person =
        directory.personByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    String hash =
        credentials
            .passwordHash(person.id())
            .orElseThrow(() -> new UsernameNotFoundException("no password"));
    return new AccountDetails(CurrentUser.of(person), hash, person.active());
  }
}
