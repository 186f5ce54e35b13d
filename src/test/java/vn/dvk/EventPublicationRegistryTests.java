package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.Models;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;
import vn.dvk.units.UnitsChanged;

/**
 * Events between modules are kept in Spring Modulith's publication registry from the transaction
 * that publishes them until their listener has run: a unit's rename reaches its models' search text
 * even when the application dies between the rename's commit and the listener, at the next start.
 */
@IntegrationTest
class EventPublicationRegistryTests {

  @Autowired Units units;
  @Autowired MobilizationModels models;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Environment environment;

  @Test
  void anEventIsStoredWithTheChangeThatPublishesItAndForgottenOnceItsListenerHasRun() {
    var commune = commune("Xã Thử Sự Kiện Lưu");
    var model = model("Mô hình thử sự kiện lưu", commune);

    var stored = renameCapturingPublication(commune, "Xã Thử Sự Kiện Đã Lưu");

    assertThat(stored.get("listener_id").toString()).contains("UnitNamesInSearch");
    await().until(() -> publications(stored) == 0);
    assertThat(searchText(model)).contains("xa thu su kien da luu");
  }

  @Test
  void whatACrashLeftUndoneBetweenTheCommitAndTheListenerIsDoneAtTheNextStart() {
    var commune = commune("Xã Trước Sự Cố");
    var model = model("Mô hình thử sự cố", commune);
    var stale = searchText(model);
    var stored = renameCapturingPublication(commune, "Xã Sau Sự Cố");
    await().until(() -> publications(stored) == 0);
    // What the process leaves when it dies after the rename commits, before the listener runs:
    // the rename and its publication are stored; the models' text is as it was.
    leaveAsACrashWould(model, stale, stored);
    assertThat(searchText(model)).doesNotContain("xa sau su co");

    try (var restarted = restart()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                assertThat(searchText(model)).contains("xa sau su co");
                assertThat(publications(stored)).isZero();
              });
    }
  }

  private Map<String, Object> renameCapturingPublication(String commune, String name) {
    return transaction.execute(
        status -> {
          units.rename(commune, name, null, units.today(), "admin");
          return jdbc.sql(
                  "select * from event_publication where event_type = :type"
                      + " and completion_date is null and serialized_event like :code")
              .param("type", UnitsChanged.class.getName())
              .param("code", "%" + commune + "%")
              .query()
              .singleRow();
        });
  }

  private void leaveAsACrashWould(long model, String stale, Map<String, Object> stored) {
    jdbc.sql("update models_model set search_text = :text where id = :id")
        .param("text", stale)
        .param("id", model)
        .update();
    jdbc.sql(
            """
            insert into event_publication (id, listener_id, event_type, serialized_event,
                publication_date, status, completion_attempts)
            values (:id, :listener, :type, :event, :date, :status, :attempts)
            """)
        .param("id", UUID.randomUUID())
        .param("listener", stored.get("listener_id"))
        .param("type", stored.get("event_type"))
        .param("event", stored.get("serialized_event"))
        .param("date", OffsetDateTime.now())
        .param("status", stored.get("status"))
        .param("attempts", stored.get("completion_attempts"))
        .update();
  }

  /** The application started again on the same database, as after a crash. */
  private ConfigurableApplicationContext restart(String... settings) {
    var arguments = new ArrayList<>(List.of(settings));
    arguments.addAll(
        List.of(
            "--server.port=0",
            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "--spring.datasource.username="
                + environment.getProperty("spring.datasource.username", ""),
            "--spring.datasource.password="
                + environment.getProperty("spring.datasource.password", ""),
            "--dvk.demo.enabled=false",
            "--dvk.search.index.enabled=false",
            "--dvk.reminders.enabled=false"));
    return new SpringApplicationBuilder(DvkApplication.class)
        .profiles("test")
        .run(arguments.toArray(String[]::new));
  }

  private long publications(Map<String, Object> stored) {
    return jdbc.sql(
            "select count(*) from event_publication where listener_id = :listener"
                + " and serialized_event = :event")
        .param("listener", stored.get("listener_id"))
        .param("event", stored.get("serialized_event"))
        .query(Long.class)
        .single();
  }

  private String searchText(long model) {
    return jdbc.sql("select search_text from models_model where id = :id")
        .param("id", model)
        .query(String.class)
        .single();
  }

  private String commune(String name) {
    var code = TestUnits.code("BT.DL.E");
    units.create(
        new NewUnit(code, name, null, UnitKind.COMMUNE, null, "BT.DL", LocalDate.of(2020, 1, 1)),
        "admin");
    return code;
  }

  private long model(String title, String unit) {
    return acting.as("duclinh", () -> models.create(Models.collective(title, unit), 2024)).id();
  }
}
