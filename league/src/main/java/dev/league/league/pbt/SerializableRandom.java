package dev.league.league.pbt;

import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * SplitMix64 (Steele, Lea, Flood 2014) as a {@link RandomGenerator} whose whole state is one
 * {@code long}, so that a controller checkpointed in Flink state resumes the exact same sequence.
 */
final class SerializableRandom implements RandomGenerator, Serializable {

    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SerializableRandom(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        long z = (state += GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
