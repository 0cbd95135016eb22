package dev.league.agents.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.agents.nn.FiniteDifferences;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

final class MultiDiscreteTest {

    /** The shooter's tuple shape: move 3 × strafe 3 × turn 3 × fire 2 = 54 flat actions. */
    private final MultiDiscrete shooter = new MultiDiscrete(List.of(3, 3, 3, 2));

    private static double[] randomLogits(int size, SplittableRandom random) {
        double[] logits = new double[size];
        for (int i = 0; i < size; i++) {
            logits[i] = random.nextGaussian() * 1.5;
        }
        return logits;
    }

    private static boolean[] randomMask(int size, SplittableRandom random) {
        boolean[] mask = new boolean[size];
        for (int i = 0; i < size; i++) {
            mask[i] = random.nextDouble() < 0.3;
        }
        mask[random.nextInt(size)] = true;
        return mask;
    }

    @Test
    void flatIndex_isMixedRadixFirstComponentMostSignificant_andRoundTrips() {
        assertThat(shooter.flatSize()).isEqualTo(54);
        assertThat(shooter.logitSize()).isEqualTo(11);
        assertThat(shooter.flatIndex(1, 2, 0, 1)).isEqualTo(((1 * 3 + 2) * 3 + 0) * 2 + 1);
        for (int flat = 0; flat < 54; flat++) {
            assertThat(shooter.flatIndex(shooter.components(flat))).isEqualTo(flat);
        }
        assertThatThrownBy(() -> shooter.flatIndex(0, 3, 0, 0)).hasMessageContaining("component 1 must be in [0, 3), was 3");
    }

    @Test
    void sample_neverChoosesMaskedAction_overManyDraws() {
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 200; trial++) {
            double[] logits = randomLogits(shooter.logitSize(), random);
            boolean[] mask = randomMask(54, random);
            for (int draw = 0; draw < 100; draw++) {
                assertThat(mask[shooter.sample(logits, 0, mask, 0, random)]).isTrue();
            }
        }
    }

    @Test
    void logProbabilities_sumToOneOverAllowedActions_andMatchSampleFrequencies() {
        SplittableRandom random = new SplittableRandom(2);
        double[] logits = randomLogits(shooter.logitSize(), random);
        boolean[] mask = randomMask(54, random);
        double total = 0;
        double[] probabilities = new double[54];
        for (int flat = 0; flat < 54; flat++) {
            if (mask[flat]) {
                probabilities[flat] = Math.exp(shooter.evaluate(logits, 0, mask, 0, flat, 0, 0, null).logProbability());
                total += probabilities[flat];
            }
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));

        int draws = 40_000;
        int[] counts = new int[54];
        for (int draw = 0; draw < draws; draw++) {
            counts[shooter.sample(logits, 0, mask, 0, random)]++;
        }
        for (int flat = 0; flat < 54; flat++) {
            double expected = probabilities[flat] * draws;
            assertThat((double) counts[flat]).isCloseTo(expected, within(5 * Math.sqrt(expected + 1)));
        }
    }

    @Test
    void evaluate_gradients_matchFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(3);
        double[] logits = randomLogits(shooter.logitSize(), random);
        boolean[] mask = randomMask(54, random);
        int action = shooter.sample(logits, 0, mask, 0, random);
        double dLogProbability = 0.7;
        double dEntropy = -0.3;
        double[] gradients = new double[logits.length];
        shooter.evaluate(logits, 0, mask, 0, action, dLogProbability, dEntropy, gradients);

        var values = Nd4j.createFromArray(logits);
        FiniteDifferences.check(values, Nd4j.createFromArray(gradients), () -> {
            MultiDiscrete.Evaluation e = shooter.evaluate(values.toDoubleVector(), 0, mask, 0, action, 0, 0, null);
            return dLogProbability * e.logProbability() + dEntropy * e.entropy();
        }, 100, 1e-7, 1);
    }

    @Test
    void singleComponent_isMaskedCategorical() {
        MultiDiscrete categorical = new MultiDiscrete(List.of(3));
        double[] logits = {1, 2, 3};
        boolean[] mask = {true, false, true};

        double logProbability = categorical.evaluate(logits, 0, mask, 0, 0, 0, 0, null).logProbability();

        assertThat(logProbability).isCloseTo(1 - Math.log(Math.exp(1) + Math.exp(3)), within(1e-12));
        assertThatThrownBy(() -> categorical.evaluate(logits, 0, mask, 0, 1, 0, 0, null)).hasMessageContaining("action 1 is masked");
        assertThatThrownBy(() -> categorical.sample(logits, 0, new boolean[3], 0, new SplittableRandom(1)))
                .hasMessageContaining("no available action");
    }

    @Test
    void flatProbabilities_equalExpLogProbability_forOneAndSeveralComponents() {
        SplittableRandom random = new SplittableRandom(7);
        for (MultiDiscrete space : List.of(new MultiDiscrete(List.of(9)), shooter)) {
            for (int trial = 0; trial < 20; trial++) {
                double[] logits = randomLogits(space.logitSize() + 3, random);
                boolean[] mask = randomMask(space.flatSize() + 2, random);
                mask[2 + random.nextInt(space.flatSize())] = true;
                double[] out = new double[space.flatSize() + 1];
                space.flatProbabilities(logits, 3, mask, 2, out, 1);
                double total = 0;
                for (int f = 0; f < space.flatSize(); f++) {
                    double expected = mask[2 + f] ? Math.exp(space.evaluate(logits, 3, mask, 2, f, 0, 0, null).logProbability()) : 0;
                    assertThat(out[1 + f]).as("%s action %d", space, f).isCloseTo(expected, within(1e-12));
                    total += out[1 + f];
                }
                assertThat(total).isCloseTo(1.0, within(1e-9));
            }
        }
    }
}
