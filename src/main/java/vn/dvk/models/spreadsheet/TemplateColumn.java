package vn.dvk.models.spreadsheet;

import java.util.List;

/**
 * The columns of the registration workbook, in order: what each holds (the property of the model it
 * fills) and its label key. Indicator targets follow these, one column per indicator, recognised by
 * the indicator code in brackets at the end of their header. A row with a model's number in {@link
 * #CONTINUED_FROM} continues that model: the columns of the model's content are not read.
 */
public enum TemplateColumn {
  YEAR("year", "models.year", true),
  TITLE("title", "models.f.title", true),
  OWNER_KIND("ownerKind", "models.owner-kind", true),
  UNIT_CODE("unitCode", "models.export.unit-code", true),
  PERSON_NAME("personName", "models.f.personName", false),
  PERSON_POSITION("personPosition", "models.f.personPosition", false),
  FIELD_CODE("fieldCode", "models.import.field-code", true),
  MOVEMENT_CODES("movementCodes", "models.import.movement-codes", false),
  SITUATION("situation", "models.f.situation", false),
  OBJECTIVES("objectives", "models.f.objectives", false),
  EVALUATION_CRITERIA("evaluationCriteria", "models.f.evaluationCriteria", false),
  CONTENT_METHOD("contentMethod", "models.f.contentMethod", false),
  AREA("area", "models.f.area", false),
  BENEFICIARIES("beneficiaries", "models.f.beneficiaries", false),
  FORCES("forces", "models.f.forces", false),
  RESOURCES("resources", "models.f.resources", false),
  FUNDS("fundsVnd", "models.f.fundsVnd", false),
  CONTRIBUTION("contributionVnd", "models.f.contributionVnd", false),
  WORKING_DAYS("workingDays", "models.f.workingDays", false),
  START_DATE("startDate", "models.f.startDate", false),
  EVALUATION_DATE("evaluationDate", "models.f.evaluationDate", false),
  MILESTONES("milestones", "models.f.milestones", false),
  SUSTAINABILITY("sustainability", "models.f.sustainability", false),
  /**
   * The number of an earlier model this row continues into its year. It came after the others, so a
   * file may lack it: files made from an earlier template still import.
   */
  CONTINUED_FROM("continuedFrom", "models.import.continued-from", false);

  private final String property;
  private final String labelKey;
  private final boolean required;

  TemplateColumn(String property, String labelKey, boolean required) {
    this.property = property;
    this.labelKey = labelKey;
    this.required = required;
  }

  public String property() {
    return property;
  }

  public String labelKey() {
    return labelKey;
  }

  public boolean required() {
    return required;
  }

  /** The column's letter in the sheet (A, B, … Z, AA, …). */
  public static String letter(int index) {
    var letters = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      letters.insert(0, (char) ('A' + i % 26));
    }
    return letters.toString();
  }

  public static List<TemplateColumn> all() {
    return List.of(values());
  }

  /** The columns every file has, whichever template it was made from: all but the last. */
  public static List<TemplateColumn> always() {
    return all().subList(0, CONTINUED_FROM.ordinal());
  }
}
