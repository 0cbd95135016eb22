package dev.league.scenarios;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.league.scenarios.duel.SignalDuelSpec;
import dev.league.scenarios.predatorprey.PredatorPreySpec;
import dev.league.scenarios.shooter.ShooterSpec;
import dev.league.scenarios.smac.SmacSpec;
import java.util.List;

/** Settings of one game; the YAML field {@code type} selects the implementation. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SignalDuelSpec.class, name = SignalDuelSpec.TYPE),
    @JsonSubTypes.Type(value = SmacSpec.class, name = SmacSpec.TYPE),
    @JsonSubTypes.Type(value = ShooterSpec.class, name = ShooterSpec.TYPE),
    @JsonSubTypes.Type(value = PredatorPreySpec.class, name = PredatorPreySpec.TYPE)
})
public interface GameSpec extends java.io.Serializable {

    /** The values allowed for {@code game.type}. */
    List<String> TYPES = List.of(SignalDuelSpec.TYPE, SmacSpec.TYPE, ShooterSpec.TYPE, PredatorPreySpec.TYPE);

    EnvironmentSpec environmentSpec(String scenarioName);

    /** A fresh simulation copy of {@code scenario} (whose game this is). */
    Simulation newSimulation(ScenarioSpec scenario);
}
