package dev.league.agents.learning;

import java.io.Serializable;

/**
 * One agent's experience from one episode, flat so it travels cheaply through Flink.
 *
 * @param observations shape [T, D], row-major
 * @param observationSize D
 * @param actions shape [T]
 * @param rewards shape [T]
 */
public record Trajectory(float[] observations, int observationSize, int[] actions, float[] rewards)
        implements Serializable {

    public Trajectory {
        if (observationSize <= 0 || actions.length != rewards.length
                || observations.length != actions.length * observationSize) {
            throw new IllegalArgumentException("trajectory shapes must be observations [T, D], actions [T], rewards [T];"
                    + " were " + observations.length + ", D=" + observationSize + ", " + actions.length + ", "
                    + rewards.length);
        }
    }

    /** T, the number of steps. */
    public int length() {
        return actions.length;
    }
}
