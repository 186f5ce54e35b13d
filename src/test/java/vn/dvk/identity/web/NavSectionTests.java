package vn.dvk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which menu entry a page belongs to. */
class NavSectionTests {

  @Test
  void aPageBelongsToTheEntryWithTheLongestMatchingPath() {
    assertThat(NavSection.of("/models")).isEqualTo("models");
    assertThat(NavSection.of("/models/42")).isEqualTo("models");
    assertThat(NavSection.of("/models/decisions")).isEqualTo("decisions");
    assertThat(NavSection.of("/reports/comparison")).isEqualTo("reports");
    assertThat(NavSection.of("/showcase/figures")).isEqualTo("figures");
    assertThat(NavSection.of("/showcase/models/7/x")).isEqualTo("showcase");
    assertThat(NavSection.of("/admin/users/duclinh")).isEqualTo("users");
  }

  @Test
  void pagesOutsideTheMenuBelongToNone() {
    assertThat(NavSection.of("/")).isNull();
    assertThat(NavSection.of("/account/password")).isNull();
    assertThat(NavSection.of("/modelsx")).isNull();
  }
}
