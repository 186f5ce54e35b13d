package vn.dvk.programs.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.programs.YearPlan;

/**
 * Writes programs and their new year plans: a plan joins the program of its name, whose years then
 * reach it, or starts a program of its own.
 */
@Repository
public class ProgramRepository {

  private final JdbcClient jdbc;

  public ProgramRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The code of the program of that name, its years widened to the year; or a new program's. */
  public String programFor(String name, int year) {
    var code =
        jdbc.sql("select code from programs_program where name = :name")
            .param("name", name)
            .query(String.class)
            .optional();
    if (code.isPresent()) {
      jdbc.sql(
              "update programs_program set first_year = least(first_year, :y),"
                  + " last_year = greatest(last_year, :y) where code = :code")
          .param("y", year)
          .param("code", code.get())
          .update();
      return code.get();
    }
    var fresh = freeCode("KH" + year);
    jdbc.sql(
            "insert into programs_program (code, name, first_year, last_year)"
                + " values (:code, :name, :y, :y)")
        .param("code", fresh)
        .param("name", name)
        .param("y", year)
        .update();
    return fresh;
  }

  public void insertPlan(String programCode, YearPlan plan) {
    jdbc.sql(
            """
            insert into programs_year_plan (program_code, plan_year, registration_deadline,
                district_recognition_deadline, province_proposal_deadline,
                target_considered_percent, target_proposals_per_unit)
            values (:program, :year, :registration, :district, :province, :percent, :proposals)
            """)
        .param("program", programCode)
        .param("year", plan.year())
        .param("registration", plan.registrationDeadline())
        .param("district", plan.districtRecognitionDeadline())
        .param("province", plan.provinceProposalDeadline())
        .param("percent", plan.targetConsideredPercent())
        .param("proposals", plan.targetProposalsPerUnit())
        .update();
  }

  private String freeCode(String wanted) {
    var code = wanted;
    for (var n = 2; taken(code); n++) {
      code = wanted + "-" + n;
    }
    return code;
  }

  private boolean taken(String code) {
    return jdbc.sql("select count(*) from programs_program where code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }
}
