package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelRow;
import vn.dvk.models.Models;
import vn.dvk.models.Registrations;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

@IntegrationTest
class ModelSearchTests {

  @Autowired ModelSearch search;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired ModelLists lists;
  @Autowired Acting acting;
  @Autowired Units units;
  @Autowired UserAccounts accounts;

  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  @Test
  void countingStopsJustPastTheLimit() {
    for (int i = 0; i < 3; i++) {
      var title = "Đếm giới hạn " + i;
      acting.run("duclinh", () -> models.create(Models.collective(title, "BT.DL.X10"), 2022));
    }
    var filter =
        new ModelFilter("dem gioi han", 2022, null, null, null, null, null, null, null, 0, 20);
    var units = ListScope.of(Map.of(2022, Set.of("BT.DL.X10")));

    assertThat(search.page(filter, units, 10).total()).isEqualTo(3);
    assertThat(search.page(filter, units, 2).total()).isEqualTo(3);
    assertThat(search.page(filter, units, 1).total()).isEqualTo(2);
    assertThat(search.page(filter, units, 1).rows())
        .as("past the limit, the page is still there")
        .hasSize(3);
  }

  @Test
  void eachYearIsReadWithTheUnitsOfThatYear() {
    var model =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Năm nào đơn vị nấy", "BT.DL.X09"), 2022));
    acting.run(
        "duclinh",
        () -> registrations.act(model.id(), 2022, vn.dvk.models.RegistrationAction.SUBMIT, null));
    acting.run(
        "duclinh.reviewer",
        () -> registrations.act(model.id(), 2022, vn.dvk.models.RegistrationAction.APPROVE, null));
    acting.run("duclinh", () -> registrations.continueIn(model.id(), 2023));
    var filter =
        new ModelFilter(
            "nam nao don vi nay", null, null, null, null, null, null, null, null, 0, 20);

    var in2023Only =
        search.find(
            filter, ListScope.of(Map.of(2022, Set.of("BT.DL.X10"), 2023, Set.of("BT.DL.X09"))));
    var both =
        search.find(
            filter, ListScope.of(Map.of(2022, Set.of("BT.DL.X09"), 2023, Set.of("BT.DL.X09"))));

    assertThat(in2023Only).extracting("year").containsExactly(2023);
    assertThat(both).extracting("year").containsExactlyInAnyOrder(2022, 2023);
  }

  @Test
  void wordsMatchWholeWordsAndTheLastOneAlsoAsItsBeginning() {
    var model =
        acting.as(
            "duclinh",
            () ->
                models.create(Models.collective("Khéo dân vận ở tổ 07 Vũ Hòa", "BT.DL.X10"), 2022));

    assertThat(ids("vu hoa kheo dan van")).contains(model.id());
    assertThat(ids("vu hoa kheo dan va"))
        .as("a last word as the beginning of a word")
        .doesNotContain(model.id());
    assertThat(ids("vu hoa kheo da"))
        .as("two letters are too few to be a beginning")
        .doesNotContain(model.id());
    assertThat(ids("vu hoa kheo dan van o to 07")).contains(model.id());
    assertThat(ids("vu hoa kheo dan van o to 0")).doesNotContain(model.id());
    assertThat(ids("vu ho kheo"))
        .as("only the last word may be a beginning")
        .doesNotContain(model.id());
    assertThat(ids("vu hoa khe")).contains(model.id());
    assertThat(ids("oa kheo dan")).as("never the inside of a word").doesNotContain(model.id());
  }

  @Test
  void listsKnownToMatchFewOrManyRowsFindTheSameRowsInTheSameOrder() {
    for (int i = 0; i < 5; i++) {
      var title = "Hai đường một đích " + i;
      acting.run("duclinh", () -> models.create(Models.collective(title, "BT.DL.X10"), 2022));
    }
    var filter =
        new ModelFilter("hai duong mot dic", 2022, null, null, null, null, null, null, null, 0, 3);
    var scope = ListScope.of(Map.of(2022, Set.of("BT.DL.X10")));

    var few = search.find(filter, scope, ModelSearch.Matches.FEW);
    var many = search.find(filter, scope, ModelSearch.Matches.MANY);

    assertThat(few).hasSize(3).isEqualTo(many);
    assertThat(search.find(filter.withPage(1, 3), scope, ModelSearch.Matches.MANY))
        .isEqualTo(search.find(filter.withPage(1, 3), scope, ModelSearch.Matches.FEW))
        .hasSize(2);
  }

  @Test
  void theCountedPagesOfAShortListAndTheWalkedPagesOfALongOneAgree() {
    for (int i = 0; i < 5; i++) {
      var title = "Ba trang đếm được " + i;
      acting.run("duclinh", () -> models.create(Models.collective(title, "BT.DL.X10"), 2022));
    }
    var filter =
        new ModelFilter("ba trang dem duoc", 2022, null, null, null, null, null, null, null, 0, 2);
    var scope = ListScope.of(Map.of(2022, Set.of("BT.DL.X10")));

    var pages =
        List.of(
            search.page(filter, scope, 1000),
            search.page(filter.withPage(1, 2), scope, 1000),
            search.page(filter.withPage(2, 2), scope, 1000));
    var walked =
        List.of(
            search.page(filter, scope, 1),
            search.page(filter.withPage(1, 2), scope, 1),
            search.page(filter.withPage(2, 2), scope, 1));

    var ids = pages.stream().flatMap(p -> p.rows().stream()).map(ModelRow::registrationId).toList();
    assertThat(pages).allSatisfy(p -> assertThat(p.total()).isEqualTo(5));
    assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(walked.stream().flatMap(p -> p.rows().stream()).map(ModelRow::registrationId))
        .containsExactlyElementsOf(ids);
    assertThat(search.page(filter.withPage(3, 2), scope, 1000).rows()).isEmpty();
  }

  @Test
  void aQueryOfPunctuationOnlyMatchesEverything() {
    var model =
        acting.as(
            "duclinh", () -> models.create(Models.collective("Chỉ có dấu câu", "BT.DL.X10"), 2022));

    assertThat(ids(" -- ; ")).contains(model.id());
  }

  @Test
  void aReaderOfTheWholeTreeListsEveryUnitWithoutNamingThem() {
    var model =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Cả cây không cần tên", "BT.DL.X10"), 2022));
    var filter =
        new ModelFilter(
            "ca cay khong can ten", null, null, null, null, null, null, null, null, 0, 20);

    assertThat(search.find(filter, ListScope.everyUnit(Set.of(2022))))
        .extracting(ModelRow::modelId)
        .containsExactly(model.id());
    assertThat(search.find(filter, ListScope.everyUnit(Set.of(2023)))).isEmpty();
  }

  @Test
  void anotherRootsModelsStayOutOfTheProvincesLists() {
    var root = TestUnits.code("ROOT");
    units.create(
        new NewUnit(root, "Tỉnh Thử Gốc", null, UnitKind.PROVINCE, null, null, START), "t");
    var username = "officer." + root.toLowerCase();
    accounts
        .createAll(
            List.of(
                new NewUserAccount(username, "Cán bộ gốc khác", null, Role.OFFICER, root, "demo")))
        .get(0);
    var model =
        acting.as(
            username, () -> models.create(Models.collective("Gốc khác không lẫn", root), 2022));

    assertThat(acting.as(username, () -> lists.find(filterFor("goc khac khong lan"))).rows())
        .extracting(ModelRow::modelId)
        .containsExactly(model.id());
    assertThat(acting.as("leader", () -> lists.find(filterFor("goc khac khong lan"))).rows())
        .isEmpty();
  }

  @Test
  void aCommuneMovedLaterIsListedWithItsDistrictOfEachYear() {
    var commune = TestUnits.code("MOVED");
    units.create(
        new NewUnit(commune, "Xã Sẽ Chuyển", null, UnitKind.COMMUNE, null, "BT.DL", START), "t");
    var before =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Xã chuyển huyện năm sau", commune), 2024));
    units.move(commune, "BT.TL", LocalDate.of(2025, 7, 1), "t");
    var after =
        acting.as(
            "tanhlinh",
            () -> models.create(Models.collective("Xã chuyển huyện năm sau", commune), 2026));
    var filter = filterFor("xa chuyen huyen nam sau");

    assertThat(acting.as("duclinh", () -> lists.find(filter)).rows())
        .extracting(ModelRow::modelId)
        .containsExactly(before.id());
    assertThat(acting.as("tanhlinh", () -> lists.find(filter)).rows())
        .extracting(ModelRow::modelId)
        .containsExactly(after.id());
  }

  private List<Long> ids(String q) {
    return acting.as("leader", () -> lists.find(filterFor(q))).rows().stream()
        .map(ModelRow::modelId)
        .toList();
  }

  private static ModelFilter filterFor(String q) {
    return new ModelFilter(q, null, null, null, null, null, null, null, null, 0, 200);
  }
}
