package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** The model pages: the form with its errors, the list with its filters, the model's page. */
@IntegrationTest
class ModelPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired Acting acting;

  @Test
  void aSearchThatFindsNothingOffersTheFiltersToDrop() throws Exception {
    mvc.perform(get("/models?q=khongcogica&year=2024").with(as("duclinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Thử bỏ bớt điều kiện:")))
        .andExpect(content().string(containsString("href=\"/models?year=2024\">Bỏ “Tìm kiếm”</a>")))
        .andExpect(content().string(containsString("href=\"/models?q=khongcogica\">Bỏ “Năm”</a>")))
        .andExpect(content().string(containsString("href=\"/models?\">Bỏ mọi điều kiện lọc</a>")));
  }

  @Test
  void sendingUpIsOfferedOnlyWhenThereIsSomethingToSend() throws Exception {
    mvc.perform(get("/models/decisions?year=2000").with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "type=\"submit\" id=\"forward\" disabled=\"disabled\">Gửi 0 đăng ký năm"
                            + " 2000</button>")));
  }

  @Test
  void aModelRegisteredThroughTheFormKeepsEveryField() throws Exception {
    var result =
        mvc.perform(
                form(post("/models"), "Tủ sách pháp luật thôn Tân Hà")
                    .param("targets[0].indicatorCode", "ROAD_BUILT")
                    .param("targets[0].baseline", "0")
                    .param("targets[0].target", "3,5")
                    .param("targets[1].indicatorCode", "LAND_DONATED")
                    .param("targets[1].target", "1.200")
                    .param("targets[2].indicatorCode", "HOUSEHOLDS_TAKING_PART")
                    .with(as("duclinh")))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    var id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/models/", ""));

    var saved = acting.as("duclinh", () -> models.get(id));
    assertThat(saved.details().fundsVnd()).isEqualTo(15_000_000L);
    assertThat(saved.details().movementCodes()).containsExactly("DOI_SONG_VAN_HOA");
    assertThat(saved.details().targets())
        .extracting(IndicatorTarget::indicatorCode, IndicatorTarget::target)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ROAD_BUILT", new BigDecimal("3.50")),
            org.assertj.core.groups.Tuple.tuple("LAND_DONATED", new BigDecimal("1200.00")));
    mvc.perform(get("/models/" + id).with(as("duclinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tủ sách pháp luật thôn Tân Hà")))
        .andExpect(content().string(containsString("Gửi cấp trên")))
        .andExpect(
            content()
                .string(containsString("<li>Toàn dân đoàn kết xây dựng đời sống văn hóa</li>")))
        .andExpect(content().string(containsString("Diện tích đất hiến")));
  }

  @Test
  void everyErrorIsShownBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
    mvc.perform(
            post("/models")
                .param("title", "")
                .param("ownerKind", "INDIVIDUAL")
                .param("unitCode", "BT.DL")
                .param("fieldCode", "")
                .param("fundsVnd", "mười triệu")
                .param("startDate", "2023-05-01")
                .param("evaluationDate", "2023-01-01")
                .param("situation", "Nội dung đã gõ")
                .param("year", "2023")
                .with(csrf())
                .with(as("duclinh")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Trường này là bắt buộc.")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "id=\"fundsVnd-error\" dir=\"auto\">Phải là một số nguyên, ví dụ 1.500.000.</div>")))
        .andExpect(content().string(containsString("Mô hình cá nhân cần họ tên người thực hiện.")))
        .andExpect(content().string(containsString("Ngày đánh giá phải sau ngày bắt đầu.")))
        .andExpect(content().string(containsString("Nội dung đã gõ")))
        .andExpect(content().string(containsString("value=\"mười triệu\"")));
  }

  @Test
  void aStaleEditShowsTheCurrentValuesBesideTheTypedOnes() throws Exception {
    var model =
        acting.as(
            "duclinh", () -> models.create(Models.collective("Bản đầu", "BT.DL.DUCTAI"), 2023));
    acting.run(
        "duclinh",
        () ->
            models.update(
                model.id(), model.version(), Models.withTitle(model.details(), "Người khác sửa")));

    mvc.perform(
            form(post("/models/" + model.id()), "Tôi sửa")
                .param("version", String.valueOf(model.version()))
                .with(as("duclinh")))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Mô hình vừa được người khác sửa")))
        .andExpect(content().string(containsString("Người khác sửa")))
        .andExpect(content().string(containsString("value=\"Tôi sửa\"")));
    assertThat(acting.as("duclinh", () -> models.get(model.id())).title())
        .isEqualTo("Người khác sửa");
  }

  @Test
  void theListFiltersAndAnswersHtmxWithTheResultsOnly() throws Exception {
    acting.as(
        "duclinh", () -> models.create(Models.collective("Mô hình lọc năm", "BT.DL.X05"), 2022));

    mvc.perform(get("/models").param("q", "loc nam").param("year", "2022").with(as("duclinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Mô hình lọc năm")))
        .andExpect(content().string(containsString("model-filters")));
    mvc.perform(
            get("/models").param("q", "loc nam").header("HX-Request", "true").with(as("duclinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Mô hình lọc năm")))
        .andExpect(content().string(not(containsString("model-filters"))));
    mvc.perform(get("/models").param("q", "loc nam").param("year", "2023").with(as("duclinh")))
        .andExpect(content().string(not(containsString("Mô hình lọc năm"))));
  }

  @Test
  void aPageNumberBeyondTheListsDepthIsRefusedWithAMessage() throws Exception {
    mvc.perform(get("/models").param("page", "100000000").with(as("leader")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("hãy thu hẹp bộ lọc")));
  }

  @Test
  void anOfficerOfDucLinhCanNeitherSeeNorChangeATanhLinhModelThroughThePages() throws Exception {
    var model =
        acting.as(
            "tanhlinh.xa",
            () -> models.create(Models.collective("Trang: của Tánh Linh", "BT.TL.GIAAN"), 2024));

    mvc.perform(get("/models/" + model.id()).with(as("duclinh"))).andExpect(status().isNotFound());
    mvc.perform(get("/models/" + model.id() + "/edit").with(as("duclinh")))
        .andExpect(status().isNotFound());
    mvc.perform(
            form(post("/models/" + model.id()), "Sửa trộm")
                .param("version", "0")
                .with(as("duclinh")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/models/" + model.id() + "/registrations/2024/withdraw")
                .param("reason", "x")
                .with(csrf())
                .with(as("duclinh")))
        .andExpect(status().isNotFound());
    assertThat(acting.as("tanhlinh.xa", () -> models.get(model.id())).title())
        .isEqualTo("Trang: của Tánh Linh");
  }

  @Test
  void aCouncilMemberHasNoAccessToModels() throws Exception {
    mvc.perform(get("/models").with(as("council"))).andExpect(status().isForbidden());
  }

  @Test
  void aSuperiorDecidesFromItsListWithHtmx() throws Exception {
    var model =
        acting.as(
            "tanhlinh.xa",
            () -> models.create(Models.collective("Chờ huyện duyệt", "BT.TL.GIAAN"), 2024));
    acting.run(
        "tanhlinh.xa", () -> registrations.act(model.id(), 2024, RegistrationAction.SUBMIT, null));

    mvc.perform(get("/models/decisions").with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Chờ huyện duyệt")));
    mvc.perform(
            post("/models/" + model.id() + "/registrations/2024/approve")
                .header("HX-Request", "true")
                .with(csrf())
                .with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã duyệt.")));
    assertThat(
            acting
                .as("tanhlinh", () -> models.get(model.id()))
                .registration(2024)
                .orElseThrow()
                .state())
        .isEqualTo(RegistrationState.REGISTERED);
  }

  private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
    return request
        .param("title", title)
        .param("ownerKind", "COLLECTIVE")
        .param("unitCode", "BT.DL.DUCTAI")
        .param("fieldCode", "CULTURE_SOCIETY")
        .param("movementCodes", "DOI_SONG_VAN_HOA")
        .param("contentMethod", "Vận động xây dựng tủ sách")
        .param("targetGroups", "ETHNIC_MINORITIES")
        .param("fundsVnd", "15.000.000")
        .param("startDate", "2023-02-01")
        .param("year", "2023")
        .with(csrf());
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  /**
   * The model page offers withdrawal only to whom the workflow allows it, and only while it may.
   */
  @Test
  void withdrawIsOfferedOnlyWhereItIsAllowed() throws Exception {
    var year = java.time.LocalDate.now(vn.dvk.shared.MovementTime.ZONE).getYear();
    var model =
        acting.as(
            "duclinh",
            () ->
                models.create(
                    Models.collective("Rút đăng ký " + System.nanoTime(), "BT.DL"), year));
    var withdraw = "id=\"act-" + year + "-withdraw\"";

    mvc.perform(get("/models/" + model.id()).with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(content().string(containsString(withdraw)));
    mvc.perform(get("/models/" + model.id()).with(user(users.loadUserByUsername("leader"))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(withdraw))));

    acting.run(
        "duclinh",
        () -> registrations.act(model.id(), year, RegistrationAction.WITHDRAW, "Không thực hiện"));

    mvc.perform(get("/models/" + model.id()).with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(content().string(not(containsString(withdraw))));
  }
}
