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
interface Engagements extends CrudRepository<Engagement, UUID> {

  @Query(
      "select * from engagements where coach_id = :person or executive_id = :person"
          + " or id in (select engagement_id from engagement_sponsors where sponsor_id = :person)"
          + " order by starts_on desc")
  List<Engagement> involving(@Param("person") UUID person);

  @Query("select * from engagements order by starts_on desc")
  List<Engagement> all();
}
