package vn.dvk.shared.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Links in templates go through the resource chain (which turns {@code /webjars/bootstrap/…} into
 * the versioned file) only when they point at static files. Every other link — to a page, a model,
 * a photo — used to be looked up on the class path as a possible static file on every rendering, a
 * known cost of the chain (spring-framework#34014): a page of 24 cards spent most of its time
 * there.
 */
@Component
class StaticLinkBuilder extends StandardLinkBuilder {

  static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon");

  StaticLinkBuilder(SpringTemplateEngine templates) {
    templates.setLinkBuilder(this);
  }

  @Override
  protected String processLink(IExpressionContext context, String link) {
    if (context instanceof IWebContext web) {
      var base = web.getExchange().getRequest().getApplicationPath();
      var path = link.startsWith(base) ? link.substring(base.length()) : link;
      if (STATIC.stream().noneMatch(path::startsWith)) {
        return link;
      }
    }
    return super.processLink(context, link);
  }
}
