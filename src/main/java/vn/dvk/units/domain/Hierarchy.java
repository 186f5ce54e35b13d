package vn.dvk.units.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvk.units.UnitView;

/**
 * The tree as it stood on one date: each unit's version valid on that date. A restructure plan
 * changes it in memory ({@link #put}, {@link #remove}) to judge each of its changes against the
 * tree its earlier changes left.
 */
public final class Hierarchy {

  private final LocalDate date;
  private final Map<String, UnitView> byCode = new HashMap<>();
  private final Map<String, List<UnitView>> childrenByParent = new HashMap<>();

  public Hierarchy(LocalDate date, List<UnitView> versions) {
    this.date = date;
    for (var version : versions) {
      if (version.isValidOn(date)) {
        byCode.put(version.code(), version);
      }
    }
    for (var version : byCode.values()) {
      if (version.parentCode() != null) {
        childrenByParent.computeIfAbsent(version.parentCode(), p -> new ArrayList<>()).add(version);
      }
    }
  }

  /** Puts a unit's version in place of the one it had (or adds it), under its parent. */
  void put(UnitView version) {
    remove(version.code());
    byCode.put(version.code(), version);
    if (version.parentCode() != null) {
      childrenByParent.computeIfAbsent(version.parentCode(), p -> new ArrayList<>()).add(version);
    }
  }

  /** Takes a unit out of the tree; its children stay listed under its code until moved. */
  void remove(String code) {
    var old = byCode.remove(code);
    if (old != null && old.parentCode() != null) {
      childrenByParent.getOrDefault(old.parentCode(), new ArrayList<>()).remove(old);
    }
  }

  public LocalDate date() {
    return date;
  }

  public Optional<UnitView> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public List<UnitView> childrenOf(String code) {
    return childrenByParent.getOrDefault(code, List.of());
  }

  /** Whether {@code code} is {@code ancestor} or lies anywhere below it. */
  public boolean isUnder(String code, String ancestor) {
    var seen = new HashSet<String>();
    var current = byCode.get(code);
    while (current != null && seen.add(current.code())) {
      if (current.code().equals(ancestor)) {
        return true;
      }
      current = current.parentCode() == null ? null : byCode.get(current.parentCode());
    }
    return false;
  }

  /** Putting {@code code} under {@code newParent} would make a unit its own ancestor. */
  public boolean wouldCreateCycle(String code, String newParent) {
    return isUnder(newParent, code);
  }

  /** The unit and everything below it, parents before children. */
  public List<UnitView> subtree(String root) {
    var result = new ArrayList<UnitView>();
    var seen = new HashSet<String>();
    var pending = new ArrayList<UnitView>();
    find(root).ifPresent(pending::add);
    while (!pending.isEmpty()) {
      var unit = pending.remove(0);
      if (seen.add(unit.code())) {
        result.add(unit);
        pending.addAll(childrenOf(unit.code()));
      }
    }
    return result;
  }

  public Set<String> codes() {
    return byCode.keySet();
  }
}
