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
import vn.dvk.programs.Programs;
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

  static final int DAYS = 7;
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
    var p = plan.get();
    var sent = 0;
    for (var coverage : summaries.coverageOfEveryRoot(today.getYear(), p)) {
      for (var line : coverage.lines()) {
        sent +=
            step(
                line.unit().code(),
                "registration",
                p.registrationDeadline(),
                line.registration(),
                today,
                p.year());
        sent +=
            step(
                line.unit().code(),
                "district-recognition",
                p.districtRecognitionDeadline(),
                line.districtRecognition(),
                today,
                p.year());
        sent +=
            step(
                line.unit().code(),
                "proposals",
                p.provinceProposalDeadline(),
                line.proposals(),
                today,
                p.year());
      }
    }
    return sent;
  }

  private int step(
      String unit,
      String step,
      LocalDate deadline,
      Coverage.Step status,
      LocalDate today,
      int year) {
    if (status.done() != null) {
      return 0;
    }
    String timing;
    if (!today.isAfter(deadline) && !today.isBefore(deadline.minusDays(DAYS))) {
      timing = "BEFORE";
    } else if (today.isAfter(deadline) && !today.isAfter(deadline.plusDays(DAYS))) {
      timing = "AFTER";
    } else {
      return 0;
    }
    var key = year + ":" + step + ":" + timing;
    Boolean inserted =
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
                        .param("step", step)
                        .param("timing", timing)
                        .param("deadline", deadline)
                        .param(
                            "at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .update()
                    == 1;
              } catch (DuplicateKeyException sentMeanwhile) {
                s.setRollbackOnly();
                return false;
              }
            });
    if (!Boolean.TRUE.equals(inserted)) {
      return 0;
    }
    email(unit, step, timing, deadline);
    return 1;
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
