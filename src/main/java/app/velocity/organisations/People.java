package app.velocity.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface People extends CrudRepository<Person, UUID> {

  Optional<Person> findByEmail(String email);

  boolean existsByEmail(String email);

  @Query("select * from people where organisation_id = :org order by lower(name)")
  List<Person> inOrganisation(@Param("org") UUID organisation);

  @Query("select * from people where role = :role order by lower(name)")
  List<Person> withRole(@Param("role") String role);

  @Query("select * from people where coach_id = :coach order by lower(name)")
  List<Person> coachedBy(@Param("coach") UUID coach);

  @Query("select count(*) from people where role = 'FIRM_ADMIN' and active = true")
  long countActiveFirmAdmins();
}
