package vn.dvk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/**
 * A form sent with fields missing opens with a summary of its errors that names each field by its
 * label and links to it, and each field says it is invalid and which message describes it.
 */
@IntegrationTest
class ErrorSummaryTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void aModelSentWithoutItsRequiredFieldsListsThemByLabelAndLinksToThem() throws Exception {
    var page = modelFormSentEmpty("vi");

    assertThat(page)
        .contains("role=\"alert\" tabindex=\"-1\" id=\"form-errors\"")
        .contains(">Có 3 lỗi cần sửa</h2>")
        .contains("href=\"#title\" dir=\"auto\">Tên mô hình: Trường này là bắt buộc.</a>")
        .contains(
            "href=\"#personName\" dir=\"auto\">Họ tên cá nhân: Mô hình cá nhân cần họ tên người"
                + " thực hiện.</a>")
        .contains("href=\"#fieldCode\" dir=\"auto\">Lĩnh vực: Trường này là bắt buộc.</a>");
    for (var field : new String[] {"title", "personName", "fieldCode"}) {
      assertThat(openingTag(page, field))
          .as("the field " + field)
          .contains("aria-invalid=\"true\"")
          .contains("aria-describedby=\"" + field + "-error\"");
      assertThat(page).contains("id=\"" + field + "-error\"");
    }
    assertThat(openingTag(page, "situation")).doesNotContain("aria-invalid");
  }

  @Test
  void theSummaryCountsAndNamesTheFieldsInTheReadersLanguage() throws Exception {
    assertThat(modelFormSentEmpty("en"))
        .contains(">There are 3 problems</h2>")
        .contains("href=\"#title\" dir=\"auto\">Name of the model: This field is required.</a>");
    assertThat(modelFormSentEmpty("he"))
        .contains(">יש 3 שגיאות</h2>")
        .contains("href=\"#title\" dir=\"auto\">שם המודל: שדה חובה.</a>");
  }

  /** The page answering a model form sent without a title, a person and a field, on one line. */
  private String modelFormSentEmpty(String language) throws Exception {
    return mvc.perform(
            post("/models")
                .param("lang", language)
                .param("title", "")
                .param("ownerKind", "INDIVIDUAL")
                .param("unitCode", "BT.DL")
                .param("fieldCode", "")
                .param("year", "2023")
                .with(csrf())
                .with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isUnprocessableContent())
        .andReturn()
        .getResponse()
        .getContentAsString()
        .replaceAll("\\s+", " ");
  }

  /** The opening tag of the element with this id. */
  private static String openingTag(String page, String id) {
    var tag = Pattern.compile("<[a-z]+[^>]*\\sid=\"" + id + "\"[^>]*>").matcher(page);
    assertThat(tag.find()).as("an element with the id " + id).isTrue();
    return tag.group();
  }
}
