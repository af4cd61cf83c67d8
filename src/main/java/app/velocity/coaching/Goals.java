package app.velocity.coaching;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface Goals extends CrudRepository<Goal, UUID> {

  @Query("select * from goals where engagement_id = :engagement order by created_at")
  List<Goal> of(@Param("engagement") UUID engagement);
}
