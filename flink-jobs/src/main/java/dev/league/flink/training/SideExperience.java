package dev.league.flink.training;

/**
 * What one side of a match did over a segment of T steps in K games played side by side: the
 * learner's input. Time-major; episodes that end inside the segment restart in place (the
 * observation after a {@code done} is the next episode's first).
 *
 * @param games K
 * @param agents n, the side's agents
 * @param steps T
 * @param observationSize D
 * @param actionCount A
 * @param observations [T + 1, K, n, D]; step T is the bootstrap observation
 * @param masks available actions [T + 1, K, n, A]
 * @param actions flat actions taken [T, K, n]
 * @param logProbabilities log μ(a | o) of the acting policy [T, K, n]
 * @param rewards [T, K, n]
 * @param dones whether game k's episode ended with step t [T, K]
 */
public record SideExperience(int games, int agents, int steps, int observationSize, int actionCount, float[] observations,
        boolean[] masks, int[] actions, float[] logProbabilities, float[] rewards, boolean[] dones) implements java.io.Serializable {

    public SideExperience {
        long rows = (long) steps * games * agents;
        if (games < 1 || agents < 1 || steps < 1) {
            throw new IllegalArgumentException("experience games, agents and steps must be >= 1, were " + games + ", " + agents + ", "
                    + steps);
        }
        if (observations.length != (rows + (long) games * agents) * observationSize
                || masks.length != (rows + (long) games * agents) * actionCount || actions.length != rows
                || logProbabilities.length != rows || rewards.length != rows || dones.length != (long) steps * games) {
            throw new IllegalArgumentException("experience arrays do not match T = " + steps + ", K = " + games + ", n = " + agents
                    + ", D = " + observationSize + ", A = " + actionCount);
        }
    }

    /** T · K · n agent-steps. */
    public int samples() {
        return steps * games * agents;
    }

    /** Sum of all rewards over the segment divided by K · n: the mean reward an agent collected per game slot. */
    public double meanRewardPerAgent() {
        double sum = 0;
        for (float reward : rewards) {
            sum += reward;
        }
        return sum / ((double) games * agents);
    }
}
