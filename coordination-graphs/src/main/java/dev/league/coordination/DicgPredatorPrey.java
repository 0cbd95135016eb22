package dev.league.coordination;

import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line training run of one coordination architecture on a scenario file, bounded by
 * updates and wall-clock minutes; prints one line per update (frames, episodes, mean episode
 * return, losses) and a final summary. Used by {@code bench/dicg-predator-prey.sh}.
 *
 * <p>Options (defaults): {@code --scenario} (scenarios/predator-prey/penalty-1.5.yaml),
 * {@code --policy} (dicg-ce), {@code --critic} (dicg), {@code --seed} (1), {@code --minutes} (10),
 * {@code --updates} (1000000), {@code --copies} (30), {@code --steps} (200), {@code --epochs} (10),
 * {@code --minibatches} (3), {@code --learning-rate} (3e-4), {@code --entropy} (0.1 / N, see
 * {@link #REFERENCE_ENTROPY}),
 * {@code --discount} (0.99), {@code --lambda} (0.97), {@code --clip} (0.2), {@code --max-grad-norm}
 * (7), {@code --small} (use scaled-down layer sizes 64/32/(64,32)/32 instead of the paper's),
 * {@code --adjacency FILE} (write the last update's greedy episode adjacency as JSON lines).
 */
public final class DicgPredatorPrey {

    /**
     * The DICG reference code's entropy weight (sisl/DICG predator-prey runners, {@code --ent 0.1}).
     * There it multiplies the entropy averaged over the N agents and is added to one joint-ratio
     * surrogate per time step (CentralizedMAPPO, log-likelihood summed over agents); our loss averages
     * a surrogate and an entropy term per (time step, agent) pair. Per agent, the reference's entropy
     * gradient is 0.1 / N against a surrogate gradient of weight 1, so the same balance here is
     * {@code --entropy} 0.1 / N (0.0125 for 8 predators). With 0.1 the 8-predator policy stayed near
     * uniform for 150 updates (docs/BENCHMARKS.md).
     */
    static final double REFERENCE_ENTROPY = 0.1;

    private DicgPredatorPrey() {}

    /** Mean episode returns per update of one run. */
    public record Run(List<Double> meanReturns, long frames, double seconds) {

        /** Mean of the last {@code count} updates' mean returns that saw an episode end. */
        public double tailMean(int count) {
            double total = 0;
            int seen = 0;
            for (int k = meanReturns.size() - 1; k >= 0 && seen < count; k--) {
                if (!meanReturns.get(k).isNaN()) {
                    total += meanReturns.get(k);
                    seen++;
                }
            }
            return seen == 0 ? Double.NaN : total / seen;
        }
    }

    /** Trains for {@code updates} updates or until {@code minutes} have passed, whichever comes first. */
    public static Run train(DicgTrainer trainer, int updates, double minutes, boolean print) {
        long start = System.nanoTime();
        List<Double> returns = new ArrayList<>();
        for (int u = 0; u < updates; u++) {
            DicgTrainer.UpdateReport report = trainer.update();
            returns.add(report.meanEpisodeReturn());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (print) {
                System.out.printf(Locale.ROOT, "update %d frames %d episodes %d return %.3f loss %.4f value %.4f entropy %.4f time %.1fs%n",
                        report.update(), report.frames(), report.episodes(), report.meanEpisodeReturn(), report.loss().total(),
                        report.loss().value(), report.loss().entropy(), seconds);
            }
            if (seconds > minutes * 60) {
                break;
            }
        }
        return new Run(List.copyOf(returns), trainer.frames(), (System.nanoTime() - start) / 1e9);
    }

    public static void main(String[] args) throws Exception {
        String scenario = "scenarios/predator-prey/penalty-1.5.yaml";
        String policy = CoordinationSpec.DICG_CE;
        String critic = CoordinationSpec.DICG;
        String adjacency = null;
        long seed = 1;
        double minutes = 10;
        int updates = 1_000_000;
        int copies = 30;
        int steps = 200;
        int epochs = 10;
        int minibatches = 3;
        double learningRate = 3e-4;
        double entropy = Double.NaN;
        double discount = 0.99;
        double lambda = 0.97;
        double clip = 0.2;
        double maxGradNorm = 7;
        boolean small = false;
        for (int k = 0; k < args.length; k++) {
            String option = args[k];
            if (option.equals("--small")) {
                small = true;
                continue;
            }
            if (k + 1 >= args.length) {
                usage("option " + option + " needs a value");
            }
            String value = args[++k];
            switch (option) {
                case "--scenario" -> scenario = value;
                case "--policy" -> policy = value;
                case "--critic" -> critic = value;
                case "--adjacency" -> adjacency = value;
                case "--seed" -> seed = Long.parseLong(value);
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--updates" -> updates = Integer.parseInt(value);
                case "--copies" -> copies = Integer.parseInt(value);
                case "--steps" -> steps = Integer.parseInt(value);
                case "--epochs" -> epochs = Integer.parseInt(value);
                case "--minibatches" -> minibatches = Integer.parseInt(value);
                case "--learning-rate" -> learningRate = Double.parseDouble(value);
                case "--entropy" -> entropy = Double.parseDouble(value);
                case "--discount" -> discount = Double.parseDouble(value);
                case "--lambda" -> lambda = Double.parseDouble(value);
                case "--clip" -> clip = Double.parseDouble(value);
                case "--max-grad-norm" -> maxGradNorm = Double.parseDouble(value);
                default -> usage("unknown option " + option);
            }
        }
        try {
            ScenarioSpec spec = Scenarios.load(Path.of(scenario));
            if (Double.isNaN(entropy)) {
                entropy = REFERENCE_ENTROPY / spec.environmentSpec().agents();
            }
            CoordinationSpec coordination = CoordinationSpec.of(policy, critic);
            if (small) {
                coordination = coordination.withSizes(64, 32, 2, List.of(64, 32), 32);
            }
            LearnerHyperparameters hyperparameters = new LearnerHyperparameters(learningRate, entropy, clip, discount, lambda,
                    1.0, 1.0, 0.5, maxGradNorm);
            DicgTrainer trainer = new DicgTrainer(spec, coordination, hyperparameters,
                    new RolloutSpec(copies, steps, epochs, minibatches), seed);
            System.out.printf(Locale.ROOT, "dicg-predator-prey: scenario %s policy %s critic %s seed %d parameters %d "
                    + "learning rate %s entropy %s%n", scenario, policy, critic, seed, trainer.network().parameters().size(),
                    learningRate, entropy);
            Run run = train(trainer, updates, minutes, true);
            System.out.printf(Locale.ROOT, "summary: policy %s critic %s seed %d updates %d frames %d seconds %.1f "
                            + "last-10 mean return %.3f agent-steps/s %.0f%n", policy, critic, seed, run.meanReturns().size(),
                    run.frames(), run.seconds(), run.tailMean(10), run.frames() / run.seconds());
            if (adjacency != null) {
                AdjacencyExport.writeEpisode(Path.of(adjacency), trainer.network(), spec, policy + "-" + critic, seed);
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
    }

    private static void usage(String message) {
        System.err.println("dicg-predator-prey: " + message);
        System.exit(2);
    }
}
