package app.velocity.coaching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface CoachingSessions extends CrudRepository<CoachingSession, UUID> {

  @Query("select * from coaching_sessions where engagement_id = :engagement order by starts_at")
  List<CoachingSession> of(@Param("engagement") UUID engagement);

  /** The sessions of several engagements in one statement, each engagement's in the order above. */
  @Query("select * from coaching_sessions where engagement_id in (:engagements) order by starts_at")
  List<CoachingSession> ofAll(@Param("engagements") Collection<UUID> engagements);
}
