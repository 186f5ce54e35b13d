package vn.dvk.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The labels an error summary names a form's fields by, for a form with a field per item of a list
 * ({@code ${@fieldLabels.with(labels, 'targets.', codes, names)}} in a template), which an inline
 * map of the template cannot list.
 */
@Component("fieldLabels")
public class FieldLabels {

  /** The labels given, and each item's label under the field {@code prefix + key}. */
  public Map<String, String> with(
      Map<String, String> labels, String prefix, List<?> keys, List<String> itemLabels) {
    var all = new LinkedHashMap<String, String>(labels);
    for (int i = 0; i < Math.min(keys.size(), itemLabels.size()); i++) {
      all.put(prefix + keys.get(i), itemLabels.get(i));
    }
    return all;
  }
}
