package vn.dvk.notifications;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.as;
import static vn.dvk.support.Api.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.identity.Role;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/**
 * The inbox over the API, for an officer of a commune of Đức Linh with two reminders of their own:
 * listed newest first, counted, read one at a time or all at once; a reminder of another unit is
 * not found.
 */
@IntegrationTest
class NotificationsApiTests {

  static final String USER = "inbox.api";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RoundFixtures fixtures;

  @Test
  void theCallersRemindersAreListedCountedAndRead() throws Exception {
    fixtures.user(USER, Role.OFFICER, "BT.DL.X10");
    var first = reminder("BT.DL.X10", "registration");
    var second = reminder("BT.DL.X10", "district-recognition");
    var elsewhere = reminder("T.API.ELSEWHERE", "registration");

    mvc.perform(as(get("/api/v1/notifications"), USER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem((int) first)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem((int) elsewhere))))
        .andExpect(jsonPath("$.items[0].unitCode").value("BT.DL.X10"));
    var unread =
        mvc.perform(as(get("/api/v1/notifications/unread-count"), USER))
            .andExpect(jsonPath("$.unread").isNumber());

    mvc.perform(as(post("/api/v1/notifications/" + first + "/read"), USER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(first))
        .andExpect(jsonPath("$.read").value(true));
    mvc.perform(as(get("/api/v1/notifications/unread-count"), USER))
        .andExpect(jsonPath("$.unread").value((int) read(unread, "$.unread") - 1));
    mvc.perform(as(post("/api/v1/notifications/read"), USER))
        .andExpect(jsonPath("$.unread").value(0));
    mvc.perform(as(get("/api/v1/notifications"), USER))
        .andExpect(jsonPath("$.items[?(@.id == " + second + ")].read", hasItem(true)));

    mvc.perform(as(post("/api/v1/notifications/" + elsewhere + "/read"), USER))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("notifications.error.not-found"));
  }

  private long reminder(String unit, String step) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into notifications_notification (unit_code, reminder_key, step, timing,"
                + " deadline, created_at) values (:unit, :key, :step, 'BEFORE', :deadline, :at)")
        .param("unit", unit)
        .param("key", "api-test:" + step + ":" + System.nanoTime())
        .param("step", step)
        .param("deadline", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(7))
        .param("at", OffsetDateTime.now())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }
}
