package vn.dvk.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.UserAccounts;
import vn.dvk.notifications.domain.ReminderTiming;
import vn.dvk.programs.Programs;
import vn.dvk.programs.YearPlan;
import vn.dvk.reporting.Coverage;
import vn.dvk.reporting.YearlySummaries;

/**
 * Reminds the district-level units of the year's deadlines they have not met: in the week before
 * each deadline, and in the week after it. Each unit gets each reminder once — a unique key in the
 * inbox makes a second run, a restart or a second instance send nothing more — and the job itself
 * runs on one instance at a time (ShedLock on the database). E-mail goes out only when SMTP is
 * configured ({@code spring.mail.host}).
 */
@Component
public class DeadlineReminders {

  private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Programs programs;
  private final YearlySummaries summaries;
  private final UserAccounts accounts;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final Clock clock;

  DeadlineReminders(
      Programs programs,
      YearlySummaries summaries,
      UserAccounts accounts,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      Clock clock) {
    this.programs = programs;
    this.summaries = summaries;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
  }

  /** Every morning (configurable), on one instance. */
  @Scheduled(cron = "${dvk.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
  public void scheduled() {
    var sent = remind(LocalDate.now(clock));
    if (sent > 0) {
      log.info("Deadline reminders: {} sent", sent);
    }
  }

  /** Sends the reminders due on the day; returns how many were new. */
  public int remind(LocalDate today) {
    var plan = programs.plan(today.getYear());
    if (plan.isEmpty()) {
      return 0;
    }
    var sent = 0;
    for (var coverage : summaries.coverageOfEveryRoot(today.getYear(), plan.get())) {
      for (var line : coverage.lines()) {
        for (var step : steps(plan.get(), line)) {
          sent += remind(line.unit().code(), step, today, plan.get().year());
        }
      }
    }
    return sent;
  }

  /** A step of the year a unit is reminded of: its name, deadline and where the unit stands. */
  private record Step(String name, LocalDate deadline, Coverage.Step status) {}

  private static List<Step> steps(YearPlan plan, Coverage.Line line) {
    return List.of(
        new Step("registration", plan.registrationDeadline(), line.registration()),
        new Step(
            "district-recognition", plan.districtRecognitionDeadline(), line.districtRecognition()),
        new Step("proposals", plan.provinceProposalDeadline(), line.proposals()));
  }

  /** Reminds the unit of a step it has not done, once for each timing; 1 if it was new. */
  private int remind(String unit, Step step, LocalDate today, int year) {
    if (step.status().done() != null) {
      return 0;
    }
    var timing = ReminderTiming.of(step.deadline(), today);
    if (timing.isEmpty()) {
      return 0;
    }
    var key = year + ":" + step.name() + ":" + timing.get();
    if (!recordedNow(unit, key, step, timing.get())) {
      return 0;
    }
    email(unit, step.name(), timing.get().name(), step.deadline());
    return 1;
  }

  /**
   * Records the reminder in the unit's inbox, in its own transaction; false if it was there already
   * (sent by an earlier run or, meanwhile, by another instance).
   */
  private boolean recordedNow(String unit, String key, Step step, ReminderTiming timing) {
    return Boolean.TRUE.equals(
        transaction.execute(
            s -> {
              try {
                return jdbc.sql(
                            """
                            insert into notifications_notification (unit_code, reminder_key, step,
                                timing, deadline, created_at)
                            select :unit, :key, :step, :timing, :deadline, :at
                             where not exists (select 1 from notifications_notification
                                                where unit_code = :unit and reminder_key = :key)
                            """)
                        .param("unit", unit)
                        .param("key", key)
                        .param("step", step.name())
                        .param("timing", timing.name())
                        .param("deadline", step.deadline())
                        .param(
                            "at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .update()
                    == 1;
              } catch (DuplicateKeyException sentMeanwhile) {
                s.setRollbackOnly();
                return false;
              }
            }));
  }

  private void email(String unit, String step, String timing, LocalDate deadline) {
    var sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    var to = new ArrayList<String>();
    accounts.inUnits(List.of(unit)).stream()
        .filter(a -> a.email() != null && !a.email().isBlank() && a.enabled())
        .forEach(a -> to.add(a.email()));
    if (to.isEmpty()) {
      return;
    }
    var message = new SimpleMailMessage();
    message.setTo(to.toArray(String[]::new));
    message.setSubject(messages.getMessage("notifications.mail.subject", null, VI));
    message.setText(
        messages.getMessage(
            "notifications." + step + "." + timing,
            new Object[] {
              deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            },
            VI));
    try {
      sender.send(message);
    } catch (org.springframework.mail.MailException failed) {
      log.warn("Reminder e-mail to {} not sent: {}", unit, failed.getMessage());
    }
  }
}
