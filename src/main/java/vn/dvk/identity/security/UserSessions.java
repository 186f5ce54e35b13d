package vn.dvk.identity.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in sessions of a user, wherever they are (Spring Session keeps them by user name). */
@Component
public class UserSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  /**
   * Ends every session of the user but the one making this request (the user who changes their own
   * password stays signed in there). Returns how many were ended.
   */
  public int endOthers(String username) {
    var repository = sessions.getIfAvailable();
    if (repository == null) {
      return 0;
    }
    var current = currentSessionId();
    var ended = 0;
    for (var id : repository.findByPrincipalName(username).keySet()) {
      if (!id.equals(current)) {
        repository.deleteById(id);
        ended++;
      }
    }
    return ended;
  }

  private static String currentSessionId() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      var session = request.getRequest().getSession(false);
      return session == null ? null : session.getId();
    }
    return null;
  }
}
