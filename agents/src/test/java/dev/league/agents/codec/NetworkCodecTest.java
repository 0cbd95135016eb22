package dev.league.agents.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.ActorSpec;
import dev.league.agents.critic.AttentionSpec;
import dev.league.agents.critic.CriticBatch;
import dev.league.agents.critic.MaacCritic;
import dev.league.agents.critic.MaacCriticSpec;
import dev.league.agents.nn.Adam;
import dev.league.agents.nn.ParameterSet;
import dev.league.scenarios.ScenarioSpec;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class NetworkCodecTest {

    private static final MaacCriticSpec SPEC = MaacCriticSpec.homogeneous(3, 6, 4).withHidden(16, 4);

    private static CriticBatch batch(DataType dataType) {
        Nd4j.getRandom().setSeed(1);
        return new CriticBatch(List.of(Nd4j.randn(dataType, 7, 6), Nd4j.randn(dataType, 7, 6), Nd4j.randn(dataType, 7, 6)),
                new int[] {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0});
    }

    /** A critic trained for two steps, so Adam's state is non-trivial. */
    private static MaacCritic trained(DataType dataType, Adam[] optimizer) {
        MaacCritic critic = MaacCritic.create(SPEC, dataType, new SplittableRandom(3));
        optimizer[0] = new Adam(critic.parameters());
        for (int step = 0; step < 2; step++) {
            critic.computeGradients(batch(dataType), Nd4j.ones(dataType, 7, 3));
            optimizer[0].step(1e-2, 10);
        }
        return critic;
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void roundTrip_isBitExact_forParametersOptimizerAndOutputs(DataType dataType) {
        Adam[] optimizer = new Adam[1];
        MaacCritic critic = trained(dataType, optimizer);

        NetworkCodec.Decoded decoded = NetworkCodec.decode(NetworkCodec.encode(critic.parameters(), optimizer[0]));
        MaacCritic copy = MaacCritic.of(SPEC, decoded.parameters());

        assertThat(decoded.parameters().manifest()).isEqualTo(critic.parameters().manifest());
        assertThat(decoded.parameters().values()).isEqualTo(critic.parameters().values());
        assertThat(decoded.optimizer().steps()).isEqualTo(2);
        assertThat(decoded.optimizer().firstMoment()).isEqualTo(optimizer[0].firstMoment());
        assertThat(decoded.optimizer().secondMoment()).isEqualTo(optimizer[0].secondMoment());
        List<INDArray> expected = critic.qValues(batch(dataType));
        List<INDArray> actual = copy.qValues(batch(dataType));
        for (int i = 0; i < 3; i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void restore_continuesTrainingExactlyLikeTheOriginal() {
        Adam[] optimizer = new Adam[1];
        MaacCritic original = trained(DataType.FLOAT, optimizer);
        byte[] blob = NetworkCodec.encode(original.parameters(), optimizer[0]);
        MaacCritic restored = MaacCritic.create(SPEC, DataType.FLOAT, new SplittableRandom(99));
        Adam restoredOptimizer = new Adam(restored.parameters());

        NetworkCodec.restore(blob, restored.parameters(), restoredOptimizer);
        for (MaacCritic critic : List.of(original, restored)) {
            critic.computeGradients(batch(DataType.FLOAT), Nd4j.ones(DataType.FLOAT, 7, 3));
        }
        optimizer[0].step(1e-2, 10);
        restoredOptimizer.step(1e-2, 10);

        assertThat(restored.parameters().values()).isEqualTo(original.parameters().values());
    }

    @Test
    void roundTrip_actor_givesIdenticalActions() {
        ActorSpec spec = ActorSpec.of(ScenarioSpec.tinySignalDuel().environmentSpec()).withHidden(8, 2, true);
        ActorNetwork actor = ActorNetwork.create(spec, DataType.FLOAT, new SplittableRandom(4));
        ActorNetwork copy = ActorNetwork.of(spec, NetworkCodec.decode(NetworkCodec.encode(actor.parameters(), null)).parameters());
        int n = spec.agents();
        float[] observations = new float[4 * n * spec.observationSize()];
        Arrays.fill(observations, 0.3f);
        boolean[] masks = new boolean[4 * n * spec.actions()];
        Arrays.fill(masks, true);

        ActorNetwork.Acting a = actor.act(observations, masks, 4, new float[4 * n * 8], new SplittableRandom(5));
        ActorNetwork.Acting b = copy.act(observations, masks, 4, new float[4 * n * 8], new SplittableRandom(5));

        assertThat(b.actions()).isEqualTo(a.actions());
        assertThat(b.logProbabilities()).isEqualTo(a.logProbabilities());
        assertThat(b.values()).isEqualTo(a.values());
    }

    @Test
    void decode_flippedBit_isRejectedByChecksum() {
        byte[] blob = NetworkCodec.encode(MaacCritic.create(SPEC, DataType.FLOAT, new SplittableRandom(1)).parameters(), null);
        blob[blob.length / 2] ^= 0x10;

        assertThatThrownBy(() -> NetworkCodec.decode(blob)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void decode_truncated_isRejected() {
        byte[] blob = NetworkCodec.encode(MaacCritic.create(SPEC, DataType.FLOAT, new SplittableRandom(1)).parameters(), null);

        assertThatThrownBy(() -> NetworkCodec.decode(Arrays.copyOf(blob, blob.length - 9)))
                .hasMessageContaining("checksum mismatch");
        assertThatThrownBy(() -> NetworkCodec.decode(new byte[3])).hasMessageContaining("too short");
    }

    @Test
    void restore_intoDifferentNetwork_isRejectedWithReason() {
        byte[] blob = NetworkCodec.encode(MaacCritic.create(SPEC, DataType.FLOAT, new SplittableRandom(1)).parameters(), null);
        ParameterSet other = MaacCritic.create(MaacCriticSpec.homogeneous(2, 6, 4).withHidden(16, 4), DataType.FLOAT,
                new SplittableRandom(1)).parameters();
        ParameterSet wider = MaacCritic.create(SPEC, DataType.DOUBLE, new SplittableRandom(1)).parameters();

        assertThatThrownBy(() -> NetworkCodec.restore(blob, other, null)).hasMessageContaining("manifest does not match");
        assertThatThrownBy(() -> NetworkCodec.restore(blob, wider, null)).hasMessageContaining("holds FLOAT, target is DOUBLE");
        assertThatThrownBy(() -> NetworkCodec.restore(blob, MaacCritic.create(SPEC, DataType.FLOAT, new SplittableRandom(1))
                .parameters(), new Adam(MaacCritic.create(SPEC, DataType.FLOAT, new SplittableRandom(1)).parameters())))
                .hasMessageContaining("holds no optimizer state");
    }

    @Test
    void roundTrip_randomFeatureCritic_keepsOutputs() {
        MaacCriticSpec spec = SPEC.withAttention(AttentionSpec.favorPlus(8, 3));
        MaacCritic critic = MaacCritic.create(spec, DataType.FLOAT, new SplittableRandom(2));

        MaacCritic copy = MaacCritic.of(spec, NetworkCodec.decode(NetworkCodec.encode(critic.parameters(), null)).parameters());

        assertThat(copy.qValues(batch(DataType.FLOAT)).get(1)).isEqualTo(critic.qValues(batch(DataType.FLOAT)).get(1));
    }
}
