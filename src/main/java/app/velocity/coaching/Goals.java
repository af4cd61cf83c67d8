package app.velocity.coaching;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only transactions for the queries declared here too (Spring Data makes only its own methods
 * transactional): the aggregate has a nested collection, and without a transaction each row's
 * collection is loaded over a second pooled connection while the first is still held, which under
 * load deadlocks the pool.
 */
@Transactional(readOnly = true)
interface Goals extends CrudRepository<Goal, UUID> {

  @Query("select * from goals where engagement_id = :engagement order by created_at")
  List<Goal> of(@Param("engagement") UUID engagement);
}
