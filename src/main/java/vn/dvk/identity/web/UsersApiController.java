package vn.dvk.identity.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.identity.AccountAccess;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccount;
import vn.dvk.identity.UserAccounts;
import vn.dvk.identity.domain.InitialPasswords;
import vn.dvk.shared.RequiredText;
import vn.dvk.shared.Text;
import vn.dvk.shared.Texts;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiPage;

/**
 * The users of the administrator's subtree over JSON, with the same rules, scope and audit as the
 * user pages (all checked by the services): out of scope reads as 404, without the right 403, a
 * stale {@code version} 409. A password the system chooses is answered once, as {@code
 * temporaryPassword}, and must be changed at the first sign-in.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersApiController {

  private final UserAccounts accounts;
  private final AccountAccess access;
  private final ApiInput input;

  UsersApiController(UserAccounts accounts, AccountAccess access, ApiInput input) {
    this.accounts = accounts;
    this.access = access;
    this.input = input;
  }

  record UserJson(
      String username,
      String displayName,
      Role role,
      String unitCode,
      String email,
      boolean active,
      boolean locked,
      boolean passwordChangeRequired,
      int version) {

    static UserJson of(UserAccount user) {
      return new UserJson(
          user.username(),
          user.displayName(),
          user.role(),
          user.unitCode(),
          user.email(),
          user.enabled(),
          user.lockedByAdministrator(),
          user.passwordChangeRequired(),
          user.version());
    }
  }

  /** A user just created, or a password just reset: the password the system chose, shown once. */
  record CreatedUserJson(@JsonUnwrapped UserJson user, String temporaryPassword) {}

  record PasswordResetJson(String username, String temporaryPassword) {}

  /** Without {@code password}, the system chooses one; {@code active} is true unless given. */
  record NewUserRequest(
      @RequiredText(max = 60) String username,
      @Text(max = 120) String displayName,
      @NotNull(message = "{validation.required}") Role role,
      @RequiredText(max = 40) String unitCode,
      @Email(message = "{validation.email}") @Text(max = 200) String email,
      Boolean active,
      @Text(max = 72) String password) {}

  record UserUpdate(
      @Text(max = 120) String displayName,
      @NotNull(message = "{validation.required}") Role role,
      @RequiredText(max = 40) String unitCode,
      @Email(message = "{validation.email}") @Text(max = 200) String email,
      @NotNull(message = "{validation.required}") Boolean active,
      @NotNull(message = "{validation.required}") Integer version) {}

  /**
   * {@code unit} limits the answer to one unit's users, {@code role} to one role, {@code active} to
   * users who may (or may not) sign in, {@code q} to user or display names holding it.
   */
  @GetMapping
  ApiPage<UserJson> list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean active,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    var words = Texts.blankToNull(q) == null ? null : q.trim().toLowerCase(Locale.ROOT);
    List<UserJson> matching =
        accounts.administered().stream()
            .filter(u -> Texts.blankToNull(unit) == null || u.unitCode().equals(unit.trim()))
            .filter(u -> role == null || u.role() == role)
            .filter(u -> active == null || u.enabled() == active)
            .filter(u -> words == null || mentions(u, words))
            .map(UserJson::of)
            .toList();
    return ApiPage.slice(matching, page, size);
  }

  @GetMapping("/{username}")
  UserJson one(@PathVariable String username) {
    return UserJson.of(accounts.administered(username));
  }

  @PostMapping
  ResponseEntity<CreatedUserJson> create(@RequestBody(required = false) NewUserRequest request) {
    var valid = input.valid(request);
    var chosen = Texts.blankToNull(valid.password()) == null ? InitialPasswords.next() : null;
    var created =
        accounts.create(
            new NewUserAccount(
                valid.username(),
                valid.displayName(),
                valid.email(),
                valid.role(),
                valid.unitCode(),
                chosen == null ? valid.password() : chosen),
            !Boolean.FALSE.equals(valid.active()));
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
        .body(new CreatedUserJson(UserJson.of(created), chosen));
  }

  @PutMapping("/{username}")
  UserJson update(@PathVariable String username, @RequestBody(required = false) UserUpdate body) {
    var valid = input.valid(body);
    var user = accounts.administered(username);
    return UserJson.of(
        accounts.update(
            user.id(),
            valid.version(),
            valid.displayName(),
            valid.email(),
            valid.role(),
            valid.unitCode(),
            valid.active()));
  }

  /** Locks the account until an administrator unlocks it. */
  @PostMapping("/{username}/lock")
  UserJson lock(@PathVariable String username) {
    return UserJson.of(access.lock(username));
  }

  /** Lifts the administrator's lock and the wait after failed sign-ins. */
  @PostMapping("/{username}/unlock")
  UserJson unlock(@PathVariable String username) {
    return UserJson.of(access.unlock(username));
  }

  /** A new temporary password, answered once; the user's sessions and tokens end. */
  @PostMapping("/{username}/password-reset")
  PasswordResetJson resetPassword(@PathVariable String username) {
    return new PasswordResetJson(username, access.resetPassword(username));
  }

  private static boolean mentions(UserAccount user, String words) {
    return user.username().contains(words)
        || (user.displayName() != null
            && user.displayName().toLowerCase(Locale.ROOT).contains(words));
  }
}
