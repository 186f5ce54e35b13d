package vn.dvk.models.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.models.BulkRegistrationActions;
import vn.dvk.shared.Text;
import vn.dvk.shared.web.ApiInput;

/**
 * Many registrations submitted, approved or returned in one call: each is checked as the single
 * action is, and the answer says, item by item, whether it was done or why it was refused (in the
 * caller's language).
 */
@RestController
class RegistrationActionsApiController {

  private final BulkRegistrationActions bulk;
  private final ApiInput input;
  private final MessageSource messages;

  RegistrationActionsApiController(
      BulkRegistrationActions bulk, ApiInput input, MessageSource messages) {
    this.bulk = bulk;
    this.input = input;
    this.messages = messages;
  }

  /**
   * What to do ({@code submit}, {@code approve}, {@code return}), to which, why, and for a year
   * that is over, the day it happened on paper.
   */
  record ActionsRequest(
      String action, List<Long> ids, @Text(max = 2000) String reason, LocalDate recordedOn) {}

  /** One registration's outcome: done, or refused with the reason. */
  record Result(long id, boolean done, String reason) {}

  record Results(List<Result> results) {}

  @PostMapping("/api/v1/registrations/actions")
  Results act(@RequestBody(required = false) ActionsRequest body, Locale locale) {
    var request = input.valid(body);
    var action = BulkRegistrationActions.action(request.action());
    var outcomes = bulk.apply(action, request.ids(), request.reason(), request.recordedOn());
    return new Results(
        outcomes.stream()
            .map(
                outcome ->
                    new Result(
                        outcome.id(),
                        outcome.done(),
                        outcome.done()
                            ? null
                            : messages.getMessage(
                                outcome.refusal().messageKey(),
                                outcome.refusal().arguments(),
                                locale)))
            .toList());
  }
}
