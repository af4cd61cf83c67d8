package app.velocity.organisations;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Organisations extends CrudRepository<Organisation, UUID> {

  @Query("select * from organisations order by lower(name)")
  List<Organisation> allByName();

  @Query("select count(*) > 0 from organisations where lower(name) = lower(:name)")
  boolean nameTaken(String name);
}
