package vn.dvk.demo;

import java.util.List;
import vn.dvk.models.TargetGroup;

/**
 * The kinds of models units register (“Tổ tự quản đường hoa”, “Mái ấm tình thương”): for each, its
 * title, field, movement, the indicators it is judged by and the people it serves.
 */
final class ModelKinds {

  /** A kind of model: its title, field, movement and the indicators it is judged by. */
  record Kind(
      String title, String field, String movement, List<String> indicators, TargetGroup group) {}

  /** In a fixed order: the demo picks kinds by their index. */
  static final List<Kind> ALL =
      List.of(
          new Kind(
              "Vận động nhân dân hiến đất làm đường giao thông nông thôn",
              "ECONOMY",
              "NONG_THON_MOI",
              List.of("LAND_DONATED", "ROAD_BUILT"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Tổ tự quản đường hoa, đường cây xanh",
              "CULTURE_SOCIETY",
              "DOI_SONG_VAN_HOA",
              List.of("HOUSEHOLDS_TAKING_PART", "WORKING_DAYS"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Camera an ninh – mắt thần khu dân cư",
              "DEFENCE_SECURITY",
              "BAO_VE_AN_NINH",
              List.of("HOUSEHOLDS_TAKING_PART", "MONEY_MOBILIZED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Tổ hòa giải ở cơ sở gắn với xây dựng khu dân cư văn hóa",
              "DEFENCE_SECURITY",
              "DOI_SONG_VAN_HOA",
              List.of("DISPUTES_RESOLVED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Vận động đồng bào dân tộc thiểu số chuyển đổi cây trồng, vật nuôi",
              "ECONOMY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSEHOLDS_TAKING_PART", "HOUSEHOLDS_OUT_OF_POVERTY"),
              TargetGroup.ETHNIC_MINORITIES),
          new Kind(
              "Mái ấm tình thương cho hộ nghèo",
              "CULTURE_SOCIETY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSES_BUILT", "MONEY_MOBILIZED"),
              TargetGroup.POOR_HOUSEHOLDS),
          new Kind(
              "Phụ nữ tiết kiệm giúp nhau phát triển kinh tế",
              "ECONOMY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSEHOLDS_BENEFITING", "MONEY_MOBILIZED"),
              TargetGroup.WOMEN),
          new Kind(
              "Thanh niên tình nguyện giúp người cao tuổi neo đơn",
              "CULTURE_SOCIETY",
              "DOI_SONG_VAN_HOA",
              List.of("HOUSEHOLDS_BENEFITING", "WORKING_DAYS"),
              TargetGroup.ELDERLY),
          new Kind(
              "Cựu chiến binh giúp nhau giảm nghèo",
              "ECONOMY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSEHOLDS_OUT_OF_POVERTY", "MONEY_MOBILIZED"),
              TargetGroup.VETERANS),
          new Kind(
              "Nông dân liên kết sản xuất thanh long theo tiêu chuẩn VietGAP",
              "ECONOMY",
              "NONG_THON_MOI",
              List.of("HOUSEHOLDS_TAKING_PART", "PEOPLE_TRAINED"),
              TargetGroup.FARMERS),
          new Kind(
              "Ngư dân tham gia bảo vệ chủ quyền biển, đảo",
              "DEFENCE_SECURITY",
              "BAO_VE_AN_NINH",
              List.of("HOUSEHOLDS_TAKING_PART", "PEOPLE_TRAINED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Chi hội phụ nữ không có người thân vi phạm pháp luật",
              "DEFENCE_SECURITY",
              "BAO_VE_AN_NINH",
              List.of("HOUSEHOLDS_TAKING_PART"),
              TargetGroup.WOMEN),
          new Kind(
              "Dòng họ học tập, dòng họ không có tệ nạn xã hội",
              "CULTURE_SOCIETY",
              "DOI_SONG_VAN_HOA",
              List.of("HOUSEHOLDS_TAKING_PART", "PEOPLE_TRAINED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Tủ sách pháp luật ở khu dân cư",
              "POLITICAL_SYSTEM",
              "DOI_SONG_VAN_HOA",
              List.of("PEOPLE_TRAINED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Khu dân cư nói không với rác thải nhựa",
              "CULTURE_SOCIETY",
              "DO_THI_VAN_MINH",
              List.of("HOUSEHOLDS_TAKING_PART", "WORKING_DAYS"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Chính quyền thân thiện, vì nhân dân phục vụ",
              "POLITICAL_SYSTEM",
              "DAN_VAN_KHEO",
              List.of("PEOPLE_TRAINED", "DISPUTES_RESOLVED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Bữa cơm có thịt cho học sinh bán trú",
              "CULTURE_SOCIETY",
              "VI_NGUOI_NGHEO",
              List.of("MONEY_MOBILIZED", "HOUSEHOLDS_BENEFITING"),
              TargetGroup.YOUTH_AND_CHILDREN),
          new Kind(
              "Vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
              "CULTURE_SOCIETY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSEHOLDS_TAKING_PART"),
              TargetGroup.POOR_HOUSEHOLDS),
          new Kind(
              "Doanh nghiệp đồng hành cùng người lao động",
              "ECONOMY",
              "DAN_VAN_KHEO",
              List.of("PEOPLE_TRAINED", "MONEY_MOBILIZED"),
              TargetGroup.WORKERS),
          new Kind(
              "Cán bộ, đảng viên bám địa bàn, giúp dân",
              "POLITICAL_SYSTEM",
              "HOC_TAP_LAM_THEO_BAC",
              List.of("HOUSEHOLDS_BENEFITING", "WORKING_DAYS"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Ngày thứ Bảy tình nguyện vì cộng đồng",
              "CULTURE_SOCIETY",
              "DOI_SONG_VAN_HOA",
              List.of("WORKING_DAYS"),
              TargetGroup.YOUTH_AND_CHILDREN),
          new Kind(
              "Xóa nhà tạm, nhà dột nát cho hộ khó khăn",
              "CULTURE_SOCIETY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSES_BUILT", "MONEY_MOBILIZED"),
              TargetGroup.POOR_HOUSEHOLDS),
          new Kind(
              "Vận động chuyển đổi số, thanh toán không dùng tiền mặt",
              "ECONOMY",
              "NONG_THON_MOI",
              List.of("PEOPLE_TRAINED", "HOUSEHOLDS_TAKING_PART"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Tổ an ninh xung kích tự quản",
              "DEFENCE_SECURITY",
              "BAO_VE_AN_NINH",
              List.of("HOUSEHOLDS_TAKING_PART", "DISPUTES_RESOLVED"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Góp đá xây đường, góp công làm cầu",
              "ECONOMY",
              "NONG_THON_MOI",
              List.of("ROAD_BUILT", "WORKING_DAYS"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Đồng hành cùng chức sắc tôn giáo sống tốt đời, đẹp đạo",
              "POLITICAL_SYSTEM",
              "DOI_SONG_VAN_HOA",
              List.of("HOUSEHOLDS_TAKING_PART", "DISPUTES_RESOLVED"),
              TargetGroup.RELIGIOUS_COMMUNITIES),
          new Kind(
              "Già làng, người có uy tín tham gia giữ gìn an ninh trật tự",
              "DEFENCE_SECURITY",
              "BAO_VE_AN_NINH",
              List.of("DISPUTES_RESOLVED", "HOUSEHOLDS_TAKING_PART"),
              TargetGroup.ETHNIC_MINORITIES),
          new Kind(
              "Vườn rau sạch, ao cá giống giúp hộ nghèo",
              "ECONOMY",
              "VI_NGUOI_NGHEO",
              List.of("HOUSEHOLDS_BENEFITING", "HOUSEHOLDS_OUT_OF_POVERTY"),
              TargetGroup.POOR_HOUSEHOLDS),
          new Kind(
              "Điểm sinh hoạt văn hóa, thể thao cộng đồng",
              "CULTURE_SOCIETY",
              "DOI_SONG_VAN_HOA",
              List.of("MONEY_MOBILIZED", "WORKING_DAYS"),
              TargetGroup.RESIDENTS),
          new Kind(
              "Thắp sáng đường quê",
              "ECONOMY",
              "NONG_THON_MOI",
              List.of("ROAD_BUILT", "MONEY_MOBILIZED"),
              TargetGroup.RESIDENTS));

  private ModelKinds() {}
}
