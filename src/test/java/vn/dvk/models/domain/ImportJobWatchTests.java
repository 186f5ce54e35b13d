package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.models.ImportJob;
import vn.dvk.support.IntegrationTest;

/** An import whose instance died is marked interrupted; one that runs here is kept alive. */
@IntegrationTest
class ImportJobWatchTests {

  @Autowired ImportJobRepository jobs;
  @Autowired ImportJobWatch watch;
  @Autowired JdbcClient jdbc;

  @Test
  void anImportWhoseInstanceStoppedBeatingIsMarkedInterrupted() {
    var orphan = jobs.create("duclinh", "mat-dien.xlsx");
    jobs.progress(orphan, ImportJob.Status.IMPORTING, 500, 200);
    silentSince(orphan, 120);

    watch.beat();

    var job = jobs.find(orphan).orElseThrow();
    assertThat(job.status()).isEqualTo(ImportJob.Status.INTERRUPTED);
    assertThat(job.status().isFinished()).isTrue();
    assertThat(job.finishedAt()).isNotNull();
  }

  @Test
  void anImportRunningOnThisInstanceIsKeptAliveAndOneRecentlyHeardFromIsLeftAlone() {
    var here = jobs.create("duclinh", "dang-chay.xlsx");
    watch.runsHere(here);
    silentSince(here, 120);
    var elsewhere = jobs.create("duclinh", "may-khac.xlsx");
    silentSince(elsewhere, 5);

    watch.beat();

    assertThat(jobs.find(here).orElseThrow().status()).isEqualTo(ImportJob.Status.QUEUED);
    assertThat(heartbeat(here)).isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30));
    assertThat(jobs.find(elsewhere).orElseThrow().status()).isEqualTo(ImportJob.Status.QUEUED);
  }

  @Test
  void aFinishedImportIsNeverInterrupted() {
    var done = jobs.create("duclinh", "xong.xlsx");
    jobs.finish(done, 3, java.util.List.of(), 0);
    silentSince(done, 600);

    watch.beat();

    assertThat(jobs.find(done).orElseThrow().status()).isEqualTo(ImportJob.Status.DONE);
  }

  private void silentSince(long job, int seconds) {
    jdbc.sql("update models_import_job set heartbeat_at = :at where id = :id")
        .param("at", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(seconds))
        .param("id", job)
        .update();
  }

  private OffsetDateTime heartbeat(long job) {
    return jdbc.sql("select heartbeat_at from models_import_job where id = :id")
        .param("id", job)
        .query(OffsetDateTime.class)
        .single();
  }
}
