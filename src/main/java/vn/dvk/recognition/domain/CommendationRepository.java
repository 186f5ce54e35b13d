package vn.dvk.recognition.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Commendations, saved and read whole (Spring Data JDBC). */
public interface CommendationRepository extends ListCrudRepository<Commendation, Long> {

  List<Commendation> findByModelIdOrderById(long modelId);
}
