package vn.dvk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelBulkLoader.BulkReport;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;

/**
 * Makes plausible models from a seeded random source: the same seed gives the same data. Titles are
 * the {@link ModelKinds kinds of models} units register, placed in the owning unit; people's names
 * are common name parts, not real persons.
 */
final class ModelFactory {

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"
  };
  private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Hữu", "Ngọc", "Thanh", "Đức"};
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Quang",
    "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vy", "Hiền", "Long"
  };
  private static final String[] POSITIONS = {
    "Bí thư chi bộ thôn",
    "Trưởng thôn",
    "Chi hội trưởng Chi hội Phụ nữ",
    "Công an xã",
    "Già làng",
    "Hội viên Hội Nông dân",
    "Trưởng ban công tác Mặt trận khu dân cư"
  };

  private final Random random;

  ModelFactory(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** A model of a random kind for the unit, begun in the year. */
  ModelDetails model(String unitCode, String unitShortName, int year, boolean individual) {
    var kind = ModelKinds.ALL.get(random.nextInt(ModelKinds.ALL.size()));
    var place = unitShortName == null ? "" : " ở " + unitShortName;
    var person = individual ? person() : null;
    var title = individual ? kind.title() + place + " – " + person : kind.title() + place;
    return details(title, kind, unitCode, person, individual ? pick(POSITIONS) : null, year);
  }

  /** A model with a given title (the outstanding models of the brief). */
  ModelDetails named(String title, int kindIndex, String unitCode, int year) {
    return details(title, ModelKinds.ALL.get(kindIndex), unitCode, null, null, year);
  }

  private ModelDetails details(
      String title,
      ModelKinds.Kind kind,
      String unitCode,
      String person,
      String position,
      int year) {
    var targets = new ArrayList<IndicatorTarget>();
    for (var indicator : kind.indicators()) {
      targets.add(new IndicatorTarget(indicator, BigDecimal.ZERO, target(indicator)));
    }
    var start = LocalDate.of(year, 1 + random.nextInt(4), 1 + random.nextInt(28));
    return new ModelDetails(
        title,
        person == null ? OwnerKind.COLLECTIVE : OwnerKind.INDIVIDUAL,
        unitCode,
        person,
        position,
        kind.field(),
        List.of(kind.movement()),
        "Nhu cầu thực tế của nhân dân trên địa bàn; cần sự vào cuộc của cả hệ thống chính trị.",
        "Huy động sức dân, nâng cao đời sống và sự đồng thuận của nhân dân.",
        "Đánh giá theo các chỉ tiêu đăng ký, có xác nhận của cấp ủy và Ban công tác Mặt trận.",
        "Tuyên truyền, vận động; phân công cán bộ, đảng viên phụ trách; huy động nguồn lực xã hội hóa; sơ kết, rút kinh nghiệm.",
        null,
        "Nhân dân trên địa bàn",
        EnumSet.of(kind.group()),
        "Cấp ủy lãnh đạo; chính quyền tạo điều kiện; Mặt trận và các đoàn thể vận động.",
        "Ngân sách hỗ trợ một phần; nhân dân đóng góp tiền, ngày công, vật liệu.",
        (long) (10 + random.nextInt(490)) * 1_000_000,
        (long) (5 + random.nextInt(300)) * 1_000_000,
        50 + random.nextInt(2000),
        start,
        LocalDate.of(year, 11, 30),
        "Quý II: triển khai; quý III: nhân rộng; quý IV: sơ kết.",
        "Duy trì tổ tự quản; nhân rộng ra các thôn, khu phố lân cận.",
        targets);
  }

  /** One to three reports in the year, each a step closer to the targets; older ones verified. */
  List<BulkReport> reports(ModelDetails model, int year, boolean verified) {
    var reports = new ArrayList<BulkReport>();
    var count = 1 + random.nextInt(3);
    for (int i = 1; i <= count; i++) {
      var values = new LinkedHashMap<String, BigDecimal>();
      for (var target : model.targets()) {
        var share = (40 + random.nextInt(70)) * i / (double) count / 100;
        values.put(
            target.indicatorCode(),
            target.target().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP));
      }
      reports.add(
          new BulkReport(
              LocalDate.of(year, 3 + i * 3, 15),
              "Báo cáo kết quả đợt " + i + " năm " + year,
              values,
              "demo",
              verified && i < count ? "demo" : null));
    }
    return reports;
  }

  static Instant at(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(8, 30).toInstant(ZoneOffset.ofHours(7));
  }

  private BigDecimal target(String indicator) {
    return BigDecimal.valueOf(
        switch (indicator) {
          case "LAND_DONATED" -> 500 + random.nextInt(5000);
          case "ROAD_BUILT" -> 1 + random.nextInt(8);
          case "MONEY_MOBILIZED" -> (long) (50 + random.nextInt(900)) * 1_000_000;
          case "WORKING_DAYS" -> 100 + random.nextInt(3000);
          case "HOUSES_BUILT" -> 1 + random.nextInt(20);
          case "DISPUTES_RESOLVED" -> 2 + random.nextInt(30);
          case "PEOPLE_TRAINED" -> 20 + random.nextInt(500);
          default -> 10 + random.nextInt(300);
        });
  }

  private String person() {
    return pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
