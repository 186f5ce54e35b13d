package vn.dvk.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.demo.DemoModels.Outstanding;
import vn.dvk.demo.DemoRecognitions.YearFigures;
import vn.dvk.models.RegistrationState;

/**
 * One old province of the demo, 2021–2024: its root, where its provincial council sits, the seeds
 * of its random data, how many models it registered each year and how its rounds went. Bình Thuận
 * has the brief's figures; the old Lâm Đồng and Đắk Nông are smaller.
 *
 * @param plan registrations approved each year: new, and continued from the year before
 * @param pending 2024 registrations still in the process, by state
 * @param notConsidering the district-level unit that did not consider recognition, by year
 * @param later new models of 2025 (before the reform), models continued into 2025 and into 2026
 */
record DemoProvince(
    String code,
    String hall,
    List<String> council,
    long modelSeed,
    long recognitionSeed,
    Map<Integer, int[]> plan,
    Map<RegistrationState, Integer> pending,
    List<Outstanding> outstanding,
    Map<Integer, YearFigures> figures,
    Map<Integer, String> notConsidering,
    int[] later) {

  /** Bình Thuận as the brief tells of it (its seeds and figures from before the reform). */
  static final DemoProvince BINH_THUAN =
      new DemoProvince(
          "BT",
          "Hội trường Tỉnh ủy Bình Thuận",
          DemoRounds.PROVINCE_COUNCIL,
          2023,
          2023,
          DemoModels.PLAN,
          DemoModels.PENDING_2024,
          DemoModels.OUTSTANDING,
          DemoRecognitions.FIGURES,
          Map.of(2023, DemoRecognitions.NOT_CONSIDERING_2023),
          new int[] {400, 350, 300});

  /** The old Lâm Đồng: 15 district-level units, about 200 new models a year. */
  static final DemoProvince LAM_DONG =
      new DemoProvince(
          "LD",
          "Hội trường Tỉnh ủy Lâm Đồng",
          List.of(),
          3101,
          3201,
          Map.of(
              2021, new int[] {200, 0},
              2022, new int[] {190, 110},
              2023, new int[] {200, 130},
              2024, new int[] {210, 140}),
          pending(8, 3, 4, 2),
          List.of(),
          Map.of(
              2021, new YearFigures(11, 40, 2, 11),
              2022, new YearFigures(13, 60, 2, 13),
              2023, new YearFigures(14, 66, 3, 20),
              2024, new YearFigures(15, 70, 3, 22)),
          Map.of(),
          new int[] {190, 150, 130});

  /** Đắk Nông: 12 district-level units, about 120 new models a year. */
  static final DemoProvince DAK_NONG =
      new DemoProvince(
          "DNO",
          "Hội trường Tỉnh ủy Đắk Nông",
          List.of(),
          3102,
          3202,
          Map.of(
              2021, new int[] {120, 0},
              2022, new int[] {110, 70},
              2023, new int[] {120, 80},
              2024, new int[] {125, 85}),
          pending(5, 2, 3, 1),
          List.of(),
          Map.of(
              2021, new YearFigures(8, 24, 2, 8),
              2022, new YearFigures(10, 36, 2, 10),
              2023, new YearFigures(11, 40, 2, 11),
              2024, new YearFigures(12, 42, 3, 18)),
          Map.of(),
          new int[] {110, 90, 80});

  /** The three old provinces, Bình Thuận first. */
  static final List<DemoProvince> ALL = List.of(BINH_THUAN, LAM_DONG, DAK_NONG);

  /** The titles of the year's outstanding models (only Bình Thuận's 2023 has them). */
  List<String> outstandingTitles(int year) {
    return year == 2023 ? outstanding.stream().map(Outstanding::title).toList() : List.of();
  }

  /** In a fixed order, unlike {@code Map.of}: submitted, returned, drafted, withdrawn. */
  private static Map<RegistrationState, Integer> pending(int... counts) {
    var pending = new LinkedHashMap<RegistrationState, Integer>();
    pending.put(RegistrationState.SUBMITTED, counts[0]);
    pending.put(RegistrationState.RETURNED, counts[1]);
    pending.put(RegistrationState.DRAFT, counts[2]);
    pending.put(RegistrationState.WITHDRAWN, counts[3]);
    return pending;
  }
}
