package app.velocity.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which client addresses are shared by many people and so are not throttled as one client ({@code
 * velocity.throttle.shared-addresses}): an office's gateway, or a reverse proxy whose forwarded
 * headers Velocity is not told to read ({@code server.forward-headers-strategy}). Limits per
 * account stay in force for them. The client address itself is {@code getRemoteAddr()}, which is
 * the proxy's unless forwarded headers are read.
 */
@Component
class ClientAddresses {

  private final Set<String> shared;

  ClientAddresses(@Value("${velocity.throttle.shared-addresses:}") String shared) {
    this.shared =
        Arrays.stream(shared.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  boolean isShared(String address) {
    return address == null || shared.contains(address);
  }
}
