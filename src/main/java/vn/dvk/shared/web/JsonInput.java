package vn.dvk.shared.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How JSON requests are read: a {@code null} inside a list ({@code "photoIds": [null]}) is refused
 * as unreadable input (400), never handed to the code as an element to trip over. (Maps may hold
 * nulls: the audit's snapshots do.)
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

  @Bean
  JsonMapperBuilderCustomizer noNullElements() {
    var noNulls = JsonSetter.Value.forContentNulls(Nulls.FAIL);
    return builder -> {
      for (var type : List.of(List.class, Set.class, Collection.class)) {
        builder.withConfigOverride(type, override -> override.setNullHandling(noNulls));
      }
    };
  }
}
