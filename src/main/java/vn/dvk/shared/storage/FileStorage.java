package vn.dvk.shared.storage;

import java.util.Optional;

/**
 * Where uploaded files live. The default keeps them in the database ({@link DatabaseFileStorage});
 * an object store can take its place behind the same interface when the files outgrow it.
 */
public interface FileStorage {

  /** Stores the content and returns the key to read it back with. */
  String put(byte[] content);

  Optional<byte[]> get(String key);
}
