package dev.league.league.pbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class HyperparameterSpecTest {

    private final SplittableRandom random = new SplittableRandom(1);

    @Test
    void logUniform_defaultsToGeometricMean_andStaysInRange() {
        HyperparameterSpec lr = new HyperparameterSpec("learningRate", "log-uniform", 1e-4, 1e-2, null, null, null);

        assertThat(lr.initial()).isCloseTo(1e-3, org.assertj.core.api.Assertions.within(1e-12));
        int below = 0;
        for (int i = 0; i < 10_000; i++) {
            double value = lr.sample(random);
            assertThat(value).isBetween(1e-4, 1e-2);
            below += value < 1e-3 ? 1 : 0;
        }
        assertThat(below).isBetween(4_700, 5_300);     // half the log-range lies below the geometric mean
    }

    @Test
    void perturb_multipliesByAFactor_andClampsToTheRange() {
        HyperparameterSpec entropy = new HyperparameterSpec("entropy", "uniform", 0.0, 0.1, null, 0.05, null);

        for (int i = 0; i < 100; i++) {
            double value = entropy.perturb(0.05, random);
            assertThat(Math.min(Math.abs(value - 0.04), Math.abs(value - 0.06))).isLessThan(1e-12);
        }
        assertThat(entropy.perturb(0.1, new SplittableRandom(3))).isLessThanOrEqualTo(0.1);
    }

    @Test
    void integer_staysWhole() {
        HyperparameterSpec epochs = new HyperparameterSpec("epochs", "integer", 1.0, 20.0, null, 10.0, null);

        for (int i = 0; i < 100; i++) {
            double value = epochs.perturb(10, random);
            assertThat(value).isIn(8.0, 12.0);
            assertThat(epochs.sample(random) % 1).isZero();
        }
    }

    @Test
    void categorical_stepsToAnAdjacentValue() {
        HyperparameterSpec batch = new HyperparameterSpec("batch", "categorical", null, null, List.of(256.0, 512.0, 1024.0),
                512.0, null);

        for (int i = 0; i < 50; i++) {
            assertThat(batch.perturb(512, random)).isIn(256.0, 1024.0);
            assertThat(batch.perturb(256, random)).isEqualTo(512.0);
            assertThat(batch.perturb(1024, random)).isEqualTo(512.0);
        }
    }

    @Test
    void invalidSpecs_nameFieldValueAndRule() {
        assertThatThrownBy(() -> new HyperparameterSpec("lr", "gaussian", 0.0, 1.0, null, null, null))
                .hasMessage("pbt.hyperparameters.lr.kind must be one of [log-uniform, uniform, integer, categorical], was 'gaussian'");
        assertThatThrownBy(() -> new HyperparameterSpec("lr", "log-uniform", 0.0, 1.0, null, null, null))
                .hasMessage("pbt.hyperparameters.lr.min must be > 0 for log-uniform, was 0.0");
        assertThatThrownBy(() -> new HyperparameterSpec("lr", "uniform", 1.0, 0.5, null, null, null))
                .hasMessage("pbt.hyperparameters.lr needs min < max, was [1.0, 0.5]");
        assertThatThrownBy(() -> new PbtSpec(null, null, null, "fame", null, null, null, null, null, null, null))
                .hasMessage("pbt.objective must be one of [elo, win-rate, reward], was 'fame'");
    }
}
