package vn.dvk.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.programs.domain.ProgramRepository;
import vn.dvk.programs.domain.YearPlanRules;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;

/**
 * Programs and their yearly plans. Reading is open to every module; adding and changing a plan is
 * for administrators (the pages check the permission), changes with optimistic locking.
 */
@Service
@Transactional(readOnly = true)
public class Programs {

  private final JdbcClient jdbc;
  private final ProgramRepository programs;

  Programs(JdbcClient jdbc, ProgramRepository programs) {
    this.jdbc = jdbc;
    this.programs = programs;
  }

  private static final String PLANS =
      """
      select p.*, g.name as program_name from programs_year_plan p
        join programs_program g on g.code = p.program_code
      """;

  public List<YearPlan> plans() {
    return jdbc.sql(PLANS + " order by p.plan_year").query(Programs::map).list();
  }

  /** The plan of a year, if a program covers it. */
  public Optional<YearPlan> plan(int year) {
    return jdbc
        .sql(PLANS + " where p.plan_year = :year order by p.program_code")
        .param("year", year)
        .query(Programs::map)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Adds the plan of a year that has none, under the program named {@code plan.programName()}: an
   * existing program's years then reach the year; another name starts a program of its own (a new
   * directive's period).
   */
  @Transactional
  public YearPlan add(YearPlan plan) {
    YearPlanRules.checkNew(plan);
    if (plan(plan.year()).isPresent()) {
      throw new ConflictException("plans.error.year-taken", String.valueOf(plan.year()));
    }
    var program = programs.programFor(plan.programName().strip(), plan.year());
    programs.insertPlan(program, plan);
    return plan(plan.year()).orElseThrow();
  }

  /** Changes a plan's deadlines and targets, if nobody changed it since {@code plan.version()}. */
  @Transactional
  public YearPlan update(YearPlan plan) {
    YearPlanRules.check(plan);
    var updated =
        jdbc.sql(
                """
                update programs_year_plan set registration_deadline = :registration,
                    district_recognition_deadline = :district, province_proposal_deadline = :province,
                    target_considered_percent = :percent, target_proposals_per_unit = :proposals,
                    version = version + 1
                 where program_code = :program and plan_year = :year and version = :version
                """)
            .param("registration", plan.registrationDeadline())
            .param("district", plan.districtRecognitionDeadline())
            .param("province", plan.provinceProposalDeadline())
            .param("percent", plan.targetConsideredPercent())
            .param("proposals", plan.targetProposalsPerUnit())
            .param("program", plan.programCode())
            .param("year", plan.year())
            .param("version", plan.version())
            .update();
    if (updated == 0) {
      if (plan(plan.year()).isEmpty()) {
        throw new NotFoundException("plans.error.not-found", String.valueOf(plan.year()));
      }
      throw new ConflictException("plans.error.changed");
    }
    return plan(plan.year()).orElseThrow();
  }

  private static YearPlan map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new YearPlan(
        rs.getString("program_code"),
        rs.getString("program_name"),
        rs.getInt("plan_year"),
        rs.getInt("version"),
        rs.getObject("registration_deadline", LocalDate.class),
        rs.getObject("district_recognition_deadline", LocalDate.class),
        rs.getObject("province_proposal_deadline", LocalDate.class),
        rs.getInt("target_considered_percent"),
        rs.getInt("target_proposals_per_unit"));
  }
}
