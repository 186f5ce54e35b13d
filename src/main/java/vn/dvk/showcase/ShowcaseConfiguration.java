package vn.dvk.showcase;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The showcase is read by anyone, often: its catalogue is cached in memory (Caffeine, see {@code
 * spring.cache.*}), its pages are kept whole for visitors who are not signed in ({@link
 * PublicPages}), and its pages and files carry an ETag so that a browser asking again gets 304.
 * Both filters run after the security filters; the ETag is computed outside the kept page.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ShowcaseConfiguration {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> showcaseEtags() {
    var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    // Pages and open data; not the photos, which are not worth buffering and hashing.
    registration.addUrlPatterns(
        "/showcase",
        "/showcase/models/*",
        "/showcase/figures",
        "/showcase/data",
        "/showcase/data/*");
    registration.setName("showcaseEtags");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    return registration;
  }

  @Bean
  PublicPages publicPages(LocaleResolver locales) {
    return new PublicPages(locales);
  }

  /** The HTML pages only: photos and open-data files are never kept, so never buffered either. */
  @Bean
  FilterRegistrationBean<PublicPages> publicPagesFilter(PublicPages pages) {
    var registration = new FilterRegistrationBean<>(pages);
    registration.addUrlPatterns(
        "/showcase", "/showcase/models/*", "/showcase/figures", "/showcase/data");
    registration.setName("showcasePublicPages");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
