package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.Registrations;
import vn.dvk.reporting.domain.UnitFigures;
import vn.dvk.shared.WorkChanged;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/**
 * The reports' read model follows the work in the transaction that changes it: a registration
 * counts once approved, nothing of a rolled-back transaction counts, two transactions on the same
 * unit both count, a model moved to another unit leaves its old one, and the figures kept change by
 * change are the ones a rebuild from the source tables gives.
 */
@IntegrationTest
@RecordApplicationEvents
class ReportFiguresTests {

  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final String UNIT = "BT.DL.X10";
  private static final int YEAR = 2026;

  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired UnitFigures figures;
  @Autowired ApplicationEvents events;

  @Test
  void aRegistrationCountsInItsUnitsFiguresOnceApprovedWithItsKindOwnerAndField() {
    var before = registered(UNIT);
    var economy = field(UNIT, "ECONOMY");
    var newCollective = count(UNIT, "REGISTERED", "NEW", "collective");
    var id = submitted();

    assertThat(registered(UNIT)).as("sent up, not yet approved").isEqualTo(before);
    approve(id);

    assertThat(registered(UNIT)).isEqualTo(before + 1);
    assertThat(count(UNIT, "REGISTERED", "NEW", "collective")).isEqualTo(newCollective + 1);
    assertThat(field(UNIT, "ECONOMY")).isEqualTo(economy + 1);
  }

  @Test
  void aDraftIsNotRecountedItsApprovalIs() {
    events.clear();
    var id = submitted();

    assertThat(events.stream(WorkChanged.class))
        .as("a model drafted and sent up changes no figure")
        .isEmpty();
    approve(id);
    assertThat(events.stream(WorkChanged.class))
        .singleElement()
        .satisfies(changed -> assertThat(changed.modelIds()).contains(id));
  }

  @Test
  void nothingOfARolledBackTransactionCounts() {
    var before = registered(UNIT);
    var id = submitted();

    transaction.executeWithoutResult(
        status -> {
          approve(id);
          status.setRollbackOnly();
        });

    assertThat(registered(UNIT)).isEqualTo(before);
  }

  @Test
  void twoTransactionsApprovingInTheSameUnitBothCount() throws Exception {
    var first = submitted();
    var second = submitted();
    var before = registered(UNIT);
    var counted = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    try {
      var one =
          pool.submit(
              () ->
                  transaction.executeWithoutResult(
                      status -> {
                        approve(first);
                        TransactionSynchronizationManager.registerSynchronization(
                            new TransactionSynchronization() {
                              @Override
                              public void beforeCommit(boolean readOnly) {
                                counted.countDown();
                                await(release);
                              }
                            });
                      }));
      assertThat(counted.await(30, TimeUnit.SECONDS)).as("the first counted its unit").isTrue();
      var two = pool.submit(() -> approve(second));
      Thread.sleep(300);
      release.countDown();
      one.get(30, TimeUnit.SECONDS);
      two.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    assertThat(registered(UNIT)).isEqualTo(before + 2);
  }

  @Test
  void aModelMovedToAnotherUnitLeavesTheFiguresOfItsOldOne() {
    var id = submitted();
    approve(id);
    var here = registered(UNIT);
    var there = registered("BT.DL.X09");
    var model = acting.as("duclinh", () -> registrations.continueIn(id, YEAR + 1));

    acting.as(
        "duclinh",
        () -> models.update(id, model.version(), Models.withUnit(model.details(), "BT.DL.X09")));

    assertThat(registered(UNIT)).isEqualTo(here - 1);
    assertThat(registered("BT.DL.X09")).isEqualTo(there + 1);
  }

  @Test
  void theFiguresKeptChangeByChangeAreTheOnesARebuildGives() {
    submitted();
    approve(submitted());
    transaction.executeWithoutResult(
        status -> {
          var kept = everyFigure();
          jdbc.sql("delete from reporting_unit_figure where unit_code like 'BT.%'").update();
          figures.rebuild();

          assertThat(kept).hasSizeGreaterThan(1000);
          assertThat(everyFigure()).isEqualTo(kept);
          assertThat(figures.built()).isTrue();
          status.setRollbackOnly();
        });
  }

  private long submitted() {
    var title = "Sổ tay số liệu " + SERIAL.incrementAndGet();
    var id = acting.as("duclinh", () -> models.create(Models.collective(title, UNIT), YEAR)).id();
    acting.run("duclinh", () -> registrations.act(id, YEAR, RegistrationAction.SUBMIT, null));
    return id;
  }

  private void approve(long id) {
    acting.run(
        "duclinh.reviewer", () -> registrations.act(id, YEAR, RegistrationAction.APPROVE, null));
  }

  private int registered(String unit) {
    return count(unit, "REGISTERED", null, "total");
  }

  private int field(String unit, String field) {
    return count(unit, "FIELD", field, "total");
  }

  private int count(String unit, String figure, String detail, String column) {
    return jdbc.sql(
            "select coalesce(sum("
                + column
                + "), 0) from reporting_unit_figure where unit_code = :unit"
                + " and figure_year = :year and figure = :figure"
                + (detail == null ? "" : " and detail = :detail"))
        .param("unit", unit)
        .param("year", YEAR)
        .param("figure", figure)
        .param("detail", detail == null ? "" : detail)
        .query(Integer.class)
        .single();
  }

  private Map<String, List<Object>> everyFigure() {
    var rows = new TreeMap<String, List<Object>>();
    jdbc.sql("select * from reporting_unit_figure")
        .query(
            rs -> {
              rows.put(
                  rs.getString("unit_code")
                      + "/"
                      + rs.getInt("figure_year")
                      + "/"
                      + rs.getString("figure")
                      + "/"
                      + rs.getString("detail"),
                  List.of(
                      rs.getInt("total"),
                      rs.getInt("collective"),
                      rs.getInt("individual"),
                      String.valueOf(rs.getObject("first_at")),
                      String.valueOf(rs.getObject("first_day"))));
            });
    return rows;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
