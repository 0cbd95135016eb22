package dev.league.matchmaking;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Builds a {@link MatchmakingSpec} from component names, as the YAML mapping does (test helper). */
public final class Specs {

    private Specs() {}

    /** The defaults with the named components replaced; validation errors propagate unwrapped. */
    public static MatchmakingSpec with(Map<String, ?> values) {
        RecordComponent[] components = MatchmakingSpec.class.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Map<String, Object> remaining = new HashMap<>(values);
        for (int i = 0; i < components.length; i++) {
            arguments[i] = remaining.remove(components[i].getName());
        }
        if (!remaining.isEmpty()) {
            throw new AssertionError("no such MatchmakingSpec components: " + remaining.keySet());
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return MatchmakingSpec.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    public static MatchmakingSpec with(String component, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(component, value);
        return with(values);
    }
}
