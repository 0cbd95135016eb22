package dev.league.agents.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.agents.policy.LinearSoftmaxPolicy;
import dev.league.scenarios.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class WeightCodecTest {

    private final LinearSoftmaxPolicy policy = LinearSoftmaxPolicy.initial(ScenarioSpec.tinySignalDuel().environmentSpec(), 3);

    @Test
    void roundTrip_givesEqualParametersAndOutputs() {
        LinearSoftmaxPolicy decoded = WeightCodec.decode(WeightCodec.encode(policy));

        assertThat(decoded.weights()).isEqualTo(policy.weights());
        assertThat(decoded.bias()).isEqualTo(policy.bias());
        INDArray x = Nd4j.rand(5, 4);
        assertThat(decoded.probabilities(x, null)).isEqualTo(policy.probabilities(x, null));
    }

    @Test
    void decode_flippedByte_isRejected() {
        byte[] bytes = WeightCodec.encode(policy);
        bytes[20] ^= 1;

        assertThatThrownBy(() -> WeightCodec.decode(bytes)).hasMessageContaining("checksum mismatch");
    }

    @Test
    void decode_truncated_isRejected() {
        byte[] bytes = java.util.Arrays.copyOf(WeightCodec.encode(policy), 30);

        assertThatThrownBy(() -> WeightCodec.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
    }
}
