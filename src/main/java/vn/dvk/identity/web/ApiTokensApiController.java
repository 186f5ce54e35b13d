package vn.dvk.identity.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.identity.ApiToken;
import vn.dvk.identity.ApiTokens;
import vn.dvk.shared.ForbiddenException;

/**
 * The caller's own personal API tokens. The list never carries a secret; the answer to a creation
 * carries it once ({@code secret}).
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokensApiController {

  private final ApiTokens tokens;

  ApiTokensApiController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** What a client sends to make a token: a name, and the last day it works (none: no end). */
  record TokenRequest(String name, LocalDate expiresOn) {}

  /** A token just made, and its secret, which is not available again. */
  record CreatedToken(@JsonUnwrapped ApiToken token, String secret) {}

  @GetMapping
  List<ApiToken> list() {
    return tokens.mine();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreatedToken create(@RequestBody TokenRequest request, HttpServletRequest http) {
    if (http.getAttribute(ApiTokens.AUTHENTICATED_BY_TOKEN) != null) {
      // A leaked token must not be able to make itself a longer-lived successor.
      throw new ForbiddenException("tokens.error.not-by-token");
    }
    var issued = tokens.issue(request.name(), request.expiresOn());
    return new CreatedToken(issued.token(), issued.secret());
  }

  /** Revokes one of the caller's tokens at once; anyone else's answers 404. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id) {
    tokens.revoke(id);
  }
}
