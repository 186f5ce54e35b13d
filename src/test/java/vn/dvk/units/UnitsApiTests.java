package vn.dvk.units;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.json;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.identity.Role;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.TestUnits;

/**
 * The units API: pages of units, a unit's children, tree and history, and the administrator's
 * changes, with the scope and rules of the unit pages. The units it creates are party cells of this
 * year under one commune of Đức Linh, so that no count of the demo data moves.
 */
@IntegrationTest
class UnitsApiTests {

  /** An administrator of Đức Linh: Tánh Linh is outside their scope. */
  static final String ADMIN = "units.api.admin";

  static final LocalDate START = LocalDate.now(vn.dvk.shared.MovementTime.ZONE).withDayOfYear(1);

  @Autowired MockMvc mvc;
  @Autowired RoundFixtures fixtures;

  @BeforeEach
  void anAdministratorOfDucLinh() {
    fixtures.user(ADMIN, Role.ADMINISTRATOR, "BT.DL");
  }

  @Test
  void aListIsAPageFilteredByParentLevelAndName() throws Exception {
    mvc.perform(
            get("/api/v1/units")
                .param("parent", "BT.DL")
                .param("level", "GRASSROOTS")
                .param("q", "vo xu")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", contains("BT.DL.VOXU")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.page").value(0));
    mvc.perform(get("/api/v1/units").param("size", "5").with(httpBasic("leader", "demo")))
        .andExpect(jsonPath("$.items", hasSize(5)))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.totalPages", greaterThan(5)));
    mvc.perform(get("/api/v1/units").param("size", "5000").with(httpBasic("leader", "demo")))
        .andExpect(jsonPath("$.size").value(200));
  }

  @Test
  void childrenAndTreeShowWhatIsBelowAUnit() throws Exception {
    mvc.perform(get("/api/v1/units/BT.DL/children").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem("BT.DL.VOXU")))
        .andExpect(jsonPath("$.items[*].parentCode", everyItem(is("BT.DL"))));
    mvc.perform(get("/api/v1/units/BT.DL/tree").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unit.code").value("BT.DL"))
        .andExpect(jsonPath("$.children[*].unit.code", hasItem("BT.DL.VOXU")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/api/v1/units/BT.TL",
    "/api/v1/units/BT.TL/children",
    "/api/v1/units/BT.TL/tree",
    "/api/v1/units/BT.TL/history",
    "/api/v1/units?parent=BT.TL",
    "/api/v1/units?under=BT.TL"
  })
  void whatIsOutsideTheCallersScopeIsNotFound(String path) throws Exception {
    mvc.perform(get(path).with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("units.error.not-found"));
  }

  @Test
  void anAdministratorCreatesAndRenamesAUnitAndItsHistoryShowsBoth() throws Exception {
    var code = TestUnits.code("API");
    mvc.perform(json(post("/api/v1/units"), ADMIN, newCell(code, "BT.DL.X09")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/units/" + code))
        .andExpect(jsonPath("$.level").value("GRASSROOTS"))
        .andExpect(jsonPath("$.parentCode").value("BT.DL.X09"));
    mvc.perform(
            json(
                post("/api/v1/units/" + code + "/rename"),
                ADMIN,
                "{\"name\": \"Chi bộ API đổi tên\", \"effectiveOn\": \""
                    + LocalDate.now(vn.dvk.shared.MovementTime.ZONE)
                    + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Chi bộ API đổi tên"));

    mvc.perform(get("/api/v1/units/" + code + "/history").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.versions[*].change", contains("CREATED", "RENAMED")))
        .andExpect(jsonPath("$.versions[1].changeNote").value("Chi bộ API"));
  }

  @Test
  void anAdministratorMovesAndMergesUnitsOfTheirScope() throws Exception {
    var moved = TestUnits.code("APIM");
    var merged = TestUnits.code("APIG");
    var target = TestUnits.code("APIT");
    for (var code : new String[] {moved, merged, target}) {
      mvc.perform(json(post("/api/v1/units"), ADMIN, newCell(code, "BT.DL.X09")))
          .andExpect(status().isCreated());
    }
    var today = LocalDate.now(vn.dvk.shared.MovementTime.ZONE);
    mvc.perform(
            json(
                post("/api/v1/units/" + moved + "/move"),
                ADMIN,
                "{\"parentCode\": \"BT.DL.X10\", \"effectiveOn\": \"" + today + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parentCode").value("BT.DL.X10"));
    mvc.perform(
            json(
                post("/api/v1/units/" + merged + "/merge"),
                ADMIN,
                "{\"targetCode\": \"" + target + "\", \"effectiveOn\": \"" + today + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(target));
    mvc.perform(get("/api/v1/units/" + merged + "/history").with(httpBasic(ADMIN, "demo")))
        .andExpect(jsonPath("$.successions[0].successorCode").value(target));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/units | {\"code\": \"X\", \"kind\": \"PARTY_CELL\", \"parentCode\": \"BT.TL\","
            + " \"name\": \"Chi bộ\", \"validFrom\": \"2026-01-01\"}",
        "/api/v1/units/BT.TL.GIAAN/rename | {\"name\": \"Xã Mới\", \"effectiveOn\": \"2030-01-01\"}",
        "/api/v1/units/BT.DL.X09/move | {\"parentCode\": \"BT.TL\", \"effectiveOn\": \"2030-01-01\"}",
        "/api/v1/units/BT.TL.GIAAN/merge | {\"targetCode\": \"BT.DL.X09\","
            + " \"effectiveOn\": \"2030-01-01\"}"
      })
  void changesOutsideTheAdministratorsScopeAreNotFound(String path, String body) throws Exception {
    mvc.perform(json(post(path), ADMIN, body)).andExpect(status().isNotFound());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/units | {\"kind\": \"PARTY_CELL\"} | code,name,validFrom",
        "/api/v1/units/BT.DL.X09/rename | {\"name\": \"\"} | effectiveOn,name",
        "/api/v1/units/BT.DL.X09/move | {} | effectiveOn,parentCode",
        "/api/v1/units/BT.DL.X09/merge | {\"targetCode\": \"BT.DL.X10\"} | effectiveOn",
        "/api/v1/units | {\"code\": \"CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC\", \"kind\": \"PARTY_CELL\","
            + " \"name\": \"x\", \"validFrom\": \"2026-01-01\", \"parentCode\":"
            + " \"PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP\"} | code,parentCode"
      })
  void invalidChangesNameEveryField(String path, String body, String fields) throws Exception {
    mvc.perform(json(post(path), ADMIN, body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(fields.split(","))));
  }

  @Test
  void aRuleOfTheHierarchyIsAProblemAndOfficersMayNotChangeUnits() throws Exception {
    mvc.perform(json(post("/api/v1/units"), ADMIN, newCell("BT.DL.X09", "BT.DL")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("units.error.duplicate-code"));
    mvc.perform(json(post("/api/v1/units"), "duclinh", newCell(TestUnits.code("N"), "BT.DL")))
        .andExpect(status().isForbidden());
  }

  private static String newCell(String code, String parent) {
    return """
        {"code": "%s", "name": "Chi bộ API", "kind": "PARTY_CELL", "parentCode": "%s",
         "validFrom": "%s"}
        """
        .formatted(code, parent, START);
  }
}
