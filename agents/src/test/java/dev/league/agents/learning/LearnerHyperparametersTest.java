package dev.league.agents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class LearnerHyperparametersTest {

    @Test
    void defaults_areSampleFactoryAppoDefaults() {
        assertThat(LearnerHyperparameters.defaults())
                .isEqualTo(new LearnerHyperparameters(1e-4, 0.003, 0.1, 0.99, 0.95, 1.0, 1.0, 0.5, 4.0));
    }

    @Test
    void constructor_invalidValues_nameFieldValueAndRule() {
        LearnerHyperparameters d = LearnerHyperparameters.defaults();
        assertThatThrownBy(() -> d.withLearningRate(-1)).hasMessage("learner.learningRate must be finite and > 0, was -1.0");
        assertThatThrownBy(() -> d.withDiscount(1.2)).hasMessage("learner.discount must be in [0, 1], was 1.2");
        assertThatThrownBy(() -> d.withEntropyCoefficient(Double.NaN))
                .hasMessage("learner.entropyCoefficient must be finite and >= 0, was NaN");
        assertThatThrownBy(() -> new LearnerHyperparameters(1e-4, 0, 0.1, 0.99, 0.95, 1.0, 2.0, 0.5, 4))
                .hasMessage("learner.cBar must be <= learner.rhoBar (1.0), was 2.0");
        assertThatThrownBy(() -> new LearnerHyperparameters(1e-4, 0, 0.1, 0.99, 0.95, 1.0, 1.0, 0.5, 0))
                .hasMessage("learner.maxGradNorm must be finite and > 0, was 0.0");
    }
}
