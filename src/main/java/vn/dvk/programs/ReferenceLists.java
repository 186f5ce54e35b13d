package vn.dvk.programs;

import static vn.dvk.shared.Texts.blankToNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.programs.domain.ReferenceRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;

/** The fields, movements and indicators that models refer to by code. */
@Service
@Transactional(readOnly = true)
public class ReferenceLists {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

  private final ReferenceRepository repository;

  ReferenceLists(ReferenceRepository repository) {
    this.repository = repository;
  }

  public List<ReferenceItem> all(ReferenceList list) {
    return repository.findInOrder(list.name());
  }

  public List<ReferenceItem> active(ReferenceList list) {
    return all(list).stream().filter(ReferenceItem::active).toList();
  }

  /** Every item of a list by its code (inactive ones too: old records still name them). */
  public Map<String, ReferenceItem> byCode(ReferenceList list) {
    var items = new LinkedHashMap<String, ReferenceItem>();
    all(list).forEach(item -> items.put(item.code(), item));
    return items;
  }

  public Optional<ReferenceItem> find(ReferenceList list, String code) {
    return code == null ? Optional.empty() : repository.findByListAndCode(list, code);
  }

  public ReferenceItem get(ReferenceList list, String code) {
    return find(list, code)
        .orElseThrow(
            () -> new NotFoundException("reference.error.not-found", String.valueOf(code)));
  }

  /** Whether {@code code} names an active item: new data may only use active items. */
  public boolean isActive(ReferenceList list, String code) {
    return find(list, code).map(ReferenceItem::active).orElse(false);
  }

  @Transactional
  public ReferenceItem add(ReferenceItem item) {
    var code = item.code() == null ? "" : item.code().trim().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new BusinessRuleException("reference.error.code-format");
    }
    if (find(item.list(), code).isPresent()) {
      throw new BusinessRuleException("reference.error.duplicate-code", code);
    }
    requireName(item);
    return repository.save(
        new ReferenceItem(
            0,
            item.list(),
            code,
            item.nameVi().trim(),
            blankToNull(item.nameEn()),
            blankToNull(item.nameHe()),
            item.list().hasMeasure() ? blankToNull(item.measureVi()) : null,
            item.list().hasMeasure() ? blankToNull(item.measureEn()) : null,
            item.list().hasMeasure() ? blankToNull(item.measureHe()) : null,
            repository.nextPosition(item.list().name()),
            true,
            null));
  }

  /**
   * Changes an item's names, position or activity, as of the version its editor saw; its code never
   * changes.
   */
  @Transactional
  public ReferenceItem update(ReferenceItem item) {
    var current = get(item.list(), item.code());
    requireName(item);
    if (current.id() != item.id()) {
      throw new ConflictException("reference.error.concurrent-change", item.code());
    }
    try {
      return repository.save(item);
    } catch (OptimisticLockingFailureException changed) {
      throw new ConflictException("reference.error.concurrent-change", item.code());
    }
  }

  private static void requireName(ReferenceItem item) {
    if (item.nameVi() == null || item.nameVi().isBlank()) {
      throw new BusinessRuleException("reference.error.name-required");
    }
  }
}
