package vn.dvk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.Violations;

/**
 * Submits, approves or returns many registrations at once. Each is taken through {@link
 * Registrations#act} — the same rules, the same audit entry — under a savepoint of its own, so that
 * a refused one changes nothing and the others go on. A registration that does not exist and one
 * out of the reader's scope are refused alike, as not found.
 */
@Service
public class BulkRegistrationActions {

  /** The most registrations one request may act on. */
  public static final int MAX_ITEMS = 1_000;

  /** The actions that can be taken in bulk. */
  public static final Set<RegistrationAction> ACTIONS =
      Set.of(RegistrationAction.SUBMIT, RegistrationAction.APPROVE, RegistrationAction.RETURN);

  /** What became of one registration: done, or refused with why. */
  public record Outcome(long id, boolean done, LocalizedException refusal) {}

  private final Registrations registrations;
  private final RegistrationRepository rows;
  private final ModelAccess access;
  private final TransactionTemplate savepoint;

  BulkRegistrationActions(
      Registrations registrations,
      RegistrationRepository rows,
      ModelAccess access,
      PlatformTransactionManager transactions) {
    this.registrations = registrations;
    this.rows = rows;
    this.access = access;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The action a request names (submit, approve or return); refused as invalid otherwise. */
  public static RegistrationAction action(String name) {
    var action =
        name == null || name.isBlank()
            ? null
            : ACTIONS.stream()
                .filter(each -> each.name().equals(name.trim().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    Violations.check().when(action == null, "action", "models.bulk.action-unknown").refuseAny();
    return action;
  }

  /**
   * Takes each registration (given by id; repeats count once) one step, in the order given. The
   * request is refused whole when the user may not read models (403: what exists is not told item
   * by item to them), and when it names none, more than {@link #MAX_ITEMS}, or returns without a
   * reason (422).
   */
  @Transactional
  public List<Outcome> apply(RegistrationAction action, Collection<Long> ids, String reason) {
    return apply(action, ids, reason, null);
  }

  /**
   * The same, for a year that is over entered after the fact: each move keeps {@code recordedOn},
   * the day it happened on paper ({@link Registrations#act(long, int, RegistrationAction, String,
   * LocalDate)}).
   */
  @Transactional
  public List<Outcome> apply(
      RegistrationAction action, Collection<Long> ids, String reason, LocalDate recordedOn) {
    access.reader();
    var distinct = new LinkedHashSet<Long>(ids == null ? List.of() : ids);
    distinct.remove(null);
    Violations.check()
        .when(!ACTIONS.contains(action), "action", "models.bulk.action-unknown")
        .when(distinct.isEmpty(), "ids", "models.bulk.none-selected")
        .when(distinct.size() > MAX_ITEMS, "ids", "models.bulk.too-many", MAX_ITEMS)
        .when(
            action == RegistrationAction.RETURN && (reason == null || reason.isBlank()),
            "reason",
            "models.error.reason-required")
        .refuseAny();
    var found = rows.byIds(distinct);
    var outcomes = new ArrayList<Outcome>(distinct.size());
    for (var id : distinct) {
      outcomes.add(one(id, found.get(id), action, reason, recordedOn));
    }
    return outcomes;
  }

  private Outcome one(
      long id,
      RegistrationView registration,
      RegistrationAction action,
      String reason,
      LocalDate recordedOn) {
    try {
      if (registration == null) {
        throw notFound(id);
      }
      savepoint.executeWithoutResult(
          status ->
              registrations.act(
                  registration.modelId(), registration.year(), action, reason, recordedOn));
      return new Outcome(id, true, null);
    } catch (NotFoundException hidden) {
      // The model's id is not told: out of scope reads as missing.
      return new Outcome(id, false, notFound(id));
    } catch (LocalizedException refused) {
      return new Outcome(id, false, refused);
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("models.error.registration-not-found", String.valueOf(id));
  }

  /** How many of the outcomes were done. */
  public static long done(List<Outcome> outcomes) {
    return outcomes.stream().filter(Outcome::done).count();
  }
}
