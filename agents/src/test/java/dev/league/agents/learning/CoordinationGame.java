package dev.league.agents.learning;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.ActorSpec;
import dev.league.agents.actor.UnitTypeSpec;
import dev.league.agents.nn.Activation;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tiny cooperative matrix game for learning smoke tests: each one-step episode draws a context
 * c ∈ {0, 1, 2, 3} that both agents observe (one-hot); both receive the team reward
 * ½·[agent 0 plays c] + ½·[agent 1 plays (c + 1) mod 4]. Each agent has one random action masked,
 * never a rewarded one, so masks alone cannot solve it. Agents share one network, so they must use
 * the agent-id input. Uniform play over the three available actions scores 1/3. (The variant that
 * pays only for the joint action has a miscoordination trap that plain policy gradient falls into
 * at this budget.)
 */
final class CoordinationGame {

    static final int AGENTS = 2;
    static final int CONTEXTS = 4;

    private final int copies;

    CoordinationGame(int copies) {
        this.copies = copies;
    }

    ActorSpec actorSpec() {
        return new ActorSpec(CONTEXTS, CONTEXTS, List.of(0, 0), List.of(UnitTypeSpec.discrete("unit", CONTEXTS)), 32, 2, false,
                Activation.TANH);
    }

    private int[] contexts(SplittableRandom random) {
        int[] contexts = new int[copies];
        for (int b = 0; b < copies; b++) {
            contexts[b] = random.nextInt(CONTEXTS);
        }
        return contexts;
    }

    private float[] observations(int[] contexts) {
        float[] observations = new float[copies * AGENTS * CONTEXTS];
        for (int b = 0; b < copies; b++) {
            for (int i = 0; i < AGENTS; i++) {
                observations[(b * AGENTS + i) * CONTEXTS + contexts[b]] = 1f;
            }
        }
        return observations;
    }

    private boolean[] masks(int[] contexts, SplittableRandom random) {
        boolean[] masks = new boolean[copies * AGENTS * CONTEXTS];
        java.util.Arrays.fill(masks, true);
        for (int b = 0; b < copies; b++) {
            for (int i = 0; i < AGENTS; i++) {
                masks[(b * AGENTS + i) * CONTEXTS + (contexts[b] + 2 + random.nextInt(2)) % CONTEXTS] = false;
            }
        }
        return masks;
    }

    private static float reward(int context, int first, int second) {
        return (first == context ? 0.5f : 0f) + (second == (context + 1) % CONTEXTS ? 0.5f : 0f);
    }

    /** Mean team reward of the sampling policy over a fresh batch of episodes. */
    double meanReward(ActorNetwork network, SplittableRandom random) {
        double total = 0;
        for (int round = 0; round < 4; round++) {
            int[] contexts = contexts(random);
            int[] actions = network.act(observations(contexts), masks(contexts, random), copies, null, random).actions();
            for (int b = 0; b < copies; b++) {
                total += reward(contexts[b], actions[b * AGENTS], actions[b * AGENTS + 1]);
            }
        }
        return total / (4.0 * copies);
    }

    /** B one-step transitions of the current policy (o' is a fresh context; every episode ends). */
    Transitions transitions(ActorNetwork network, SplittableRandom random) {
        int[] contexts = contexts(random);
        float[] observations = observations(contexts);
        boolean[] masks = masks(contexts, random);
        int[] actions = network.act(observations, masks, copies, null, random).actions();
        float[] rewards = new float[copies * AGENTS];
        for (int b = 0; b < copies; b++) {
            float reward = reward(contexts[b], actions[b * AGENTS], actions[b * AGENTS + 1]);
            rewards[b * AGENTS] = reward;
            rewards[b * AGENTS + 1] = reward;
        }
        int[] next = contexts(random);
        boolean[] dones = new boolean[copies];
        java.util.Arrays.fill(dones, true);
        return new Transitions(copies, AGENTS, observations, masks, actions, rewards, observations(next), masks(next, random), dones);
    }

    /** T steps of one-step episodes for all copies; rows are (copy, agent) in BatchedEnvironment order. */
    RolloutBatch rollout(ActorNetwork network, int steps, SplittableRandom random) {
        int rows = copies * AGENTS;
        float[] observations = new float[(steps + 1) * rows * CONTEXTS];
        boolean[] masks = new boolean[steps * rows * CONTEXTS];
        int[] actions = new int[steps * rows];
        float[] behaviour = new float[steps * rows];
        float[] rewards = new float[steps * rows];
        boolean[] dones = new boolean[steps * rows];
        int[] contexts = contexts(random);
        for (int t = 0; t <= steps; t++) {
            float[] stepObservations = observations(contexts);
            System.arraycopy(stepObservations, 0, observations, t * rows * CONTEXTS, stepObservations.length);
            if (t == steps) {
                break;
            }
            boolean[] stepMasks = masks(contexts, random);
            System.arraycopy(stepMasks, 0, masks, t * rows * CONTEXTS, stepMasks.length);
            ActorNetwork.Acting acting = network.act(stepObservations, stepMasks, copies, null, random);
            for (int b = 0; b < copies; b++) {
                float reward = reward(contexts[b], acting.actions()[b * AGENTS], acting.actions()[b * AGENTS + 1]);
                for (int i = 0; i < AGENTS; i++) {
                    int row = t * rows + b * AGENTS + i;
                    actions[row] = acting.actions()[b * AGENTS + i];
                    behaviour[row] = acting.logProbabilities()[b * AGENTS + i];
                    rewards[row] = reward;
                    dones[row] = true;
                }
            }
            contexts = contexts(random);
        }
        int[] agentIds = new int[rows];
        for (int r = 0; r < rows; r++) {
            agentIds[r] = r % AGENTS;
        }
        return new RolloutBatch(0, steps, agentIds, observations, masks, actions, behaviour, rewards, dones, null);
    }
}
