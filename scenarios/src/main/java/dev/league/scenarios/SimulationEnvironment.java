package dev.league.scenarios;

import java.util.List;

/** {@link MultiAgentEnvironment} over one {@link Simulation}: copies its output into a fresh {@link Step}. */
final class SimulationEnvironment implements MultiAgentEnvironment {

    private final Simulation simulation;
    private final EnvironmentSpec spec;
    private final float[] observations;
    private final float[] state;
    private final boolean[] masks;
    private final float[] rewards;

    SimulationEnvironment(Simulation simulation) {
        this.simulation = simulation;
        this.spec = simulation.spec();
        this.observations = new float[spec.agents() * spec.observationSize()];
        this.state = new float[spec.stateSize()];
        this.masks = new boolean[spec.agents() * spec.actions()];
        this.rewards = new float[spec.agents()];
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public Step reset(long seed) {
        simulation.reset(seed);
        return current();
    }

    @Override
    public Step step(int[] actions) {
        if (actions == null || actions.length != spec.agents()) {
            throw new IllegalArgumentException("actions must have length " + spec.agents() + ", was "
                    + (actions == null ? "null" : actions.length));
        }
        simulation.step(actions, 0);
        return current();
    }

    @Override
    public List<String> scriptedOpponents() {
        return simulation.scriptedOpponents();
    }

    @Override
    public ScriptedOpponent scriptedOpponent(String name) {
        return simulation.scriptedOpponent(name);
    }

    private Step current() {
        simulation.observe(observations, 0, state, 0, masks, 0);
        simulation.rewards(rewards, 0);
        int n = spec.agents();
        int d = spec.observationSize();
        int a = spec.actions();
        float[][] perAgent = new float[n][d];
        boolean[][] perAgentMasks = new boolean[n][a];
        for (int agent = 0; agent < n; agent++) {
            System.arraycopy(observations, agent * d, perAgent[agent], 0, d);
            System.arraycopy(masks, agent * a, perAgentMasks[agent], 0, a);
        }
        boolean terminated = simulation.terminated();
        boolean truncated = simulation.truncated();
        return new Step(perAgent, state.clone(), perAgentMasks, rewards.clone(), terminated, truncated,
                terminated || truncated ? simulation.outcome() : null);
    }
}
