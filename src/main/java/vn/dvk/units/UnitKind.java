package vn.dvk.units;

import java.util.EnumSet;
import java.util.Set;

/** What a unit is; each kind belongs to one or more levels. */
public enum UnitKind {
  /** The country: a root above the provinces (used for national data sets). */
  NATION(Level.CENTRAL),
  PROVINCE(Level.PROVINCE),
  CITY(Level.DISTRICT),
  TOWN(Level.DISTRICT),
  DISTRICT(Level.DISTRICT),
  PARTY_COMMITTEE_UNDER_PROVINCE(Level.DISTRICT),
  FRONT_OR_ORGANIZATION(Level.PROVINCE, Level.DISTRICT, Level.GRASSROOTS),
  COMMUNE(Level.GRASSROOTS),
  WARD(Level.GRASSROOTS),
  TOWNSHIP(Level.GRASSROOTS),
  /** A special zone (đặc khu): an island commune-level unit since 1 July 2025. */
  SPECIAL_ZONE(Level.GRASSROOTS),
  AGENCY(Level.GRASSROOTS, Level.DISTRICT, Level.PROVINCE),
  PARTY_CELL(Level.GRASSROOTS);

  private final Level defaultLevel;
  private final Set<Level> levels;

  UnitKind(Level defaultLevel, Level... otherLevels) {
    this.defaultLevel = defaultLevel;
    this.levels = EnumSet.of(defaultLevel, otherLevels);
  }

  public Level defaultLevel() {
    return defaultLevel;
  }

  public boolean allows(Level level) {
    return levels.contains(level);
  }

  /**
   * The “district-level units” of the yearly figures: the party committees of the districts, towns
   * and the city, and those directly under the province. The Fatherland Front and the
   * socio-political organizations are not counted among them.
   */
  public boolean isDistrictLevelPartyCommittee() {
    return this == CITY
        || this == TOWN
        || this == DISTRICT
        || this == PARTY_COMMITTEE_UNDER_PROVINCE;
  }

  /** A unit that may stand at the root of the tree, without a parent. */
  public boolean mayBeRoot() {
    return this == NATION || this == PROVINCE;
  }

  /** Communes, wards, townships and special zones: the grassroots administrative units. */
  public boolean isCommuneLevelArea() {
    return this == COMMUNE || this == WARD || this == TOWNSHIP || this == SPECIAL_ZONE;
  }
}
