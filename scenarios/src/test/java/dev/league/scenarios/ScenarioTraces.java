package dev.league.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test helpers shared by the scenario tests: reproducible random play. */
public final class ScenarioTraces {

    private ScenarioTraces() {}

    /** Copy 0's observations, state, masks, rewards and done flags over {@code steps} steps, with actions drawn per copy. */
    public static List<Float> traceOfFirstCopy(ScenarioSpec scenario, int copies, int steps) {
        BatchedEnvironment batch = scenario.newBatch(copies);
        EnvironmentSpec spec = batch.spec();
        int n = spec.agents();
        int a = spec.actions();
        SplittableRandom[] randoms = new SplittableRandom[copies];
        for (int c = 0; c < copies; c++) {
            randoms[c] = new SplittableRandom(1000 + c);
        }
        batch.reset(42);
        int[] actions = new int[copies * n];
        List<Float> trace = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < spec.observationSize() * n; i++) {
                trace.add(batch.observations()[i]);
            }
            for (int i = 0; i < spec.stateSize(); i++) {
                trace.add(batch.state()[i]);
            }
            for (int i = 0; i < n * a; i++) {
                trace.add(batch.masks()[i] ? 1f : 0f);
            }
            for (int c = 0; c < copies; c++) {
                for (int agent = 0; agent < n; agent++) {
                    actions[c * n + agent] = randomAvailable(batch.masks(), (c * n + agent) * a, a, randoms[c]);
                }
            }
            batch.step(actions);
            for (int agent = 0; agent < n; agent++) {
                trace.add(batch.rewards()[agent]);
            }
            trace.add(batch.done()[0] ? 1f : 0f);
        }
        return trace;
    }

    public static int randomAvailable(boolean[] masks, int offset, int actions, SplittableRandom random) {
        int available = 0;
        for (int i = 0; i < actions; i++) {
            available += masks[offset + i] ? 1 : 0;
        }
        int choice = random.nextInt(available);
        for (int i = 0; i < actions; i++) {
            if (masks[offset + i] && choice-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
