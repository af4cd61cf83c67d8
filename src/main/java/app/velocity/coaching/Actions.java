package app.velocity.coaching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface Actions extends CrudRepository<Action, UUID> {

  @Query(
      "select * from actions where engagement_id = :engagement order by due_on nulls last, created_at")
  List<Action> of(@Param("engagement") UUID engagement);

  /** The actions of several engagements in one statement, each engagement's in the order above. */
  @Query(
      "select * from actions where engagement_id in (:engagements)"
          + " order by due_on nulls last, created_at")
  List<Action> ofAll(@Param("engagements") Collection<UUID> engagements);
}
