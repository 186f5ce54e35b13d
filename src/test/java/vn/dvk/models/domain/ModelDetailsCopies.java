package vn.dvk.models.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import vn.dvk.models.ModelDetails;

/** A model's details with one property changed, for tests of the rules of each property. */
final class ModelDetailsCopies {

  private ModelDetailsCopies() {}

  static ModelDetails with(ModelDetails details, String property, Object value) {
    var components = ModelDetails.class.getRecordComponents();
    if (Arrays.stream(components).noneMatch(c -> c.getName().equals(property))) {
      throw new IllegalArgumentException("no property " + property);
    }
    var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    var values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] =
            components[i].getName().equals(property)
                ? value
                : components[i].getAccessor().invoke(details);
      }
      return ModelDetails.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException broken) {
      throw new IllegalStateException(
          broken instanceof InvocationTargetException target ? target.getCause() : broken);
    }
  }
}
