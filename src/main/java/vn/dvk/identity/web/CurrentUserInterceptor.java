package vn.dvk.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dvk.identity.Scope;
import vn.dvk.shared.web.RenderedPages;
import vn.dvk.units.Units;

/**
 * Gives every rendered page ({@code ModelAndView}, error pages included) the signed-in user, their
 * unit and the menu entry the page belongs to, for the navigation; API responses are left alone.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final Scope scope;
  private final Units units;

  CurrentUserInterceptor(Scope scope, Units units) {
    this.scope = scope;
    this.units = units;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (!RenderedPages.renders(page)) {
      return;
    }
    page.addObject(
        "navSection",
        NavSection.of(request.getRequestURI().substring(request.getContextPath().length())));
    scope
        .currentUser()
        .ifPresent(
            me -> {
              page.addObject("me", me);
              page.addObject(
                  "meUnit", units.findOnOrLatest(me.unitCode(), units.today()).orElse(null));
            });
  }
}
