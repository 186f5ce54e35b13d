package vn.dvk.programs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceList;

/** The reference lists' items, saved and read whole (Spring Data JDBC). */
public interface ReferenceRepository extends ListCrudRepository<ReferenceItem, Long> {

  /**
   * The list's items in their order. (Written out: the repository code that ahead-of-time
   * processing generates for a derived query ordered by two properties does not compile.)
   */
  @Query("select * from programs_reference_item where list = :list order by position, code")
  List<ReferenceItem> findInOrder(String list);

  Optional<ReferenceItem> findByListAndCode(ReferenceList list, String code);

  /** The position after the list's last item. */
  @Query("select coalesce(max(position), 0) + 1 from programs_reference_item where list = :list")
  int nextPosition(String list);
}
