package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/** The JVM-wide set of {@link GroupListener}s; the forked test JVM of the plugin registers one. */
@API(status = INTERNAL, since = "0.1")
public final class GroupListeners {

  private static final List<GroupListener> LISTENERS = new CopyOnWriteArrayList<>();

  private GroupListeners() {}

  public static void register(GroupListener listener) {
    LISTENERS.add(listener);
  }

  public static void unregister(GroupListener listener) {
    LISTENERS.remove(listener);
  }

  static void publish(Consumer<GroupListener> event) {
    for (GroupListener listener : LISTENERS) {
      event.accept(listener);
    }
  }
}
