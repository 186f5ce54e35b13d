package vn.dvk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.programs.Programs;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/** Reminders go to the units that have not met a deadline, once each, by inbox and e-mail. */
@IntegrationTest
class DeadlineRemindersTests {

  /** A week before 2025's district recognition deadline (31 August). */
  static final LocalDate WEEK_BEFORE = LocalDate.of(2025, 8, 25);

  @Autowired DeadlineReminders reminders;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired Programs programs;
  @Autowired YearlySummaries summaries;
  @Autowired TransactionTemplate transaction;
  @Autowired MessageSource messages;
  @Autowired Clock clock;

  @Test
  void eachUnitGetsEachReminderOnceWhateverRunsItAgainOrAtTheSameTime() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    var runs = new ArrayList<Callable<Integer>>();
    runs.add(() -> reminders.remind(WEEK_BEFORE));
    runs.add(() -> reminders.remind(WEEK_BEFORE));
    for (var run : pool.invokeAll(runs)) {
      run.get();
    }
    pool.shutdown();
    var again = reminders.remind(WEEK_BEFORE);

    assertThat(again).isZero();
    assertThat(count("BT.DL", "2025:district-recognition:BEFORE")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from (select unit_code, reminder_key from"
                        + " notifications_notification group by unit_code, reminder_key"
                        + " having count(*) > 1) twice")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void theScheduledJobTakesItsLockInTheDatabase() {
    reminders.scheduled();

    assertThat(
            jdbc.sql("select count(*) from shedlock where name = 'deadline-reminders'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aReminderAppearsInTheUnitsInboxWithItsUnreadCount() throws Exception {
    reminders.remind(WEEK_BEFORE);
    if (accounts.findByUsername("duclinh.inbox").isEmpty()) {
      accounts
          .createAll(
              List.of(
                  new NewUserAccount(
                      "duclinh.inbox", "Cán bộ đọc thư", null, Role.OFFICER, "BT.DL", "demo")))
          .get(0);
    }

    // A user of the unit who has read nothing yet (read marks are each user's own).
    mvc.perform(get("/inbox").with(user(users.loadUserByUsername("duclinh.inbox"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("31/08/2025")))
        .andExpect(content().string(Matchers.containsString("id=\"unread\"")));
  }

  @Test
  void aReminderIsEmailedToTheUnitsUsersWhenSmtpIsConfigured() throws Exception {
    var province = TestUnits.code("MAIL");
    var district = province + ".D1";
    units.createAll(
        List.of(
            new NewUnit(
                province,
                "Tỉnh Thư " + province,
                null,
                UnitKind.PROVINCE,
                null,
                null,
                LocalDate.of(2020, 1, 1)),
            new NewUnit(
                district,
                "Huyện Thư " + province,
                null,
                UnitKind.DISTRICT,
                null,
                province,
                LocalDate.of(2020, 1, 1))),
        "test");
    accounts
        .createAll(
            List.of(
                new NewUserAccount(
                    "mail." + province.toLowerCase(),
                    "Cán bộ nhận thư",
                    "canbo@example.vn",
                    Role.OFFICER,
                    district,
                    "demo")))
        .get(0);
    var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try {
      var sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(smtp.getSmtp().getPort());
      var factory = new StaticListableBeanFactory(Map.of("mailSender", sender));
      var withMail =
          new DeadlineReminders(
              programs,
              summaries,
              accounts,
              jdbc,
              transaction,
              factory.getBeanProvider(JavaMailSender.class),
              messages,
              clock);

      withMail.remind(WEEK_BEFORE);
      withMail.remind(WEEK_BEFORE);

      var received = smtp.getReceivedMessagesForDomain("example.vn");
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).contains("Dân vận khéo");
      assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]))
          .contains("31/08/2025");
    } finally {
      smtp.stop();
    }
  }

  private int count(String unit, String key) {
    return jdbc.sql(
            "select count(*) from notifications_notification where unit_code = :u and reminder_key = :k")
        .param("u", unit)
        .param("k", key)
        .query(Integer.class)
        .single();
  }
}
