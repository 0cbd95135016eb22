package dev.league.scenarios;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.league.scenarios.duel.SignalDuelSpec;
import dev.league.scenarios.shooter.ShooterSpec;
import java.util.List;

/** Settings of one game; the YAML field {@code type} selects the implementation. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SignalDuelSpec.class, name = SignalDuelSpec.TYPE),
    @JsonSubTypes.Type(value = ShooterSpec.class, name = ShooterSpec.TYPE)
})
public interface GameSpec extends java.io.Serializable {

    /** The values allowed for {@code game.type}. */
    List<String> TYPES = List.of(SignalDuelSpec.TYPE, ShooterSpec.TYPE);

    EnvironmentSpec environmentSpec(String scenarioName);

    /** A fresh simulation copy of {@code scenario} (whose game this is). */
    Simulation newSimulation(ScenarioSpec scenario);
}
