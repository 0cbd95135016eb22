package dev.league.scenarios;

/**
 * What the agents see after a reset or a step.
 *
 * @param observations per-agent observations, shape [N, D]
 * @param state global state, shape [S]
 * @param availableActions action masks, shape [N, A]; {@code true} = allowed
 * @param rewards per-agent rewards of the last transition, shape [N]
 * @param terminated the episode ended by the rules (a team won, or a draw was declared)
 * @param truncated the episode hit its step limit
 * @param outcome the result once {@link #done()}; {@code null} before
 */
public record Step(
        float[][] observations,
        float[] state,
        boolean[][] availableActions,
        float[] rewards,
        boolean terminated,
        boolean truncated,
        EpisodeOutcome outcome) {

    public boolean done() {
        return terminated || truncated;
    }
}
