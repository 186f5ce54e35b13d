package vn.dvk.shared.web;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** What interceptors adding to a page's model ask first: whether a page is rendered at all. */
public final class RenderedPages {

  private RenderedPages() {}

  /**
   * Whether the handler renders a page: not an API answer (no view), and not a redirect, whose
   * address would carry anything added to the model.
   */
  public static boolean renders(ModelAndView page) {
    return page != null
        && !(page.getView() instanceof RedirectView)
        && (page.getViewName() == null || !page.getViewName().startsWith("redirect:"));
  }
}
