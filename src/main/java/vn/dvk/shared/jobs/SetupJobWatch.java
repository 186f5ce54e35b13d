package vn.dvk.shared.jobs;

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
 * Keeps this instance's set-up jobs alive in the database and marks INTERRUPTED those whose
 * instance stopped beating (on start-up and every {@link #BEAT} after), as the models' imports do.
 * It also empties the initial passwords that nobody came to read within {@link #SECRETS_KEPT}.
 */
@Component
class SetupJobWatch implements DisposableBean {

  static final Duration BEAT = Duration.ofSeconds(10);
  static final Duration SILENCE = BEAT.multipliedBy(3);
  static final Duration SECRETS_KEPT = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(SetupJobWatch.class);

  private final SetupJobStore jobs;
  private final Clock clock;
  private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService beats =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            var thread = new Thread(task, "setup-job-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  SetupJobWatch(SetupJobStore jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  void runsHere(long jobId) {
    runningHere.add(jobId);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    beats.scheduleWithFixedDelay(this::beat, 0, BEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  void beat() {
    try {
      runningHere.removeAll(jobs.finishedAmong(Set.copyOf(runningHere)));
      jobs.beat(Set.copyOf(runningHere));
      var now = clock.instant();
      if (jobs.interruptStale(now.minus(SILENCE), runningHere) > 0) {
        log.warn("Set-up import(s) lost their instance and were marked interrupted");
      }
      jobs.forgetSecrets(now.minus(SECRETS_KEPT));
    } catch (RuntimeException failed) {
      log.warn("Set-up job heartbeat failed; trying again in {}", BEAT, failed);
    }
  }

  @Override
  public void destroy() {
    beats.shutdownNow();
  }
}
