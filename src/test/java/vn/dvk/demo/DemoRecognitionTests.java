package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.support.IntegrationTest;

/** The demo's 2023 recognition follows the brief, figure by figure. */
@IntegrationTest
class DemoRecognitionTests {

  @Autowired JdbcClient jdbc;

  @Test
  void thirteenOfTheFourteenDistrictLevelUnitsConsideredAndDucLinhDidNot() {
    var considered =
        jdbc.sql(
                "select distinct unit_code from recognition_round where round_year = 2023"
                    + " and level = 'DISTRICT' and state in ('MEETING_HELD', 'DECIDED')"
                    + " and unit_code like 'BT%' order by unit_code")
            .query(String.class)
            .list();

    assertThat(considered).hasSize(13).doesNotContain("BT.DL");
  }

  @Test
  void aUnitHoldsOneRoundAYearSoItsOfficersNeverSeeTheSameRoundTwice() {
    var repeated =
        jdbc.sql(
                """
                select unit_code || ' ' || round_year from recognition_round
                 where opened_by = 'demo'
                 group by unit_code, round_year having count(*) > 1
                """)
            .query(String.class)
            .list();

    assertThat(repeated).isEmpty();
  }

  @Test
  void districtLevelUnitsRecognized155Models() {
    assertThat(count("recognition_year = 2023 and level = 'DISTRICT'")).isEqualTo(155);
  }

  @Test
  void thirteenUnitsAllButDucLinhProposed39ModelsToTheProvince() {
    var proposers =
        jdbc.sql(
                """
                select distinct p.proposing_unit_code from recognition_proposal p
                  join recognition_round r on r.id = p.round_id
                 where r.round_year = 2023 and r.level = 'PROVINCE' and r.unit_code = 'BT'
                """)
            .query(String.class)
            .list();
    var proposed =
        jdbc.sql(
                """
                select count(*) from recognition_proposal p
                  join recognition_round r on r.id = p.round_id
                 where r.round_year = 2023 and r.level = 'PROVINCE' and r.unit_code = 'BT'
                """)
            .query(Long.class)
            .single();

    assertThat(proposers).hasSize(13).doesNotContain("BT.DL");
    assertThat(proposed).isEqualTo(39);
  }

  @Test
  void theProvinceRecognized22AmongThemTheFiveOutstandingModels() {
    var titles =
        jdbc.sql(
                """
                select m.title from recognition_recognition r join models_model m on m.id = r.model_id
                 where r.recognition_year = 2023 and r.level = 'PROVINCE' and r.unit_code = 'BT'
                """)
            .query(String.class)
            .list();

    assertThat(titles)
        .hasSize(22)
        .containsAll(DemoModels.OUTSTANDING.stream().map(DemoModels.Outstanding::title).toList());
  }

  @Test
  void everyDemoProposalRestsOnARecognitionByTheUnitThatProposedIt() {
    List<Long> broken =
        jdbc.sql(
                """
                select p.id from recognition_proposal p
                  join recognition_round r on r.id = p.round_id
                  join models_model m on m.id = p.model_id
                  left join recognition_recognition b on b.id = p.basis_recognition_id
                 where r.unit_code like 'BT%' and p.proposed_by = 'demo'
                   and m.unit_code <> r.unit_code
                   and (b.id is null or b.unit_code <> p.proposing_unit_code
                        or b.model_id <> p.model_id)
                """)
            .query(Long.class)
            .list();

    assertThat(broken).isEmpty();
  }

  private long count(String where) {
    return jdbc.sql(
            "select count(*) from recognition_recognition where unit_code like 'BT%' and " + where)
        .query(Long.class)
        .single();
  }
}
