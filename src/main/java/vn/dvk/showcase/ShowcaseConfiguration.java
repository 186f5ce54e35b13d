package vn.dvk.showcase;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The showcase is read by anyone, often: its catalogue is cached in memory (Caffeine, see {@code
 * spring.cache.*}), and its pages and files carry an ETag so that a browser asking again gets 304.
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
    return registration;
  }
}
