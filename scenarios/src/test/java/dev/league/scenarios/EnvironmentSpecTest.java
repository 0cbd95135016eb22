package dev.league.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class EnvironmentSpecTest {

    @Test
    void plainDiscreteSpace_hasOneComponent() {
        EnvironmentSpec spec = new EnvironmentSpec("s", List.of(0, 1), 4, 8, 5, 10);

        assertThat(spec.actionComponents()).containsExactly(5);
    }

    @Test
    void actionComponents_mustMultiplyToTheFlatActionCount() {
        assertThat(new EnvironmentSpec("s", List.of(0, 1), 4, 8, 12, 10, List.of(3, 2, 2)).actionComponents())
                .containsExactly(3, 2, 2);
        assertThatThrownBy(() -> new EnvironmentSpec("s", List.of(0, 1), 4, 8, 12, 10, List.of(3, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment.actionComponents [3, 2] must multiply to environment.actions 12");
        assertThatThrownBy(() -> new EnvironmentSpec("s", List.of(0, 1), 4, 8, 12, 10, List.of(12, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment.actionComponents must be >= 1 each, was [12, 0]");
    }
}
