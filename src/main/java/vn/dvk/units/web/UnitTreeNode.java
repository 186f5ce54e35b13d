package vn.dvk.units.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.units.UnitView;

/** A unit with the units below it, for drawing the tree. */
record UnitTreeNode(UnitView unit, List<UnitTreeNode> children) {

  /** Builds the tree below {@code rootCode} from a subtree's versions (all valid on one date). */
  static UnitTreeNode of(String rootCode, List<UnitView> subtree) {
    Map<String, List<UnitView>> byParent = new HashMap<>();
    UnitView root = null;
    for (var unit : subtree) {
      if (unit.code().equals(rootCode)) {
        root = unit;
      } else {
        byParent.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit);
      }
    }
    return root == null ? null : build(root, byParent);
  }

  private static UnitTreeNode build(UnitView unit, Map<String, List<UnitView>> byParent) {
    var children = new ArrayList<UnitTreeNode>();
    for (var child : byParent.getOrDefault(unit.code(), List.of())) {
      children.add(build(child, byParent));
    }
    children.sort(Comparator.comparing(UnitTreeNode::unit, UnitView.OFFICIAL_ORDER));
    return new UnitTreeNode(unit, children);
  }

  public int size() {
    return 1 + children.stream().mapToInt(UnitTreeNode::size).sum();
  }
}
