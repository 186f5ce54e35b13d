package vn.dvk.demo;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.units.Level;

/**
 * How the demo's recognition rounds were held at each level: their titles, the deadline for
 * proposals, the meeting (date, hall, council), and the decision's date and signer. Communes meet
 * in June, the district-level units in August, the province in November.
 */
final class DemoRounds {

  /** The province's council: the demo's council members. */
  static final List<String> PROVINCE_COUNCIL = List.of("council", "council2", "council3");

  /** The reason given to every model a round did not recognize. */
  static final String NOT_RECOGNIZED = "Kết quả chưa rõ nét, chưa lan tỏa rộng trong Nhân dân";

  /** Who signs the province's decisions. */
  private static final String COMMISSION_HEAD = "Trưởng Ban Dân vận Tỉnh ủy";

  /**
   * A level's signer and calendar, the same every year: month and day of the deadline, of the
   * meeting and of the decision.
   */
  private enum Sitting {
    GRASSROOTS(Level.GRASSROOTS, "", "Lê Văn Thành", "Bí thư Đảng ủy", 5, 31, 6, 20, 6, 28),
    DISTRICT(
        Level.DISTRICT, "cấp huyện ", "Trần Văn Minh", "Trưởng Ban Dân vận", 7, 31, 8, 18, 8, 25),
    PROVINCE(
        Level.PROVINCE, "cấp tỉnh ", "Nguyễn Thị Hồng", COMMISSION_HEAD, 10, 31, 11, 20, 11, 28);

    private final Level level;
    private final String levelName;
    private final String signerName;
    private final String signerTitle;
    private final int[] dates;

    Sitting(Level level, String levelName, String signerName, String signerTitle, int... dates) {
      this.level = level;
      this.levelName = levelName;
      this.signerName = signerName;
      this.signerTitle = signerTitle;
      this.dates = dates;
    }

    /** The {@code n}th date of the sitting (0 deadline, 1 meeting, 2 decision) in the year. */
    LocalDate date(int n, int year) {
      return LocalDate.of(year, dates[2 * n], dates[2 * n + 1]);
    }
  }

  private DemoRounds() {}

  /** A commune's or an agency's round: it recognizes its own models. */
  static HeldRound grassroots(String unit, String unitName, int year, List<HeldProposal> own) {
    return held(Sitting.GRASSROOTS, unit, "Hội trường " + unitName, List.of(), year, own);
  }

  /** A district-level unit's round, on the proposals of its communes and its own models. */
  static HeldRound district(String unit, String unitName, int year, List<HeldProposal> proposals) {
    return held(Sitting.DISTRICT, unit, "Hội trường " + unitName, List.of(), year, proposals);
  }

  /** An old province's round, scored and voted by its council if it has one. */
  static HeldRound province(DemoProvince province, int year, List<HeldProposal> proposals) {
    return held(
        Sitting.PROVINCE, province.code(), province.hall(), province.council(), year, proposals);
  }

  /** A province's round without a council of users (the national data set's). */
  static HeldRound province(String code, String hall, int year, List<HeldProposal> proposals) {
    return held(Sitting.PROVINCE, code, hall, List.of(), year, proposals);
  }

  /**
   * A round after the reform of 1 July 2025: a new commune's or a party committee's, on the models
   * of its own and of the units it took over, in October 2025 and September 2026; or the new
   * province's, in December 2025 and November 2026.
   */
  static HeldRound afterReform(
      String unit,
      String unitName,
      Level level,
      int year,
      List<String> council,
      List<HeldProposal> proposals) {
    var province = level == Level.PROVINCE;
    int[] d =
        year == 2025
            ? (province ? new int[] {11, 28, 12, 10, 12, 18} : new int[] {10, 10, 10, 24, 11, 5})
            : (province ? new int[] {10, 30, 11, 17, 11, 25} : new int[] {9, 10, 9, 24, 10, 6});
    var sitting = province ? Sitting.PROVINCE : Sitting.GRASSROOTS;
    return new HeldRound(
        unit,
        level,
        year,
        "Xét công nhận mô hình “Dân vận khéo” " + sitting.levelName + "năm " + year,
        LocalDate.of(year, d[0], d[1]),
        LocalDate.of(year, d[2], d[3]),
        "Hội trường " + unitName,
        council,
        LocalDate.of(year, d[4], d[5]),
        sitting.signerName,
        sitting.signerTitle,
        proposals);
  }

  private static HeldRound held(
      Sitting sitting,
      String unit,
      String hall,
      List<String> council,
      int year,
      List<HeldProposal> proposals) {
    return new HeldRound(
        unit,
        sitting.level,
        year,
        "Xét công nhận mô hình “Dân vận khéo” " + sitting.levelName + "năm " + year,
        sitting.date(0, year),
        sitting.date(1, year),
        hall,
        council,
        sitting.date(2, year),
        sitting.signerName,
        sitting.signerTitle,
        proposals);
  }
}
