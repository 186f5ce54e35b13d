package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvk.identity.BootstrapProperties.Admin;
import vn.dvk.identity.BootstrapProperties.Root;
import vn.dvk.units.UnitKind;

class BootstrapPropertiesTests {

  @Test
  void noSettingMeansNoBootstrapAndTheKindIsAProvinceUnlessGiven() {
    var none = new BootstrapProperties(new Admin("", null), new Root(" ", null, null));

    none.requireWhole();
    assertThat(none.given()).isFalse();
    assertThat(none.root().kind()).isEqualTo(UnitKind.PROVINCE);
    assertThat(new BootstrapProperties(null, null).given()).isFalse();
  }

  @Test
  void aPartialSettingStopsTheStartNamingWhatIsMissing() {
    var partial = new BootstrapProperties(new Admin("quantri", null), new Root("BT", "", null));

    assertThatThrownBy(partial::requireWhole)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DVK_BOOTSTRAP_ADMIN_PASSWORD, DVK_BOOTSTRAP_ROOT_NAME")
        .hasMessageNotContaining("DVK_BOOTSTRAP_ROOT_CODE");
  }

  @Test
  void allFourSettingsAreWhole() {
    var whole =
        new BootstrapProperties(
            new Admin("quantri", "mây trắng bay qua đồi chè"),
            new Root("NT", "Tỉnh Ninh Thuận", UnitKind.PROVINCE));

    whole.requireWhole();
    assertThat(whole.given()).isTrue();
  }
}
