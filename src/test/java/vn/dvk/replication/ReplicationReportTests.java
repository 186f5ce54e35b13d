package vn.dvk.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.Registrations;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/** The yearly summary's replications block, against the demo's links and a copy made here. */
@IntegrationTest
class ReplicationReportTests {

  @Autowired YearlySummaries summaries;
  @Autowired Replications replications;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired JdbcClient jdbc;
  @Autowired Acting acting;
  @Autowired RoundFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.councilMembersAndASecondReviewer();
  }

  @Test
  void theDemosReplicationsOfEachYearAreCountedBySourceAndByDistrict() {
    for (int year = 2022; year <= 2024; year++) {
      var block = summary(year, "BT");
      var bySource = new HashMap<Long, Integer>();
      jdbc.sql(
              """
              select s.source_id from replication_source s
                join models_registration r
                  on r.model_id = s.model_id and r.registration_year = s.learned_year
                join models_model m on m.id = s.model_id
               where s.learned_year = :year and r.state in ('REGISTERED', 'IN_PROGRESS')
                 and (m.unit_code = 'BT' or m.unit_code like 'BT.%')
              """)
          .param("year", year)
          .query(Long.class)
          .list()
          .forEach(source -> bySource.merge(source, 1, Integer::sum));

      assertThat(block.total()).as("%d", year).isPositive();
      assertThat(block.total()).isEqualTo(bySource.values().stream().mapToInt(i -> i).sum());
      assertThat(block.sources()).isEqualTo(bySource.size());
      assertThat(block.byModel())
          .allSatisfy(m -> assertThat(m.copies()).isEqualTo(bySource.get(m.id())));
      assertThat(block.byUnit().stream().mapToInt(YearlySummary.UnitReplications::copies).sum())
          .isEqualTo(block.total());
    }
  }

  @Test
  void theDemoGrowsAChainThreeGenerationsDeep() {
    var deepest =
        jdbc.sql(
                """
                select count(*) from replication_source a
                  join replication_source b on b.source_id = a.model_id
                  join replication_source c on c.source_id = b.model_id
                """)
            .query(Integer.class)
            .single();
    assertThat(deepest).isPositive();
  }

  @Test
  void aCopyCountsOnceItsRegistrationIsApprovedAndInTheLearnersDistrict() {
    var source = fixtures.registeredModelOfDucLinh("Nguồn để đếm");
    fixtures.districtRecognition(source);
    var before = summary(RoundFixtures.YEAR, "BT.TL");

    var copy =
        acting.as("tanhlinh", () -> replications.learn(source.id(), null, RoundFixtures.YEAR));
    var asDraft = summary(RoundFixtures.YEAR, "BT.TL");
    acting.run(
        "tanhlinh",
        () -> registrations.act(copy.id(), RoundFixtures.YEAR, RegistrationAction.SUBMIT, null));
    acting.run(
        "reviewer",
        () -> registrations.act(copy.id(), RoundFixtures.YEAR, RegistrationAction.APPROVE, null));
    var approved = summary(RoundFixtures.YEAR, "BT.TL");

    assertThat(asDraft.total()).isEqualTo(before.total());
    assertThat(approved.total()).isEqualTo(before.total() + 1);
    assertThat(approved.byModel())
        .anySatisfy(
            m -> {
              assertThat(m.id()).isEqualTo(source.id());
              assertThat(m.unit().name()).isEqualTo("Đức Linh");
            });
    assertThat(approved.byUnit())
        .anySatisfy(u -> assertThat(u.unit().name()).isEqualTo("Tánh Linh"));
    assertThat(summary(RoundFixtures.YEAR, "BT.DL").byModel())
        .noneSatisfy(m -> assertThat(m.id()).isEqualTo(source.id()));
  }

  private YearlySummary.Replications summary(int year, String unit) {
    return acting.as("leader", () -> summaries.of(year, unit)).replications();
  }
}
