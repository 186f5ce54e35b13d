package vn.dvk.models.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the imports this instance runs alive in the database, and marks INTERRUPTED the imports
 * whose instance stopped beating (killed, crashed, restarted): on start-up and every {@link #BEAT}
 * after, so that nobody watches a job that will never move, and the user can import again. The
 * import's own transaction died with its instance, so nothing of it was saved.
 */
@Component
public class ImportJobWatch implements DisposableBean {

  static final Duration BEAT = Duration.ofSeconds(10);

  /** An import silent for this long lost its instance. */
  static final Duration SILENCE = BEAT.multipliedBy(3);

  private static final Logger log = LoggerFactory.getLogger(ImportJobWatch.class);

  private final ImportJobRepository jobs;
  private final Clock clock;
  private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService beats =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            var thread = new Thread(task, "import-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  ImportJobWatch(ImportJobRepository jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  /** The job will run on this instance, from now until it finishes. */
  public void runsHere(long jobId) {
    runningHere.add(jobId);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    beats.scheduleWithFixedDelay(this::beat, 0, BEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Beats for this instance's imports, forgets the finished ones, interrupts the silent others. */
  void beat() {
    try {
      runningHere.removeAll(jobs.finishedAmong(Set.copyOf(runningHere)));
      jobs.beat(Set.copyOf(runningHere));
      var interrupted = jobs.interruptStale(clock.instant().minus(SILENCE), runningHere);
      if (interrupted > 0) {
        log.warn("{} import(s) lost their instance and were marked interrupted", interrupted);
      }
    } catch (RuntimeException failed) {
      log.warn("Import heartbeat failed; trying again in {}", BEAT, failed);
    }
  }

  @Override
  public void destroy() {
    beats.shutdownNow();
  }
}
