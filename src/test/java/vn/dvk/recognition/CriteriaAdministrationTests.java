package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/** Administrators keep the criteria; a round keeps those it opened with. */
@IntegrationTest
class CriteriaAdministrationTests {

  @Autowired ConsiderationCriteria criteria;
  @Autowired Acting acting;
  @Autowired RoundFixtures fixtures;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void aNewCriterionAppliesToRoundsOpenedAfterwardsOnly() {
    var before =
        fixtures.provinceRound(
            "Trước khi thêm tiêu chí", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(5));
    acting.run(
        "admin",
        () ->
            criteria.save(
                new ConsiderationCriteria.Criterion(
                    "TEST_SUSTAINABILITY", "Tính bền vững", new BigDecimal("10"), 9, true)));
    var after =
        fixtures.provinceRound(
            "Sau khi thêm tiêu chí", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(5));
    acting.run(
        "admin",
        () ->
            criteria.save(
                new ConsiderationCriteria.Criterion(
                    "TEST_SUSTAINABILITY", "Tính bền vững", new BigDecimal("10"), 9, false)));

    assertThat(before.criteria())
        .extracting(RoundView.CriterionView::code)
        .doesNotContain("TEST_SUSTAINABILITY");
    assertThat(after.criteria())
        .extracting(RoundView.CriterionView::code)
        .contains("TEST_SUSTAINABILITY");
    assertThat(
            fixtures
                .provinceRound(
                    "Sau khi tắt tiêu chí",
                    LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(5))
                .criteria())
        .extracting(RoundView.CriterionView::code)
        .doesNotContain("TEST_SUSTAINABILITY");
  }

  @Test
  void onlyAdministratorsChangeCriteriaAndAWeightMustBePositive() throws Exception {
    var refused =
        catchThrowable(
            () ->
                acting.run(
                    "reviewer",
                    () ->
                        criteria.save(
                            new ConsiderationCriteria.Criterion(
                                "PRACTICALITY", "Tính thiết thực", BigDecimal.ONE, 1, true))));

    assertThat(refused).isInstanceOf(ForbiddenException.class);
    mvc.perform(get("/admin/criteria").with(user(users.loadUserByUsername("admin"))))
        .andExpect(status().isOk());
    mvc.perform(
            post("/admin/criteria")
                .param("code", "PRACTICALITY")
                .param("name", "Tính thiết thực")
                .param("weight", "-3")
                .param("active", "true")
                .with(csrf())
                .with(user(users.loadUserByUsername("admin"))))
        .andExpect(flash().attributeExists("errors"));
    assertThat(criteria.all())
        .filteredOn(c -> c.code().equals("PRACTICALITY"))
        .singleElement()
        .extracting(ConsiderationCriteria.Criterion::weight)
        .matches(w -> w.compareTo(BigDecimal.valueOf(20)) == 0);
  }
}
