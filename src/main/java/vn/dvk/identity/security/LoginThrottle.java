package vn.dvk.identity.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.domain.LoginFailures;
import vn.dvk.identity.domain.LoginThrottleRepository;

/**
 * Failed sign-ins, counted for the account from one source address and for the address alone. A
 * stranger who fails on purpose only makes their own address wait: the owner signs in from theirs,
 * and personal API tokens are never affected. Every instance shares the counts (in the database).
 */
@Component
class LoginThrottle {

  private static final int MAX_NAME = 60;

  private final LoginThrottleRepository throttles;
  private final LockoutProperties settings;
  private final TransactionTemplate transactions;
  private final Clock clock;

  LoginThrottle(
      LoginThrottleRepository throttles,
      LockoutProperties settings,
      TransactionTemplate transactions,
      Clock clock) {
    this.throttles = throttles;
    this.settings = settings;
    this.transactions = transactions;
    this.clock = clock;
  }

  boolean blocked(String username, String address) {
    return throttles.anyBlocked(
        List.of(accountSubject(username, address), addressSubject(address)), clock.instant());
  }

  void failed(String username, String address) {
    try {
      countFailure(username, address);
    } catch (DuplicateKeyException concurrent) {
      // Another instance counted the same subject's first failure at the same moment.
      countFailure(username, address);
    }
  }

  private void countFailure(String username, String address) {
    var name = name(username);
    transactions.executeWithoutResult(
        status -> {
          count(accountSubject(name, address), name, address, settings.maxAttempts());
          count(
              addressSubject(address),
              null,
              address,
              settings.maxAttempts() * settings.addressFactor());
        });
  }

  void succeeded(String username, String address) {
    throttles.delete(accountSubject(username, address));
  }

  private void count(String subject, String username, String address, int limit) {
    var now = clock.instant();
    var existing = throttles.lock(subject);
    var next =
        existing
            .orElseGet(LoginFailures::none)
            .afterFailure(now, limit, settings.resetAfter(), settings::waitAfter);
    if (existing.isPresent()) {
      throttles.update(subject, next);
      return;
    }
    throttles.prune(now.minus(settings.resetAfter()), now);
    throttles.insert(subject, username, address, next);
  }

  private static String accountSubject(String username, String address) {
    return "account:" + name(username) + "@" + address;
  }

  private static String addressSubject(String address) {
    return "address:" + address;
  }

  /** The name as it is looked up (trimmed, lower case), cut to the longest a user name can be. */
  private static String name(String username) {
    var name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
  }
}
